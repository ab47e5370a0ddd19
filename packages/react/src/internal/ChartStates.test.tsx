import type { ValidationIssue } from '@vitals/metrics';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../test/axe';
import { ChartShell, type ChartShellBase } from './chart/ChartShell';
import { invalidRowCount, SkippedRowsNote, skippedRowsText } from './ChartStates';
import { RowLinesProvider } from './rowLines';

const issue = (index: number | null, field: string): ValidationIssue => ({
  index,
  field,
  message: 'is wrong',
});

describe('invalid row counts', () => {
  it('counts each row once, however many of its fields are bad', () => {
    expect(invalidRowCount([issue(3, 'mrr'), issue(3, 'period'), issue(7, 'mrr')])).toBe(2);
  });

  it('does not count problems in options', () => {
    expect(invalidRowCount([issue(null, 'options.from'), issue(0, 'mrr')])).toBe(1);
  });

  it('says how many rows were skipped, or nothing', () => {
    expect(skippedRowsText([])).toBeNull();
    expect(skippedRowsText([issue(0, 'a'), issue(0, 'b')])).toBe('1 invalid row was skipped.');
    expect(skippedRowsText([issue(0, 'a'), issue(4, 'b')])).toBe('2 invalid rows were skipped.');
  });
});

/** The frame of a test chart, as `defineChart` would resolve it. */
const shell: ChartShellBase = {
  name: 'Test',
  baseClass: 'vitals-test',
  noun: 'chart',
  skeleton: 'bars',
  loadingLabel: 'Loading test…',
  title: 'Test',
  defaultTitle: 'Test',
  className: undefined,
  variant: 'card',
  height: 200,
  plotHeight: 200,
  reserve: 0,
  defaultShowTable: false,
  rootProps: {},
};

function ChartError({ error, issues }: { error: Error; issues: readonly ValidationIssue[] }) {
  return <ChartShell shell={shell} status={{ state: 'error', error, issues }} />;
}

describe("the shell's error state lists every issue", () => {
  const issues = Array.from({ length: 7 }, (_, i) => issue(i * 2, 'mrr'));
  const renderError = (list: readonly ValidationIssue[] = issues) =>
    render(<ChartError error={new Error('bad')} issues={list} />);

  it('says what failed for the reader and lists every bad row behind a native disclosure', async () => {
    const { container } = renderError();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent("This chart couldn't be shown. 7 rows are invalid.");
    const summary = within(alert).getByText('Technical details');
    expect(summary.tagName).toBe('SUMMARY');
    const details = summary.closest('details')!;
    expect(details.open).toBe(false);
    // Every issue is in the markup, inside the closed disclosure.
    expect(within(details).getAllByRole('listitem', { hidden: true })).toHaveLength(7);
    await userEvent.click(summary);
    expect(details.open).toBe(true);
    expect(within(details).getByText('Row 13 (index 12), mrr: is wrong')).toBeVisible();
    await expectNoAxeViolations(container);
  });

  it('names rows counted from 1, with the index beside it: index 0 is not "Row 0"', () => {
    renderError([issue(0, 'period')]);
    expect(screen.getByRole('alert')).toHaveTextContent('Row 1 (index 0), period: is wrong');
  });

  it('names rows by CSV line inside a RowLinesProvider, and by their own line when they have one', () => {
    render(
      <RowLinesProvider lines={[2, 5, 9]}>
        <ChartError
          error={new Error('bad')}
          issues={[issue(1, 'mrr'), { ...issue(2, 'period'), line: 40 } as ValidationIssue]}
        />
      </RowLinesProvider>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Line 5, mrr: is wrong');
    expect(screen.getByRole('alert')).toHaveTextContent('Line 40, period: is wrong');
  });

  it('renders on the server with every issue in the markup', () => {
    const html = renderToString(<ChartError error={new Error('bad')} issues={issues} />);
    expect(html).toContain('<details');
    expect(html).toContain('Row 13 (index 12), mrr: is wrong');
  });
});

describe('SkippedRowsNote names the skipped rows', () => {
  it('says how many were skipped and opens to name each one', async () => {
    const { container } = render(
      <RowLinesProvider lines={[2, 3, 4, 7]}>
        <SkippedRowsNote issues={[issue(1, 'mrr'), issue(3, 'period'), issue(null, 'options.x')]} />
      </RowLinesProvider>,
    );
    const note = screen.getByRole('note');
    const summary = within(note).getByText('2 invalid rows were skipped.');
    expect(summary.tagName).toBe('SUMMARY');
    // jsdom does not open a <details> from the keyboard; the Storybook play test does, in Chromium.
    await userEvent.click(summary);
    expect(summary.closest('details')!.open).toBe(true);
    expect(
      within(note)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Line 3, mrr: is wrong', 'Line 7, period: is wrong']);
    await expectNoAxeViolations(container);
  });

  it('renders nothing when no row was skipped', () => {
    const { container } = render(<SkippedRowsNote issues={[issue(null, 'options.x')]} />);
    expect(container).toBeEmptyDOMElement();
  });
});
