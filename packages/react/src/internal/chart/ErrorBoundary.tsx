import { Component, type ReactNode } from 'react';
import { type ComponentNoun, useShellWords } from './words';

/** Props of {@link VitalsErrorBoundary}. */
export interface VitalsErrorBoundaryProps {
  /** What the component is, for the reader's words ("This list couldn't be shown."). */
  noun: ComponentNoun;
  /**
   * Draws the error in the component's own frame; without it the boundary shows a small alert.
   * @default undefined
   */
  fallback?: ((error: Error) => ReactNode) | undefined;
  /** Extra class on the default fallback. @default undefined */
  className?: string | undefined;
  children?: ReactNode;
}

/**
 * Keeps an unexpected error inside one component instead of taking down the host's React root.
 * Every component renders inside one (charts through `defineChart`, `MetricCard` and `Sparkline`
 * directly). The default fallback says what happened in the reader's words, with the error's
 * message behind a `<details>` toggle.
 */
export class VitalsErrorBoundary extends Component<
  VitalsErrorBoundaryProps,
  { error: Error | null }
> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  /** New children (new props from the host) get another try; the same children keep the error. */
  override componentDidUpdate(previous: VitalsErrorBoundaryProps) {
    if (this.state.error && previous.children !== this.props.children)
      this.setState({ error: null });
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    if (this.props.fallback) return this.props.fallback(error);
    return (
      <div
        className={['vitals-error', this.props.className].filter(Boolean).join(' ')}
        data-state="error"
        role="alert"
      >
        <ErrorWords noun={this.props.noun} detail={error.message} />
      </div>
    );
  }
}

/** The reader's words for an error, then the technical detail behind a native disclosure. */
export function ErrorWords({
  noun,
  reason,
  detail,
}: {
  noun: ComponentNoun;
  reason?: ReactNode;
  detail: ReactNode;
}) {
  const words = useShellWords();
  return (
    <>
      <p className="vitals-chart-message">
        {words.couldNotShow(noun)}
        {reason ? <> {reason}</> : null}
      </p>
      <details className="vitals-error-detail">
        <summary>{words.errorDetail}</summary>
        {detail}
      </details>
    </>
  );
}
