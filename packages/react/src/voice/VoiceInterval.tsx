import type { ReactNode } from 'react';

/** The interval as a headline figure (`95% interval: 66% to 82%`), or nothing without one. */
export function IntervalKpi({ text, title }: { text: string | null; title: string }): ReactNode {
  if (text === null) return null;
  return (
    <span className="vitals-kpi vitals-voice-interval" data-metric="interval" title={title}>
      {text}
    </span>
  );
}

/** The low-sample note under the headline figures, or nothing with enough responses. */
export function LowSampleNote({ text }: { text: string | null }): ReactNode {
  if (text === null) return null;
  return (
    <p className="vitals-chart-note vitals-voice-low-sample" role="note">
      {text}
    </p>
  );
}
