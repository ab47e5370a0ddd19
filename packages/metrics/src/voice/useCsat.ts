import { useMemo } from 'react';
import { type HookResult, hookFields, hookShape, idle, settle } from '../core/hook';
import { csat } from './csat';
import { type SurveyInput, runSurvey } from './survey';
import type { CsatOptions, CsatResult } from './types';

/** Input of {@link useCsat}: `{ responses, scale?, satisfiedMin?, onInvalid? }` or `{ data }`. */
export type UseCsatInput = SurveyInput<CsatOptions, CsatResult>;

/**
 * CSAT of survey responses, memoised on its inputs; never throws during render.
 *
 * Pass raw `responses` (with {@link csat}'s options) or a precomputed `csat()` result as `data`.
 *
 * @example
 * const { data, error } = useCsat({ responses, scale: 10 });
 * const byChannel = useCsat({ responses, groupBy: 'channel' }); // data.groups, at most 12
 */
export function useCsat(input: UseCsatInput | undefined): HookResult<CsatResult> {
  const record = hookFields<
    | 'responses'
    | 'data'
    | 'scale'
    | 'satisfiedMin'
    | 'onInvalid'
    | 'confidence'
    | 'lowSampleThreshold'
    | 'groupBy'
    | 'segments'
    | 'maxGroups'
  >(input);
  const shape = hookShape(input);
  const {
    responses,
    data,
    scale,
    satisfiedMin,
    onInvalid,
    confidence,
    lowSampleThreshold,
    groupBy,
    segments,
    maxGroups,
  } = record;
  return useMemo(
    () =>
      // runSurvey names `input` when it is not an object.
      input === undefined ? idle<CsatResult>() : settle(() => runSurvey('useCsat', input, csat)),
    // The input object itself is usually a new literal each render: depend on its fields.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [
      shape,
      responses,
      data,
      scale,
      satisfiedMin,
      onInvalid,
      confidence,
      lowSampleThreshold,
      groupBy,
      segments,
      maxGroups,
    ],
  );
}
