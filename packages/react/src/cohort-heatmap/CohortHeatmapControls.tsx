import { useId } from 'react';
import type { Formatters } from '../provider/format';
import { COHORT_LEVELS, COHORT_SIDE_LEVELS } from './cohort.color';
import type { CohortColorScale, CohortMetric } from './cohort.geometry';
import { fill, plural } from '../messages/template';
import type { CohortHeatmapMessages } from '../messages/types';

const METRICS: readonly CohortMetric[] = ['logo', 'revenue'];

/**
 * The logo/revenue switch: a native radio group styled as a segmented control, so arrows move
 * between the options and a screen reader announces "radio, 1 of 2".
 */
export function MetricToggle({
  metric,
  onChange,
  m,
}: {
  metric: CohortMetric;
  onChange: (metric: CohortMetric) => void;
  m: CohortHeatmapMessages;
}) {
  const name = useId();
  return (
    <fieldset className="vitals-cohort-toggle">
      <legend className="vitals-visually-hidden">{m.retentionShown}</legend>
      {METRICS.map((option) => (
        <label key={option} className="vitals-cohort-toggle-option" data-metric={option}>
          <input
            type="radio"
            name={name}
            value={option}
            checked={metric === option}
            onChange={() => onChange(option)}
          />
          <span>{m.metricShort[option]}</span>
        </label>
      ))}
    </fieldset>
  );
}

/**
 * The colour key: the ten steps from the lowest to the highest rate shown (logo retention), or the
 * two-sided scale from the lowest rate through a neutral 100 % to the highest (revenue retention);
 * then the greyed cells and the blank ones.
 */
export function CohortLegend({
  format,
  minCohortSize,
  maxIntervalWidth,
  level,
  domain,
  scale,
  m,
}: {
  format: Formatters;
  m: CohortHeatmapMessages;
  minCohortSize: number;
  /** The interval width past which a cell is greyed. */
  maxIntervalWidth: number;
  /** The confidence level of the cells' intervals. */
  level: number;
  /** The rates at the two ends of the scale. */
  domain: readonly [number, number];
  /** One-sided (logo) or two-sided around 100 % (revenue). */
  scale: CohortColorScale;
}) {
  const steps = (sign: 1 | -1) =>
    Array.from({ length: COHORT_SIDE_LEVELS }, (_, i) => {
      const tone = sign * (sign < 0 ? COHORT_SIDE_LEVELS - i : i + 1);
      return <span key={tone} className="vitals-cohort-swatch" data-tone={tone} />;
    });
  return (
    <div className="vitals-cohort-legend">
      {scale === 'diverging' ? (
        <span className="vitals-cohort-legend-scale" data-scale="diverging">
          <span>{format.percent(domain[0])}</span>
          <span className="vitals-cohort-legend-ramp" aria-hidden="true">
            {steps(-1)}
          </span>
          {/* The centre: the neutral fill with 100 % on it, read as "no change". */}
          <span className="vitals-cohort-legend-centre" data-tone={0}>
            {format.percent(1)}
          </span>
          <span className="vitals-cohort-legend-ramp" aria-hidden="true">
            {steps(1)}
          </span>
          <span>{format.percent(domain[1])}</span>
        </span>
      ) : (
        <span className="vitals-cohort-legend-scale">
          <span>{format.percent(domain[0])}</span>
          <span className="vitals-cohort-legend-ramp" aria-hidden="true">
            {Array.from({ length: COHORT_LEVELS }, (_, level) => (
              <span key={level} className="vitals-cohort-swatch" data-level={level} />
            ))}
          </span>
          <span>{format.percent(domain[1])}</span>
        </span>
      )}
      <span className="vitals-cohort-legend-item">
        <span className="vitals-cohort-swatch" data-small="" aria-hidden="true" />
        {fill(m.legendUncertain, {
          level: format.level(level),
          width: format.level(maxIntervalWidth),
        })}
      </span>
      {minCohortSize > 0 && (
        <span className="vitals-cohort-legend-item">
          <span className="vitals-cohort-swatch" data-small="" aria-hidden="true" />
          {plural(m.legendSmall, format.locale, minCohortSize, {
            count: format.count(minCohortSize),
          })}
        </span>
      )}
      <span className="vitals-cohort-legend-item">
        <span className="vitals-cohort-swatch" data-state="future" aria-hidden="true" />
        {m.legendBlank}
      </span>
    </div>
  );
}
