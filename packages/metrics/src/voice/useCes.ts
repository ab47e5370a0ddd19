import { useMemo } from 'react';
import { type HookResult, hookFields, hookShape, idle, settle } from '../core/hook';
import { ces } from './ces';
import { type SurveyInput, runSurvey } from './survey';
import type { CesOptions, CesResult } from './types';

/** Input of {@link useCes}: `{ responses, scale?, higherIsEasier?, agreeMin?, onInvalid? }` or `{ data }`. */
export type UseCesInput = SurveyInput<CesOptions, CesResult>;

/**
 * CES of survey responses, memoised on its inputs; never throws during render.
 *
 * Pass raw `responses` (with {@link ces}'s options) or a precomputed `ces()` result as `data`.
 *
 * @example
 * const { data, error } = useCes({ responses, scale: 5, higherIsEasier: false });
 * const bySegment = useCes({ responses, groupBy: 'segment' }); // data.groups, at most 12
 */
export function useCes(input: UseCesInput | undefined): HookResult<CesResult> {
  const record = hookFields<
    | 'responses'
    | 'data'
    | 'scale'
    | 'higherIsEasier'
    | 'agreeMin'
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
    higherIsEasier,
    agreeMin,
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
      input === undefined ? idle<CesResult>() : settle(() => runSurvey('useCes', input, ces)),
    // The input object itself is usually a new literal each render: depend on its fields.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [
      shape,
      responses,
      data,
      scale,
      higherIsEasier,
      agreeMin,
      onInvalid,
      confidence,
      lowSampleThreshold,
      groupBy,
      segments,
      maxGroups,
    ],
  );
}
