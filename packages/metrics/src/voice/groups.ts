import { type ValidationIssue, MetricsInputError, showValue, throwMustBe } from '../core/errors';
import type { OptionReader } from '../core/options';
import { readOwn } from '../core/read';
import type { ScoreCount, SurveyResponseInput } from './types';

/** A response field that survey results can be grouped by. */
export type VoiceGroupBy = 'segment' | 'channel';

/** One per-group row given ready-made: raw responses, or a precomputed result. */
export type VoiceSegmentInput<TResult> =
  | { name: string; responses: readonly SurveyResponseInput[]; result?: undefined }
  | { name: string; result: TResult; responses?: undefined };

/** One group of a grouped survey result. */
export interface VoiceGroup<TResult> {
  /** The field's value, {@link UNSET_GROUP} for responses without it, or {@link OTHER_GROUP}. */
  name: string;
  /** The metric over this group's responses. */
  result: TResult;
  /** True for the one row that pools every group past `maxGroups`. */
  isOther: boolean;
  /**
   * This group's valid responses as a share of all the groups' (0–1), or `null` when the groups
   * have none. With `groupBy` the groups hold every response, so this is its share of the call's.
   */
  share: number | null;
}

/** The grouping options shared by `nps`, `csat` and `ces`. */
export interface VoiceGroupOptions<TResult> {
  /**
   * Computes one group per value of this field of the responses (largest group first, ties by
   * name, responses without the field last as "Not set") into `result.groups`.
   * @default undefined (no groups)
   */
  groupBy?: VoiceGroupBy | undefined;
  /**
   * Ready-made groups instead of `groupBy`: `{ name, responses }` (computed with the same
   * options) or `{ name, result }`, kept in the order given.
   * @default undefined (no groups)
   */
  segments?: ReadonlyArray<VoiceSegmentInput<TResult>> | undefined;
  /**
   * The most groups `result.groups` holds: past it, the first `maxGroups − 1` stay and the rest
   * are pooled into one "Other" group (`isOther: true`); `result.otherGroups` says how many.
   * @default 12
   */
  maxGroups?: number | undefined;
}

/** The fields a grouped result adds (present only with `groupBy` or `segments`). */
export interface VoiceGrouping<TResult> {
  /** The groups, at most `maxGroups`, the last one "Other" when some were pooled. */
  groups?: readonly VoiceGroup<TResult>[] | undefined;
  /** How many groups were pooled into "Other" (0 when none). */
  otherGroups?: number | undefined;
}

/** The group name of responses without the field (or given as bare scores). */
export const UNSET_GROUP = 'Not set';

/** The name of the group that pools every group past `maxGroups`. */
export const OTHER_GROUP = 'Other';

/** The default of the `maxGroups` option. */
export const DEFAULT_MAX_GROUPS = 12;

const MAX_GROUPS_LIMIT = 1000;

/** Orders named groups largest first (ties by name), with the unset group last. */
function orderGroups<T>(
  named: Map<string, T[]>,
  unset: T[],
): Array<{ name: string; members: T[] }> {
  const ordered = [...named]
    .map(([name, members]) => ({ name, members }))
    .sort((a, b) => b.members.length - a.members.length || a.name.localeCompare(b.name));
  if (unset.length > 0) ordered.push({ name: UNSET_GROUP, members: unset });
  return ordered;
}

/** A grouping key: a non-blank string, or `null` for "Not set". */
const keyOf = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value : null;

function bucket<T>(members: readonly T[], key: (member: T, at: number) => unknown) {
  const named = new Map<string, T[]>();
  const unset: T[] = [];
  members.forEach((member, at) => {
    const name = keyOf(key(member, at));
    if (name === null) {
      unset.push(member);
      return;
    }
    const list = named.get(name);
    if (list) list.push(member);
    else named.set(name, [member]);
  });
  return orderGroups(named, unset);
}

