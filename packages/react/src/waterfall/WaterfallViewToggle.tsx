import { useId } from 'react';
import type { WaterfallMessages } from '../messages/types';
import type { WaterfallView } from './waterfall.geometry';

const VIEWS: readonly WaterfallView[] = ['full', 'zoomed'];

/** The header toggle between the zoomed y axis and the one from zero: two radio buttons. */
export function WaterfallViewToggle({
  view,
  onChange,
  m,
}: {
  view: WaterfallView;
  onChange: (view: WaterfallView) => void;
  m: WaterfallMessages;
}) {
  const name = useId();
  return (
    <fieldset className="vitals-waterfall-view">
      <legend className="vitals-visually-hidden">{m.viewLabel}</legend>
      {VIEWS.map((option) => (
        <label key={option} className="vitals-waterfall-view-option" data-view={option}>
          <input
            type="radio"
            name={name}
            value={option}
            checked={view === option}
            onChange={() => onChange(option)}
          />
          <span>{option === 'full' ? m.viewFull : m.viewZoomed}</span>
        </label>
      ))}
    </fieldset>
  );
}
