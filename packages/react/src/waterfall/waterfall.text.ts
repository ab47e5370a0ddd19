import type { DataTableRow } from '../internal/DataTable';
import type { Formatters } from '../provider/format';
import { enWaterfall } from '../messages/en';
import { fill } from '../messages/template';
import type { WaterfallMessages } from '../messages/types';
import { estimateTextWidth } from '../internal/text';
import type { WaterfallStep } from './waterfall.geometry';

/** A step's amount as text: totals plain, changes with their sign (`+$5,000`, `−$1,500`). */
export function stepValueText(
  step: Pick<WaterfallStep, 'kind' | 'amount'>,
  format: Formatters,
): string {
  if (step.kind === 'total') return format.currency(step.amount);
  return format.signedCurrency(step.kind === 'increase' ? step.amount : -step.amount);
}

/** A rate as text, or an em dash when it could not be computed. */
export function rateText(rate: number | null, format: Formatters): string {
  return rate === null ? '—' : format.percent(rate);
}

/** The chart's text alternative: both rates, then every step in order. */
export function waterfallSummary(
  steps: ReadonlyArray<Pick<WaterfallStep, 'id' | 'kind' | 'amount'>>,
  nrr: number | null,
  grr: number | null,
  format: Formatters,
  m: WaterfallMessages = enWaterfall,
): string {
  const rates = fill(m.summaryRates, { nrr: rateText(nrr, format), grr: rateText(grr, format) });
  const parts = steps.map((step) =>
    fill(m.summaryStep, { step: m.steps[step.id], value: stepValueText(step, format) }),
  );
  return `${rates} ${fill(m.summarySteps, { steps: parts.join(m.summaryStepSeparator) })}`;
}

/** The waterfall as table rows: each step's change and the running MRR after it. */
export function waterfallTableRows(
  steps: ReadonlyArray<Pick<WaterfallStep, 'id' | 'kind' | 'amount' | 'to'>>,
  format: Formatters,
  m: WaterfallMessages = enWaterfall,
): DataTableRow[] {
  return steps.map((step) => ({
    id: step.id,
    header: m.steps[step.id],
    cells: { change: stepValueText(step, format), running: format.currency(step.to) },
    data: { 'data-kind': step.kind },
  }));
}

/**
 * The first of `candidates` (longest first: the axis name, then the catalogue's short name) whose
 * estimated width fits `maxWidth`; when none does, the last one cut to fit with an ellipsis (at
 * least one letter and "…"). The full name stays in the tooltip, the mark's label and the table.
 */
export function fitText(candidates: readonly string[], maxWidth: number, fontSize = 12): string {
  for (const text of candidates) if (estimateTextWidth(text, fontSize) <= maxWidth) return text;
  const letters = [...(candidates.at(-1) ?? '')];
  let count = letters.length - 1;
  while (
    count > 1 &&
    estimateTextWidth(`${letters.slice(0, count).join('')}…`, fontSize) > maxWidth
  )
    count -= 1;
  return `${letters.slice(0, Math.max(1, count)).join('').trimEnd()}…`;
}