/**
 * Splits responses by their `segment` or `channel` field, as `groupBy` does: groups come largest
 * first (ties by name), and responses without the field (or bare numbers) form a last "Not set"
 * group. Rows are not validated here; the metric functions do that.
 *
 * @example
 * groupResponses([{ score: 9, segment: 'SMB' }, 7], 'segment');
 * // [{ name: 'SMB', responses: [{ score: 9, segment: 'SMB' }] }, { name: 'Not set', responses: [7] }]
 */
export function groupResponses(
  responses: readonly SurveyResponseInput[],
  by: VoiceGroupBy,
): Array<{ name: string; responses: SurveyResponseInput[] }> {
  if (!Array.isArray(responses)) {
    throwMustBe('groupResponses', 'responses', 'an array', responses);
  }
  if (by !== 'segment' && by !== 'channel') {
    throwMustBe('groupResponses', 'by', "'segment' or 'channel'", by);
  }
  return bucket(responses, (response) => {
    if (response === null || typeof response !== 'object') return undefined;
    try {
      return readOwn(response, by);
    } catch {
      return undefined;
    }
  }).map((group) => ({ name: group.name, responses: group.members }));
}

/** The grouping a call asked for, validated. */
export interface GroupRequest<TResult> {
  by: VoiceGroupBy | null;
  segments: ReadonlyArray<VoiceSegmentInput<TResult>> | null;
  maxGroups: number;
}

/** Reads `groupBy`, `segments` and `maxGroups`, recording each bad one as an option issue. */
export function readGroupOptions<TResult>(reader: OptionReader): GroupRequest<TResult> {
  const maxGroups = reader.integer('maxGroups', DEFAULT_MAX_GROUPS, 1, MAX_GROUPS_LIMIT);
  const by = reader.raw('groupBy');
  const segments = reader.raw('segments');
  let request: GroupRequest<TResult> = { by: null, segments: null, maxGroups };
  if (by !== undefined) {
    if (by === 'segment' || by === 'channel') request = { ...request, by };
    else reader.mustBe('groupBy', "'segment' or 'channel'", by);
  }
  if (segments !== undefined) {
    const problem = segmentsProblem(segments);
    if (problem) reader.reject('segments', problem, segments);
    else if (request.by) {
      reader.reject('groupBy', 'cannot be combined with options.segments: pass one of them', by);
    } else {
      request = { ...request, segments: segments as ReadonlyArray<VoiceSegmentInput<TResult>> };
    }
  }
  return request;
}

/** What is wrong with a `segments` option, or `null`. */
function segmentsProblem(segments: unknown): string | null {
  if (!Array.isArray(segments)) {
    return `must be an array of { name, responses } or { name, result }, got ${showValue(segments)}`;
  }
  for (let at = 0; at < segments.length; at++) {
    const entry: unknown = segments[at];
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
      return `entry ${at} must be { name, responses } or { name, result }, got ${showValue(entry)}`;
    }
    const { name, responses, result } = entry as Record<string, unknown>;
    if (typeof name !== 'string')
      return `entry ${at}: name must be a string, got ${showValue(name)}`;
    const hasResponses = Array.isArray(responses);
    const hasResult = result !== null && typeof result === 'object' && !Array.isArray(result);
    if (hasResponses === hasResult || (responses !== undefined && result !== undefined)) {
      return `entry ${at} ('${name}') needs exactly one of responses (an array) or result (an object)`;
    }
  }
  return null;
}

/** How a family computes the groups' results. */
export interface GroupCompute<TResult> {
  functionName: string;
  /** The metric of some responses with the call's options, grouping left out. */
  compute: (responses: readonly SurveyResponseInput[]) => TResult;
  /** The metric of reported-scale scores pooled from several results' distributions. */
  fromScores: (scores: readonly number[]) => TResult;
}

/**
 * Builds `groups` and `otherGroups` for a result, or `null` without a grouping. `scores` and
 * `keys` are the call's valid scores and the grouping field read beside each.
 */
