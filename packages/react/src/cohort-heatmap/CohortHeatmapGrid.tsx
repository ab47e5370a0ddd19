import {
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
  useRef,
  useState,
} from 'react';
import { ChartTooltip } from '../internal/ChartTooltip';
import type { CohortHeatmapModel, GridPosition, HeatmapDensity } from './cohort.geometry';
import { moveInGrid } from './cohort.geometry';
import {
  METRIC_LABELS,
  ageAxisLabel,
  ageLabel,
  cellLabel,
  cellText,
  type CohortTextContext,
  periodLabel,
  smallCohortReason,
} from './cohort.text';

interface Props {
  model: CohortHeatmapModel;
  context: CohortTextContext;
  density: HeatmapDensity;
  tooltipId: string;
  captionId: string;
}

interface Tip {
  pos: GridPosition;
  x: number;
  y: number;
}

const key = (pos: GridPosition) => `${pos.row}:${pos.col}`;

/**
 * The heatmap as a WAI-ARIA data grid on a `<table>`: one Tab stop (a roving tabindex), then
 * arrows move between cells, Home/End to the row's ends, Ctrl+Home/Ctrl+End to the grid's corners
 * and PageUp/PageDown five rows. Column 0 is the cohort's row header; every cell shows its tooltip
 * on focus or hover.
 */
export function CohortHeatmapGrid({ model, context, density, tooltipId, captionId }: Props) {
  const { format, grain, metric } = context;
  const tableRef = useRef<HTMLTableElement>(null);
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
    const origin = body?.getBoundingClientRect() ?? { left: 0, top: 0 };
    setTip({ pos, x: box.left - origin.left + box.width / 2, y: box.top - origin.top });
  };
  const onFocus = (pos: GridPosition) => (event: FocusEvent<HTMLElement>) => {
    setFocus(pos);
    show(pos, event.currentTarget);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
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
  });

  let tipContent: ReactNode = null;
  const tipRow = tip ? model.rows[tip.pos.row] : undefined;
  if (tip && tipRow) {
    const cohortName = `${periodLabel(tipRow.cohort.cohort, format.locale)} cohort`;
    const cell = tip.pos.col > 0 ? tipRow.cells[tip.pos.col - 1] : undefined;
    const small = tipRow.isSmall && (
      <>
        <br />
        {smallCohortReason(tipRow.cohort.size, context.minCohortSize, format)}
      </>
    );
    if (!cell) {
      tipContent = (
        <>
          <strong>{cohortName}</strong>
          <br />
          {format.count(tipRow.cohort.size)} accounts, starting MRR{' '}
          {format.currency(tipRow.cohort.initialMrr)}
          {small}
        </>
      );
    } else if (!cell.source) {
      tipContent = (
        <>
          <strong>{cohortName}</strong>, {ageLabel(cell.age, grain, format)}
          <br />
          Not observed yet
        </>
      );
    } else {
      const source = cell.source;
      tipContent = (
        <>
          <strong>{cohortName}</strong>, {ageLabel(cell.age, grain, format)} (
          {periodLabel(source.period, format.locale)})
          <br />
          Active accounts {format.count(source.activeAccounts)} of{' '}
          {format.count(tipRow.cohort.size)}
          <br />
          MRR {format.currency(source.mrr)} of {format.currency(tipRow.cohort.initialMrr)}
          <br />
          Logo retention {format.percent(source.logoRetention)}, revenue retention{' '}
          {source.revenueRetention === null
            ? '— (no starting MRR)'
            : format.percent(source.revenueRetention)}
          {small}
        </>
      );
    }
  }

  return (
    <>
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
          data-metric={metric}
          onKeyDown={onKeyDown}
        >
          <caption id={captionId} className="vitals-cohort-caption">
            {METRIC_LABELS[metric].long} by cohort · {ageAxisLabel(grain)}
          </caption>
          <thead>
            <tr>
              <th scope="col" className="vitals-cohort-corner">
                Cohort
              </th>
              {model.ages.map((age) => (
                <th
                  key={age}
                  scope="col"
                  className="vitals-cohort-age"
                  aria-label={ageLabel(age, grain, format)}
                >
                  {format.count(age)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {model.rows.map((row) => {
              const header = { row: row.cells[0]?.row ?? 0, col: 0 };
              const headerLabel = `${periodLabel(row.cohort.cohort, format.locale)} cohort: ${format.count(row.cohort.size)} accounts, starting MRR ${format.currency(row.cohort.initialMrr)}${row.isSmall ? `. ${smallCohortReason(row.cohort.size, context.minCohortSize, format)}` : ''}`;
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
                      {format.count(row.cohort.size)} acct{row.cohort.size === 1 ? '' : 's'}
                      {row.isSmall && ' · small'}
                    </span>
                  </th>
                  {row.cells.map((cell) => (
                    <td
                      key={cell.age}
                      role="gridcell"
                      className="vitals-cohort-cell"
                      data-state={cell.state}
                      data-level={cell.level ?? undefined}
                      data-small={cell.isSmall ? '' : undefined}
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
      {tip && tipContent && (
        <ChartTooltip id={tooltipId} x={tip.x} y={tip.y}>
          {tipContent}
        </ChartTooltip>
      )}
    </>
  );
}
