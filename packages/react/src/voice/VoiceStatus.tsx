import type { VoiceGroupBy } from '@vitals/metrics';
import { Fragment, type ReactNode } from 'react';
import { warnOnce } from '../internal/warn';
import { plural } from '../messages/template';
import type { VoiceMessages } from '../messages/types';
import type { Formatters } from '../provider/format';
import type { RatingWords } from './voice.format';

/**
 * Fills a template's `{name}` placeholders with nodes (e.g. a `<strong>` figure), so a headline
 * keeps its emphasis in every language's word order.
 */
export function fillNodes(template: string, values: Readonly<Record<string, ReactNode>>) {
  return template
    .split(/(\{\w+\})/)
    .map((piece, i) => (
      <Fragment key={i}>
        {/^\{\w+\}$/.test(piece) && piece.slice(1, -1) in values
          ? values[piece.slice(1, -1)]
          : piece}
      </Fragment>
    ));
}

/** The benchmark rating as a headline figure: the word, with the edges as its description. */
export function VoiceRating({ rating, v }: { rating: RatingWords; v: VoiceMessages }) {
  return (
    <span className="vitals-kpi vitals-voice-rating" data-rating={rating.rating}>
      {v.benchmark} <strong>{rating.label}</strong>
    </span>
  );
}

/** The benchmark sentence under the header: `Good against the benchmark (good from +30, …).` */
export function VoiceBenchmarkNote({ rating }: { rating: RatingWords | null }) {
  if (!rating) return null;
  return <p className="vitals-voice-benchmark">{rating.sentence}</p>;
}

/** What the per-group rows are: segments, or channels when grouped by channel. */
export type VoiceGroupKind = 'segment' | 'channel';

/** What the per-group rows are: `segment`, or `channel` when grouped by channel. */
export function groupKind(segments: unknown, groupBy: VoiceGroupBy | undefined): VoiceGroupKind {
  return !segments && groupBy === 'channel' ? 'channel' : 'segment';
}

/**
 * Says how many groups the per-group rows left out: `14 more segments are pooled in the “Other”
 * row.` Nothing when none were (the rows stop at `maxGroups`).
 */
export function OtherGroupsNote({
  count,
  kind,
  format,
  v,
}: {
  count: number;
  kind: VoiceGroupKind;
  format: Formatters;
  v: VoiceMessages;
}) {
  if (count <= 0) return null;
  return (
    <p className="vitals-chart-note vitals-voice-other" role="note" data-other-groups={count}>
      {plural(v.otherGroups[kind], format.locale, count, { count: format.count(count) })}
    </p>
  );
}

/** The one development warning for `groupBy` beside a precomputed `data` that has no groups. */
export function warnGroupByWithoutResponses(component: string, rows: string) {
  warnOnce(
    `${component}: \`groupBy\` needs raw \`responses\`; with \`data\` alone no ${rows} rows are shown (compute \`data\` with the \`groupBy\` option to carry them).`,
  );
}
