/**
 * What a vendor writes against the components' props: values that may be `undefined` under
 * `exactOptionalPropertyTypes`, readonly arrays, and the presets the docs use. Typechecked in
 * every host; rendered nowhere.
 */
import { DEFAULT_TIERS, type MrrSnapshot, SCORECARD_ADOPTION_FIRST } from '@vitals/metrics';
import { HealthDistribution, MetricCard, NrrWaterfall } from '@vitals/react';

export function UsageExamples({
  rows,
  from,
  reason,
}: {
  rows: readonly MrrSnapshot[];
  from: string | undefined;
  reason: string | undefined;
}) {
  return (
    <>
      <MetricCard label="Net revenue retention" value={null} reason={reason} />
      <NrrWaterfall snapshots={rows} from={from} to="2025-12" />
      <HealthDistribution
        accounts={[]}
        scorecard={{ ...SCORECARD_ADOPTION_FIRST, tiers: DEFAULT_TIERS }}
        tiers={DEFAULT_TIERS}
      />
    </>
  );
}
