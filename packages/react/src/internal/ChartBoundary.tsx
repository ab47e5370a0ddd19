import type { ReactNode } from 'react';
import { ChartErrorBoundary } from './ChartErrorBoundary';
import { ChartError } from './ChartStates';

/** Props of {@link ChartBoundary}. */
export interface ChartBoundaryProps {
  baseClass: string;
  title: ReactNode;
  className?: string | undefined;
  children?: ReactNode;
}

/** Wraps a chart so an unexpected drawing error shows the error state instead of escaping. */
export function ChartBoundary({ baseClass, title, className, children }: ChartBoundaryProps) {
  return (
    <ChartErrorBoundary
      fallback={(error) => (
        <ChartError baseClass={baseClass} title={title} className={className} error={error} />
      )}
    >
      {children}
    </ChartErrorBoundary>
  );
}
