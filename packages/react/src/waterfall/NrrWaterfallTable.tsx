import type { Formatters } from '../provider/format';
import type { WaterfallStep } from './waterfall.geometry';
import { STEP_LABELS, stepValueText } from './waterfall.text';

interface Props {
  id: string;
  caption: string;
  steps: ReadonlyArray<Pick<WaterfallStep, 'id' | 'kind' | 'amount' | 'to'>>;
  format: Formatters;
  isVisible: boolean;
}

/** The waterfall's data as a table: the same numbers as the bars, for screen readers and copying. */
export function NrrWaterfallTable({ id, caption, steps, format, isVisible }: Props) {
  return (
    <table
      id={id}
      className={isVisible ? 'vitals-data-table' : 'vitals-data-table vitals-visually-hidden'}
    >
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Step</th>
          <th scope="col">Change</th>
          <th scope="col">Running MRR</th>
        </tr>
      </thead>
      <tbody>
        {steps.map((step) => (
          <tr key={step.id} data-kind={step.kind}>
            <th scope="row">{STEP_LABELS[step.id]}</th>
            <td>{stepValueText(step, format)}</td>
            <td>{format.currency(step.to)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
