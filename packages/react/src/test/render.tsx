import { type RenderResult, render } from '@testing-library/react';
import { type ReactElement, StrictMode } from 'react';

/**
 * Renders under `StrictMode`, as every component test does, so effects run twice and an impure
 * render shows up.
 */
export const renderStrict = (ui: ReactElement): RenderResult =>
  render(<StrictMode>{ui}</StrictMode>);

/**
 * The text of a headline figure (`[data-metric="…"]`) of a chart, e.g. `kpiText(container,
 * 'csat')` → `'CSAT 75.0%'`; `part: 'value'` reads only its value (the `<strong>`).
 */
export const kpiText = (container: HTMLElement, metric: string, part?: 'value') =>
  container.querySelector(`[data-metric="${metric}"]${part ? ' strong' : ''}`)?.textContent;
