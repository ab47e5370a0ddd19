import { MetricsInputError, showValue } from '../core/errors';
import { npsInterval } from '../core/interval';
import type { NpsOptions, NpsResult, NpsTrendPoint, SurveyResponseInput } from './types';

/**
 * The trend points of `trend` for `functionName`, its issues named under `field` (`trend` for
 * {@link npsTrend}, `options.trend` for `nps`).
 */
export function readTrend(
  functionName: string,
  field: string,
  trend: unknown,
  options: NpsOptions,
  compute: (responses: readonly SurveyResponseInput[], options: NpsOptions) => NpsResult,
): NpsTrendPoint[] {
  const fail = (message: string, value: unknown): never => {
    throw new MetricsInputError(functionName, [{ index: null, field, message, value }]);
  };
  if (!Array.isArray(trend)) {
    return fail(
      `must be an array of { period, responses } or { period, result }, got ${showValue(trend)}`,
      trend,
    );
  }
  const base = { ...options, trend: undefined, groupBy: undefined, segments: undefined };
  return (trend as unknown[]).map((entry, at): NpsTrendPoint => {
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
      return fail(`entry ${at} must be { period, responses } or { period, result }`, entry);
    }
    const { period, responses, result } = entry as Record<string, unknown>;
    if (typeof period !== 'string') {
      return fail(`entry ${at}: period must be a string, got ${showValue(period)}`, period);
    }
    let computed: NpsResult;
    if (result !== undefined && responses === undefined) {
      if (result === null || typeof result !== 'object') {
        return fail(
          `entry ${at}: result must be an nps() result, got ${showValue(result)}`,
          result,
        );
      }
      computed = result as NpsResult;
    } else if (Array.isArray(responses) && result === undefined) {
      try {
        computed = compute(responses as SurveyResponseInput[], base);
      } catch (caught) {
        if (!(caught instanceof MetricsInputError)) throw caught;
        throw new MetricsInputError(
          functionName,
          caught.issues.map((issue) =>
            issue.index === null
              ? issue
              : { ...issue, field: `${field}[${at}].responses.${issue.field}` },
          ),
        );
      }
    } else {
      return fail(`entry ${at} needs exactly one of responses (an array) or result`, entry);
    }
    return {
      period,
      score: computed.score,
      total: computed.total,
      marginOfError: computed.marginOfError,
      // A result computed before intervals existed: derive the 95 % interval from its counts.
      interval:
        computed.interval !== undefined
          ? computed.interval
          : npsInterval(computed.promoters, computed.passives, computed.detractors),
      lowSample: computed.lowSample,
    };
  });
}
