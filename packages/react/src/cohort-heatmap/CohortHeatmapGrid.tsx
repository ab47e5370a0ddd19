import {
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
import { ChartTooltip } from '../internal/chart';
import { enCohortHeatmap } from '../messages/en';
import { fill, plural } from '../messages/template';
import type {
  CohortHeatmapModel,
  GridPosition,
  HeatmapDensity,
  HeatmapFit,
} from './cohort.geometry';
import { moveInGrid } from './cohort.geometry';
import {
  accountsText,
  ageAxisLabel,
  ageLabel,
  cellLabel,
  cellText,
  cohortName,
  type CohortTextContext,
  periodLabel,
  smallCohortReason,
} from './cohort.text';

interface Props {
  model: CohortHeatmapModel;
  context: CohortTextContext;
  density: HeatmapDensity;
  /** Whether the grid fills its box or keeps its natural width (a few ages in a wide box). */
  fit: HeatmapFit;
  captionId: string;
  /** Called with a cohort, and an age unless its row header was chosen, on click or Enter/Space. */
  onSelect?: ((cohort: string, age: number | undefined) => void) | undefined;
}

interface Tip {
  pos: GridPosition;
  x: number;
  y: number;
  box: { width: number; height: number };
}

const key = (pos: GridPosition) => `${pos.row}:${pos.col}`;

/**
 * The heatmap as a WAI-ARIA data grid on a `<table>`: one Tab stop (a roving tabindex), then
 * arrows move between cells, Home/End to the row's ends, Ctrl+Home/Ctrl+End to the grid's corners
 * and PageUp/PageDown five rows, Enter or Space selects (`onSelect`), Escape closes the tooltip.
 * Column 0 is the cohort's row header; every cell shows its tooltip (the shell's, kept inside the
 * plot) on focus or hover.
 */
export function CohortHeatmapGrid({ model, context, density, fit, captionId, onSelect }: Props) {
  const { format, grain, metric, m = enCohortHeatmap } = context;
  const tooltipId = `vitals-tooltip-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const tableRef = useRef<HTMLTableElement>(null);
  const more = useScrollHint(tableRef);
  const [focus, setFocus] = useState<GridPosition>({ row: 0, col: 1 });
  const [tip, setTip] = useState<Tip | null>(null);
  const size = { rows: model.rows.length, cols: model.ages.length + 1 };
  // The model can shrink (another metric, fewer cohorts): keep the tab stop inside it.
  const current = {
    row: Math.min(focus.row, size.rows - 1),
    col: Math.min(focus.col, size.cols - 1),
  };

  const show = (pos: GridPosition, target: HTMLElement) => {
    const body = target.closest('.vitals-chart-body') ?? target.parentElement;
    const box = target.getBoundingClientRect();
    const origin = body?.getBoundingClientRect() ?? { left: 0, top: 0, width: 0, height: 0 };
    setTip({
      pos,
      x: box.left - origin.left + box.width / 2,
      y: box.top - origin.top,
      box: { width: origin.width, height: origin.height },
    });
  };
  const onFocus = (pos: GridPosition) => (event: FocusEvent<HTMLElement>) => {
    setFocus(pos);
    show(pos, event.currentTarget);
  };
  const select = (pos: GridPosition) => {
    const row = model.rows[pos.row];
    if (!row || !onSelect) return;
    onSelect(row.cohort.cohort, pos.col > 0 ? row.cells[pos.col - 1]?.age : undefined);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      select(current);
      return;
    }
    if (event.key === 'Escape' && tip) {
      // Closes the tooltip only; a host's dialog keeps its own Escape when no tooltip is open.
      event.stopPropagation();
      setTip(null);
      return;
    }
    const next = moveInGrid(current, event.key, size, { ctrlKey: event.ctrlKey || event.metaKey });
    if (!next) return;
    event.preventDefault();
    tableRef.current?.querySelector<HTMLElement>(`[data-pos="${key(next)}"]`)?.focus();
  };
  const cellProps = (pos: GridPosition, label: string) => ({
    'data-pos': key(pos),
    tabIndex: pos.row === current.row && pos.col === current.col ? 0 : -1,
    'aria-label': label,
    'aria-describedby': tip && key(tip.pos) === key(pos) ? tooltipId : undefined,
    onFocus: onFocus(pos),
    onBlur: () => setTip(null),
    onMouseEnter: (event: MouseEvent<HTMLElement>) => show(pos, event.currentTarget),
    onMouseLeave: () => setTip(null),
    onClick: () => {
      setFocus(pos);
      select(pos);
    },
  });

  let tipContent: ReactNode = null;
  const tipRow = tip ? model.rows[tip.pos.row] : undefined;
  if (tip && tipRow) {
    const name = cohortName(tipRow.cohort.cohort, format, m);
    const cell = tip.pos.col > 0 ? tipRow.cells[tip.pos.col - 1] : undefined;
    const small = tipRow.isSmall && (
      <>
        <br />
        {smallCohortReason(tipRow.cohort.size, context.minCohortSize, format, m)}
      </>
    );
    if (!cell) {
      tipContent = (
        <>
          <strong>{name}</strong>
          <br />
          {fill(m.tooltipCohort, {
            accounts: accountsText(tipRow.cohort.size, format, m),
            mrr: format.currency(tipRow.cohort.initialMrr),
          })}
          {small}
        </>
      );
    } else if (!cell.source) {
      tipContent = (
        <>
          <strong>
            {fill(m.cellWhere, { cohort: name, age: ageLabel(cell.age, grain, format, m) })}
          </strong>
          <br />
          {m.tooltipNotObserved}
        </>
      );
    } else {
      const source = cell.source;
      tipContent = (
        <>
          <strong>
            {fill(m.tooltipCell, {
              cohort: name,
              age: ageLabel(cell.age, grain, format, m),
              period: periodLabel(source.period, format.locale),
            })}
          </strong>
          <br />
          {fill(m.tooltipActive, {
            active: format.count(source.activeAccounts),
            size: format.count(tipRow.cohort.size),
          })}
          <br />
          {fill(m.tooltipMrr, {
            mrr: format.currency(source.mrr),
            initial: format.currency(tipRow.cohort.initialMrr),
          })}
          <br />
          {fill(m.tooltipRates, {
            logo: format.percent(source.logoRetention),
            revenue:
              source.revenueRetention === null
                ? m.noStartingMrr
                : format.percent(source.revenueRetention),
          })}
          {small}
        </>
      );
    }
  }

  return (
    <>
      {/* No tabindex on the scroll box: the grid's one Tab stop is inside it, and moving the focus
          along a row scrolls the cut-off columns into view. */}
      <div
        className="vitals-cohort-frame"
        data-more-start={more.start ? '' : undefined}
        data-more-end={more.end ? '' : undefined}
      >
        <div className="vitals-cohort-scroll">
          <table
            ref={tableRef}
            // ARIA in HTML allows role="grid" on <table> (the APG data grid pattern, implemented in
            // full here); jsx-a11y's recommended set allows it too, its strict set does not.
            // eslint-disable-next-line jsx-a11y/no-noninteractive-element-to-interactive-role
            role="grid"
            aria-readonly="true"
            aria-labelledby={captionId}
            className="vitals-cohort-grid"
            data-density={density}
            data-fit={fit}
            data-metric={metric}
            data-scale={model.scale}
            onKeyDown={onKeyDown}
          >
            <caption id={captionId} className="vitals-cohort-caption">
              {fill(m.gridCaption, { metric: m.metricLong[metric], axis: ageAxisLabel(grain, m) })}
            </caption>
            <thead>
              <tr>
                <th scope="col" className="vitals-cohort-corner">
                  {m.cohort}
                </th>
                {model.ages.map((age) => (
                  <th
                    key={age}
                    scope="col"
                    className="vitals-cohort-age"
                    aria-label={ageLabel(age, grain, format, m)}
                  >
                    {format.count(age)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {model.rows.map((row) => {
                const header = { row: row.cells[0]?.row ?? 0, col: 0 };
                const rowLabel = fill(m.rowHeaderLabel, {
                  cohort: cohortName(row.cohort.cohort, format, m),
                  accounts: accountsText(row.cohort.size, format, m),
                  mrr: format.currency(row.cohort.initialMrr),
                });
                const headerLabel = row.isSmall
                  ? `${rowLabel}. ${smallCohortReason(row.cohort.size, context.minCohortSize, format, m)}`
                  : rowLabel;
                return (
                  <tr key={row.cohort.cohort} data-small={row.isSmall ? '' : undefined}>
                    <th
                      scope="row"
                      className="vitals-cohort-row-header"
                      {...cellProps(header, headerLabel)}
                    >
                      <span className="vitals-cohort-name">
                        {periodLabel(row.cohort.cohort, format.locale)}
                      </span>
                      <span className="vitals-cohort-size">
                        {plural(m.accountsShort, format.locale, row.cohort.size, {
                          count: format.count(row.cohort.size),
                        })}
                        {row.isSmall && m.smallTag}
                      </span>
                    </th>
                    {row.cells.map((cell) => (
                      <td
                        key={cell.age}
                        role="gridcell"
                        className="vitals-cohort-cell"
                        data-state={cell.state}
                        data-level={
                          model.scale === 'sequential' ? (cell.level ?? undefined) : undefined
                        }
                        data-tone={
                          model.scale === 'diverging' ? (cell.level ?? undefined) : undefined
                        }
                        data-small={cell.isSmall ? '' : undefined}
                        data-uncertain={cell.isUncertain ? '' : undefined}
                        data-active={
                          tip && key(tip.pos) === key({ row: cell.row, col: cell.col + 1 })
                            ? ''
                            : undefined
                        }
                        {...cellProps(
                          { row: cell.row, col: cell.col + 1 },
                          cellLabel(row, cell, context),
                        )}
                      >
                        {cellText(cell, format)}
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </div>
      {tip && tipContent && (
        <ChartTooltip id={tooltipId} role="tooltip" anchor={{ x: tip.x, y: tip.y }} box={tip.box}>
          {tipContent}
        </ChartTooltip>
      )}
    </>
  );
}

/**
 * Which sides of the grid's scroll box hide columns: `start` once it is scrolled, `end` while
 * columns are cut off on the right. Measured after render, on scroll and on resize (none on the
 * server: the hint appears once the page runs).
 */
function useScrollHint(tableRef: { current: HTMLTableElement | null }) {
  const [more, setMore] = useState({ start: false, end: false });
  useEffect(() => {
    const box = tableRef.current?.parentElement;
    if (!box) return;
    const measure = () => {
      // A pixel of slack for fractional widths.
      const start = box.scrollLeft > 1;
      const end = box.scrollLeft + box.clientWidth < box.scrollWidth - 1;
      setMore((current) =>
        current.start === start && current.end === end ? current : { start, end },
      );
    };
    measure();
    box.addEventListener('scroll', measure, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(box);
    if (tableRef.current) observer?.observe(tableRef.current);
    return () => {
      box.removeEventListener('scroll', measure);
      observer?.disconnect();
    };
  }, [tableRef]);
  return more;
}
