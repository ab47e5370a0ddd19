import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Sparkline } from '../../health-tier-list/columns';
import { VitalsErrorBoundary } from './ErrorBoundary';

function Throws({ when }: { when: boolean }): null {
  if (when) throw new Error('Cannot read properties of null');
  return null;
}

describe('VitalsErrorBoundary', () => {
  it('shows words for the reader, naming what failed, with the message behind <details>', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <VitalsErrorBoundary noun="list">
        <Throws when />
      </VitalsErrorBoundary>,
    );
    error.mockRestore();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(/^This list couldn't be shown\./);
    expect(alert).not.toHaveTextContent(/chart/);
    const details = alert.querySelector('details')!;
    expect(details).not.toHaveAttribute('open');
    expect(details).toHaveTextContent('Cannot read properties of null');
  });

  it('tries again when the host passes new props', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const ui = (broken: boolean) => (
      <VitalsErrorBoundary noun="chart">
        <Throws when={broken} />
        <p>fine</p>
      </VitalsErrorBoundary>
    );
    const { rerender } = render(ui(true));
    expect(screen.getByRole('alert')).toBeInTheDocument();
    rerender(ui(false));
    error.mockRestore();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('fine')).toBeInTheDocument();
  });

  it('keeps a tier-list sparkline given bad values from taking its host down', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <div>
        <p>row</p>
        <Sparkline values={'abc' as unknown as number[]} />
      </div>,
    );
    error.mockRestore();
    expect(screen.getByText('row')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent("This sparkline couldn't be shown.");
  });
});
