import type { SurveyResponseInput } from '@vitals/metrics';

/** A response field that survey breakdowns can group by. */
export type VoiceGroupBy = 'segment' | 'channel';

/** One row of a per-segment breakdown: raw responses, or a precomputed result. */
export type VoiceSegmentInput<TResult> =
  | { name: string; responses: readonly SurveyResponseInput[]; result?: undefined }
  | { name: string; result: TResult; responses?: undefined };

/** A per-segment row resolved to its result. */
export interface VoiceSegment<TResult> {
  name: string;
  result: TResult;
}

/** The group name of responses without the field (or given as bare scores). */
export const UNSET_GROUP = 'Not set';

/**
 * Splits responses by their `segment` or `channel` field. Groups come largest first (ties by
 * name), and responses without the field (or bare numbers) form a last "Not set" group.
 *
 * @example
 * groupResponses([{ score: 9, segment: 'SMB' }, 7], 'segment');
 * // [{ name: 'SMB', responses: [{ score: 9, segment: 'SMB' }] }, { name: 'Not set', responses: [7] }]
 */
export function groupResponses(
  responses: readonly SurveyResponseInput[],
  by: VoiceGroupBy,
): Array<{ name: string; responses: SurveyResponseInput[] }> {
  const groups = new Map<string, SurveyResponseInput[]>();
  const unset: SurveyResponseInput[] = [];
  for (const response of responses) {
    const key: unknown =
      response !== null && typeof response === 'object' ? response[by] : undefined;
    if (typeof key !== 'string' || key.trim() === '') {
      unset.push(response);
      continue;
    }
    const list = groups.get(key);
    if (list) list.push(response);
    else groups.set(key, [response]);
  }
  const named = [...groups]
    .map(([name, list]) => ({ name, responses: list }))
    .sort((a, b) => b.responses.length - a.responses.length || a.name.localeCompare(b.name));
  return unset.length > 0 ? [...named, { name: UNSET_GROUP, responses: unset }] : named;
}

/**
 * Resolves the per-segment rows of a breakdown: the `segments` given (computing raw ones with
 * `compute`), or, with `groupBy`, one row per group of `responses`. Throws like `compute`.
 */
export function resolveSegments<TResult>(
  compute: (responses: readonly SurveyResponseInput[]) => TResult,
  segments: ReadonlyArray<VoiceSegmentInput<TResult>> | undefined,
  groupBy: VoiceGroupBy | undefined,
  responses: readonly SurveyResponseInput[] | undefined,
): VoiceSegment<TResult>[] {
  if (segments) {
    return segments.map((s) => ({ name: s.name, result: s.result ?? compute(s.responses ?? []) }));
  }
  if (groupBy && responses) {
    return groupResponses(responses, groupBy).map((g) => ({
      name: g.name,
      result: compute(g.responses),
    }));
  }
  return [];
}
