import { MovementPatterns, movementFill, useSvgId } from './MrrMovementsPlot';
import type { MovementsMessages } from '../messages/types';
import { ALL_MOVEMENTS } from './movements.text';

/**
 * The chart's key: a swatch and a word per movement (hatched swatches for the hatched movements),
 * which side of zero it sits on, and the net line.
 */
export function MovementsLegend({
  messages: m,
  legend,
}: {
  messages: MovementsMessages;
  legend: string;
}) {
  const prefix = useSvgId();
  return (
    <ul className="vitals-movements-legend" aria-label={legend}>
      {ALL_MOVEMENTS.map((kind, index) => (
        <li key={kind} className="vitals-movements-legend-item" data-movement={kind}>
          <svg width={12} height={12} aria-hidden="true" className="vitals-movements-swatch">
            {index === 0 && <MovementPatterns prefix={prefix} />}
            <rect
              className="vitals-movements-segment"
              data-movement={kind}
              width={12}
              height={12}
              rx={2}
              fill={movementFill(prefix, kind)}
            />
          </svg>
          {m.kinds[kind]}
          <span className="vitals-visually-hidden">
            {kind === 'contraction' || kind === 'churn' ? m.belowZero : m.aboveZero}
          </span>
        </li>
      ))}
      <li className="vitals-movements-legend-item" data-movement="net">
        <svg width={18} height={12} aria-hidden="true" className="vitals-movements-swatch">
          <line className="vitals-movements-net-line" x1={0} x2={18} y1={6} y2={6} />
          <circle className="vitals-movements-net-point" cx={9} cy={6} r={3} />
        </svg>
        {m.netChange}
      </li>
    </ul>
  );
}
