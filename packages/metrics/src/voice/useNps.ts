import { useMemo } from 'react';
import { type HookResult, hookFields, hookShape, idle, settle } from '../core/hook';
import { nps } from './nps';
import { type SurveyInput, runSurvey } from './survey';
import type { NpsOptions, NpsResult } from './types';

/**
 * Input of {@link useNps}: `{ responses, lowSampleThreshold?, onInvalid?, groupBy?, segments?,
 * maxGroups?, trend? }` or `{ data }`.
 */
export type UseNpsInput = SurveyInput<NpsOptions, NpsResult>;

/**
 * NPS of survey responses, memoised on its inputs; never throws during render.
 *
 * Pass raw `responses` (with {@link nps}'s options) or a precomputed `nps()` result as `data`.
 * Bad rows come back as `error` (a `MetricsInputError` listing each row), or, with
 * `onInvalid: 'skip'`, as `issues` beside the data.
 *
 * @example
 * const { data, error } = useNps({ responses, lowSampleThreshold: 50 });
 * const bySegment = useNps({ responses, groupBy: 'segment', maxGroups: 8 }); // data.groups
 */
export function useNps(input: UseNpsInput | undefined): HookResult<NpsResult> {
  const record = hookFields<
    | 'responses'
    | 'data'
    | 'lowSampleThreshold'
    | 'onInvalid'
    | 'confidence'
    | 'groupBy'
    | 'segments'
    | 'maxGroups'
    | 'trend'
  >(input);
  const shape = hookShape(input);
  const {
    responses,
    data,
    lowSampleThreshold,
    onInvalid,
    confidence,
    groupBy,
    segments,
    maxGroups,
    trend,
  } = record;
  return useMemo(
    () =>
      // runSurvey names `input` when it is not an object.
      input === undefined ? idle<NpsResult>() : settle(() => runSurvey('useNps', input, nps)),
    // The input object itself is usually a new literal each render: depend on its fields.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [
      shape,
      responses,
      data,
      lowSampleThreshold,
      onInvalid,
      confidence,
      groupBy,
      segments,
      maxGroups,
      trend,
    ],
  );
}
