import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useChartMarks } from './useChartMarks';

function Marks({ count, onSelect }: { count: number; onSelect?: (index: number) => void }) {
  const marks = useChartMarks({ count, onSelect });
  return (
    <>
      <button type="button">before</button>
      <svg role="group" aria-label="marks">
        {Array.from({ length: count }, (_, i) => (
          <g key={i} role="img" aria-label={`mark ${i}`} {...marks.getMarkProps(i)} />
        ))}
      </svg>
      {marks.activeIndex !== null && <div {...marks.tooltipProps}>tip {marks.activeIndex}</div>}
      <button type="button">after</button>
    </>
  );
}

const focused = () => document.activeElement?.getAttribute('aria-label');

describe('useChartMarks', () => {
  it('gives the chart one tab stop and moves with arrows, Home and End', async () => {
    const user = userEvent.setup();
    render(<Marks count={4} />);
    await user.tab();
    await user.tab();
    expect(focused()).toBe('mark 0');
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(focused()).toBe('mark 2');
    await user.keyboard('{ArrowLeft}');
    expect(focused()).toBe('mark 1');
    await user.keyboard('{End}');
    expect(focused()).toBe('mark 3');
    await user.keyboard('{ArrowRight}');
    expect(focused()).toBe('mark 3');
    await user.keyboard('{Home}{ArrowUp}');
    expect(focused()).toBe('mark 0');
    await user.keyboard('{ArrowDown}');
    await user.tab();
    expect(document.activeElement).toHaveTextContent('after');
    // Coming back lands on the mark last focused.
    await user.tab({ shift: true });
    expect(focused()).toBe('mark 1');
    expect(screen.getAllByRole('img').filter((mark) => mark.tabIndex === 0)).toHaveLength(1);
  });

  it('opens the tooltip on focus and hover, described by it, and closes it on Escape', async () => {
    const user = userEvent.setup();
    render(<Marks count={3} />);
    await user.hover(screen.getByRole('img', { name: 'mark 2' }));
    expect(screen.getByRole('tooltip')).toHaveTextContent('tip 2');
    await user.unhover(screen.getByRole('img', { name: 'mark 2' }));
    expect(screen.queryByRole('tooltip')).toBeNull();
    await user.tab();
    await user.tab();
    const tooltip = screen.getByRole('tooltip');
    expect(document.activeElement).toHaveAttribute('aria-describedby', tooltip.id);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).toBeNull();
    expect(focused()).toBe('mark 0');
    expect(document.activeElement).not.toHaveAttribute('aria-describedby');
  });

  it('selects with Enter, Space and click', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<Marks count={3} onSelect={onSelect} />);
    await user.tab();
    await user.tab();
    await user.keyboard('{Enter}{ArrowRight} ');
    await user.click(screen.getByRole('img', { name: 'mark 2' }));
    expect(onSelect.mock.calls).toEqual([[0], [1], [2]]);
  });

  it('keeps the tab stop on a mark that exists when the count shrinks', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<Marks count={5} />);
    await user.tab();
    await user.tab();
    await user.keyboard('{End}');
    rerender(<Marks count={2} />);
    const stops = screen.getAllByRole('img').filter((mark) => mark.tabIndex === 0);
    expect(stops.map((mark) => mark.getAttribute('aria-label'))).toEqual(['mark 1']);
  });
});
