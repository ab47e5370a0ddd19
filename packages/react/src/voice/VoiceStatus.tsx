import type { ValidationIssue } from '@vitals/metrics';
import type { ReactNode } from 'react';
import type { RatingWords } from './voice.format';
import type { VoiceGroupBy } from './voice.groups';
import { ChartEmpty, ChartError, ChartLoading } from '../internal/ChartStates';

/**
 * Runs an extra computation (per-segment rows, a trend) and turns a thrown error into a plain
 * `Error` that says which part of the input was wrong, so the chart can show it instead of throwing.
 *
 * @example
 * settleExtra('the segment rows', () => resolveSegments(...));
 */
export function settleExtra<T>(
  what: string,
  compute: () => T,
): { value: T; error: null } | { value: null; error: Error } {
  try {
    return { value: compute(), error: null };
  } catch (caught) {
    const message = caught instanceof Error ? caught.message : String(caught);
    return { value: null, error: new Error(`${what} could not be computed. ${message}`) };
  }
}

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
