import type { DataTableRow } from '../internal/DataTable';
import type { Formatters } from '../provider/format';
import type { WaterfallStep, WaterfallStepId } from './waterfall.geometry';

/** The words for each step, used in labels, the table and the text alternative. */
export const STEP_LABELS: Record<WaterfallStepId, string> = {
  starting: 'Starting MRR',
  expansion: 'Expansion',
  contraction: 'Contraction',
  churn: 'Churn',
  retained: 'Retained MRR',
  new: 'New',
  reactivation: 'Reactivation',
  ending: 'Ending MRR',
};

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
): string {
  const rates = `Net revenue retention ${rateText(nrr, format)}, gross revenue retention ${rateText(grr, format)}.`;
  const parts = steps.map((step) => `${STEP_LABELS[step.id]} ${stepValueText(step, format)}`);
  return `${rates} ${parts.join('; ')}.`;
}

/** The waterfall as table rows: each step's change and the running MRR after it. */
export function waterfallTableRows(
  steps: ReadonlyArray<Pick<WaterfallStep, 'id' | 'kind' | 'amount' | 'to'>>,
  format: Formatters,
): DataTableRow[] {
  return steps.map((step) => ({
    id: step.id,
    header: STEP_LABELS[step.id],
    cells: { change: stepValueText(step, format), running: format.currency(step.to) },
    data: { 'data-kind': step.kind },
  }));
}