export function buildGroups<TResult extends { distribution: readonly ScoreCount[]; total: number }>(
  request: GroupRequest<TResult>,
  scores: readonly number[],
  keys: readonly unknown[],
  family: GroupCompute<TResult>,
): Required<VoiceGrouping<TResult>> | null {
  const { maxGroups } = request;
  if (request.by) {
    const ordered = bucket(scores, (_, at) => keys[at]);
    const kept = ordered.length > maxGroups ? ordered.slice(0, maxGroups - 1) : ordered;
    const groups = kept.map((group): Unshared<TResult> => ({
      name: group.name,
      result: family.compute(group.members),
      isOther: false,
    }));
    const folded = ordered.slice(kept.length);
    if (folded.length > 0) {
      groups.push({
        name: OTHER_GROUP,
        result: family.compute(folded.flatMap((group) => group.members)),
        isOther: true,
      });
    }
    return { groups: withShares(groups), otherGroups: folded.length };
  }
  if (request.segments) {
    const entries = request.segments;
    const keptCount = entries.length > maxGroups ? maxGroups - 1 : entries.length;
    const results = entries.map((entry, at) =>
      entry.result !== undefined
        ? entry.result
        : inSegment(family.functionName, at, () => family.compute(entry.responses ?? [])),
    );
    const groups = results.slice(0, keptCount).map((result, at): Unshared<TResult> => ({
      name: entries[at]!.name,
      result,
      isOther: false,
    }));
    const folded = results.slice(keptCount);
    if (folded.length > 0) {
      const pooled = folded.flatMap((result, at) =>
        scoresOf(family.functionName, result, keptCount + at),
      );
      groups.push({ name: OTHER_GROUP, result: family.fromScores(pooled), isOther: true });
    }
    return { groups: withShares(groups), otherGroups: folded.length };
  }
  return null;
}

/** A group before its share of all the groups' responses is known. */
type Unshared<TResult> = Omit<VoiceGroup<TResult>, 'share'>;

/** Each group's valid responses as a share of all the groups' (`null` when they have none). */
function withShares<TResult extends { total: number }>(
  groups: readonly Unshared<TResult>[],
): VoiceGroup<TResult>[] {
  let all = 0;
  for (const group of groups) all += group.result.total;
  return groups.map((group) => ({ ...group, share: all === 0 ? null : group.result.total / all }));
}

/** Runs a segment's computation, renaming its issues' fields to `options.segments[at].…`. */
function inSegment<T>(functionName: string, at: number, compute: () => T): T {
  try {
    return compute();
  } catch (caught) {
    if (!(caught instanceof MetricsInputError)) throw caught;
    const issues = caught.issues.map((issue): ValidationIssue => ({
      ...issue,
      field: `options.segments[${at}].${issue.field}`,
    }));
    throw new MetricsInputError(functionName, issues);
  }
}

/** Expands a precomputed result's distribution back into scores, to pool it into "Other". */
function scoresOf(
  functionName: string,
  result: { distribution: readonly ScoreCount[] },
  at: number,
): number[] {
  const distribution: unknown = (result as { distribution?: unknown }).distribution;
  const field = `options.segments[${at}].result.distribution`;
  const fail = (message: string, value: unknown): never => {
    throw new MetricsInputError(functionName, [{ index: null, field, message, value }]);
  };
  if (!Array.isArray(distribution)) {
    return fail(
      `must be an array of { score, count }, got ${showValue(distribution)}`,
      distribution,
    );
  }
  const scores: number[] = [];
  for (const entry of distribution as unknown[]) {
    const { score, count } = (entry ?? {}) as { score?: unknown; count?: unknown };
    if (
      typeof score !== 'number' ||
      typeof count !== 'number' ||
      !Number.isSafeInteger(count) ||
      count < 0
    ) {
      return fail('must hold { score, count } with a whole, non-negative count', entry);
    }
    for (let i = 0; i < count; i++) scores.push(score);
  }
  return scores;
}
