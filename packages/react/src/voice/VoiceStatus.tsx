import type { ValidationIssue, VoiceGroupBy } from '@vitals/metrics';
import type { ReactNode } from 'react';
import type { RatingWords } from './voice.format';
import type { Formatters } from '../provider/format';
import { ChartEmpty, ChartError, ChartLoading } from '../internal/ChartStates';
import { warnOnce } from '../internal/warn';

/** What {@link voiceStatus} needs to decide between loading, empty, error and ready. */
export interface VoiceStatusInput {
  baseClass: string;
  title: ReactNode;
  className?: string | undefined;
  isLoading: boolean;
  loadingLabel: string;
  /** No input at all, or zero valid responses. */
  isEmpty: boolean;
  emptyMessage: string;
  error: Error | null;
  issues: readonly ValidationIssue[];
}

/**
 * The non-ready state of a survey breakdown, or `null` when it is ready to draw. An error wins
 * over empty, so bad rows are named even when none of the rows was valid.
 */
export function voiceStatus(input: VoiceStatusInput): ReactNode {
  const common = { baseClass: input.baseClass, title: input.title, className: input.className };
  if (input.isLoading) return <ChartLoading {...common} label={input.loadingLabel} />;
  if (input.error) return <ChartError {...common} error={input.error} issues={input.issues} />;
  if (input.isEmpty) return <ChartEmpty {...common} message={input.emptyMessage} />;
  return null;
}

/** The benchmark rating as a headline figure: the word, with the edges as its description. */
export function VoiceRating({ rating }: { rating: RatingWords }) {
  return (
    <span className="vitals-kpi vitals-voice-rating" data-rating={rating.rating}>
      Benchmark <strong>{rating.label}</strong>
    </span>
  );
}

/** The benchmark sentence under the header: `Good against the benchmark (good from +30, …).` */
export function VoiceBenchmarkNote({ rating }: { rating: RatingWords | null }) {
  if (!rating) return null;
  return <p className="vitals-voice-benchmark">{rating.sentence}</p>;
}

/** What the per-segment rows are called: `Segment`, or `Channel` when grouped by channel. */
export function segmentPrefix(segments: unknown, groupBy: VoiceGroupBy | undefined): string {
  return !segments && groupBy === 'channel' ? 'Channel' : 'Segment';
}

/**
 * Says how many groups the per-group rows left out: `14 more segments are pooled in the “Other”
 * row.` Nothing when none were (the rows stop at `maxGroups`).
 */
export function OtherGroupsNote({
  count,
  prefix,
  format,
}: {
  count: number;
  prefix: string;
  format: Formatters;
}) {
  if (count <= 0) return null;
  const noun = `${prefix.toLowerCase()}${count === 1 ? ' is' : 's are'}`;
  return (
    <p className="vitals-chart-note vitals-voice-other" role="note" data-other-groups={count}>
      {`${format.count(count)} more ${noun} pooled in the “Other” row.`}
    </p>
  );
}

/** The one development warning for `groupBy` beside a precomputed `data` that has no groups. */
export function warnGroupByWithoutResponses(component: string, rows: string) {
  warnOnce(
    `${component}: \`groupBy\` needs raw \`responses\`; with \`data\` alone no ${rows} rows are shown (compute \`data\` with the \`groupBy\` option to carry them).`,
  );
}
