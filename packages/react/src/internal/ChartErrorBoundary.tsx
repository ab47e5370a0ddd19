import { Component, type ReactNode } from 'react';

interface Props {
  /** Renders the error state for an error thrown while drawing. */
  fallback: (error: Error) => ReactNode;
  children?: ReactNode;
}

/** Keeps an unexpected drawing error inside the component instead of blanking the host page. */
export class ChartErrorBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    return this.state.error ? this.props.fallback(this.state.error) : this.props.children;
  }
}
