import { ces, csat, nps, wilsonInterval } from '@vitals/metrics';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { messagesForLocale } from '../messages/catalogues';
import { fill } from '../messages/template';
import { VitalsProvider } from '../provider/VitalsProvider';
import { CesBreakdown } from './CesBreakdown';
import { CsatBreakdown } from './CsatBreakdown';
import { NpsBreakdown } from './NpsBreakdown';

/** Catches downloads: the Blob behind the URL and the file name of the link clicked. */
function captureDownloads() {
  const files: Array<{ name: string; blob: Blob }> = [];
  let pending: Blob | undefined;
  URL.createObjectURL = vi.fn((blob: Blob) => {
    pending = blob;
    return `blob:${files.length}`;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    files.push({ name: this.download, blob: pending! });
  });
  return files;
}

const csatScores = [5, 5, 5, 4, 4, 3, 2, 5, 4, 1];
const cesScores = [7, 6, 5, 5, 4, 2, 7, 6, 3, 5, 6, 7];
const npsScores = [10, 9, 9, 8, 7, 6, 3, 10, 10, 0, 9, 5];

const cases: Array<{
  name: string;
  chart: ReactElement;
  /** The all-responses interval, from the metric's own function. */
  bounds: { low: number; high: number };
  /** How the table writes a bound in en-US and in the raw CSV. */
  shown: (value: number) => string;
  raw: (value: number) => number;
}> = [
  {
    name: 'CsatBreakdown',
    chart: <CsatBreakdown responses={csatScores} />,
    bounds: csat(csatScores).interval!,
    shown: (v) => `${Math.round(v * 1000) / 10}%`,
    // The raw file keeps the number as shown, without its sign: 39.7 for 39.7%.
    raw: (v) => Math.round(v * 1000) / 10,
  },
  {
    name: 'CesBreakdown',
    chart: <CesBreakdown responses={cesScores} />,
    bounds: ces(cesScores).interval!,
    shown: (v) => `${Math.round(v * 1000) / 10}%`,
    // The raw file keeps the number as shown, without its sign: 39.7 for 39.7%.
    raw: (v) => Math.round(v * 1000) / 10,
  },
  {
    name: 'NpsBreakdown',
    chart: <NpsBreakdown responses={npsScores} />,
    bounds: nps(npsScores).interval!,
    shown: (v) => {
      const r = Math.round(v);
      return r > 0 ? `+${r}` : r < 0 ? `−${-r}` : '0';
    },
    raw: (v) => Math.round(v),
  },
];

describe('the survey breakdowns: interval in the data table and its CSV', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each(cases)(
    '$name shows the interval bounds as columns and downloads them as numbers, by keyboard',
    async ({ chart, bounds, shown, raw }) => {
      const user = userEvent.setup();
      const files = captureDownloads();
      const words = messagesForLocale('en-US');
      render(<VitalsProvider locale="en-US">{chart}</VitalsProvider>);
      const toggle = screen.getByRole('button', { name: words.common.showTable });
      toggle.focus();
      await user.keyboard('{Enter}');
      const table = screen.getByRole('table');
      const headers = within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent);
      const low = fill(words.voice.tableIntervalLow, { level: '95%' });
      const high = fill(words.voice.tableIntervalHigh, { level: '95%' });
      expect(headers.slice(-2)).toEqual([low, high]);
      const all = within(table).getAllByRole('row')[1]!;
      const cells = within(all)
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
      expect(cells.slice(-2)).toEqual([shown(bounds.low), shown(bounds.high)]);
      // A part's row has no interval of its own: blank.
      const part = within(table).getAllByRole('row')[2]!;
      expect(
        within(part)
          .getAllByRole('cell')
          .slice(-2)
          .map((cell) => cell.textContent),
      ).toEqual(['', '']);

      await user.click(screen.getByRole('button', { name: words.common.downloadCsvRaw }));
      const text = (await files.at(-1)!.blob.text()).replace(/^\uFEFF/, '');
      const [head, first] = text.split('\r\n');
      expect(head!.split(',').slice(-2)).toEqual([low, high]);
      const fields = first!.split(',').slice(-2).map(Number);
      expect(fields[0]).toBeCloseTo(raw(bounds.low), 6);
      expect(fields[1]).toBeCloseTo(raw(bounds.high), 6);
    },
  );

  it('names the interval columns in every catalogue language', () => {
    for (const locale of ['de-DE', 'fr-FR', 'es-ES', 'ja-JP']) {
      const words = messagesForLocale(locale);
      const { unmount } = render(
        <VitalsProvider locale={locale}>
          <CsatBreakdown responses={csatScores} defaultShowTable />
        </VitalsProvider>,
      );
      const headers = within(screen.getByRole('table'))
        .getAllByRole('columnheader')
        .map((th) => th.textContent);
      const level = new Intl.NumberFormat(locale, { style: 'percent' }).format(0.95);
      expect(headers.slice(-2)).toEqual([
        fill(words.voice.tableIntervalLow, { level }),
        fill(words.voice.tableIntervalHigh, { level }),
      ]);
      expect(words.voice.tableIntervalLow).not.toBe(
        messagesForLocale('en-US').voice.tableIntervalLow,
      );
      unmount();
    }
  });

  it('derives a share interval for a result computed before intervals existed', async () => {
    const { interval: _dropped, ...old } = csat(csatScores);
    render(<CsatBreakdown data={old as ReturnType<typeof csat>} defaultShowTable />);
    const derived = wilsonInterval(old.satisfied, old.total)!;
    const all = within(screen.getByRole('table')).getAllByRole('row')[1]!;
    expect(
      within(all)
        .getAllByRole('cell')
        .slice(-2)
        .map((cell) => cell.textContent),
    ).toEqual([
      `${Math.round(derived.low * 1000) / 10}%`,
      `${Math.round(derived.high * 1000) / 10}%`,
    ]);
  });
});
