import type { HealthAccount, Scorecard } from '@vitals/metrics';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HealthDistribution } from '../../health-distribution/HealthDistribution';
import { messagesForLocale } from '../../messages/catalogues';
import { VitalsProvider } from '../../provider/VitalsProvider';
import { toCsv } from '../csv';

// Every chart's data table downloads through the shell; HealthDistribution stands in for all.

const scorecard: Scorecard = {
  categories: [
    {
      id: 'usage',
      weight: 1,
      measures: [{ id: 'usage', signal: 'usage', normalize: { type: 'range', min: 0, max: 100 } }],
    },
  ],
};
const account = (id: string, usage: number | null, mrr: number): HealthAccount => ({
  id,
  mrr,
  signals: { usage },
});
/** MRR shares 72.7%, 13.6%, 4.5%, 9.1% (thirds and elevenths: long decimals behind them). */
const accounts = [
  account('a', 90, 5_000),
  account('b', 85, 3_000),
  account('c', 60, 1_500),
  account('d', 20, 500),
  account('e', null, 1_000),
];

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

/** The shown table's cells as the reader sees them, header row first. */
function shownCells(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));
}

describe('the data table download', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each(['en-US', 'de-DE', 'ja-JP'])(
    'offers the shown table as displayed and raw CSV, by keyboard (%s)',
    async (locale) => {
      const user = userEvent.setup();
      const files = captureDownloads();
      const m = messagesForLocale(locale).common;
      const title = 'Health: Q1 / Q2';
      render(
        <VitalsProvider locale={locale}>
          <HealthDistribution accounts={accounts} scorecard={scorecard} title={title} />
        </VitalsProvider>,
      );
      // Nothing to download while the table is hidden: no extra tab stops.
      expect(screen.queryByRole('button', { name: m.downloadCsv })).toBeNull();
      expect(URL.createObjectURL).not.toHaveBeenCalled();
      const toggle = screen.getByRole('button', { name: m.showTable });
      await user.click(toggle);
      const button = screen.getByRole('button', { name: m.downloadCsv });
      // Reachable with Tab from the toggle, and pressed with Enter.
      toggle.focus();
      for (let i = 0; i < 5 && document.activeElement !== button; i++) await user.tab();
      expect(button).toHaveFocus();
      await user.keyboard('{Enter}');
      expect(files).toHaveLength(1);
      const table = screen.getByRole('table');
      const cells = shownCells(table);
      expect(files[0]!.name).toBe('Health-Q1-Q2.csv');
      expect((await files[0]!.blob.text()).replace(/^\uFEFF/, '')).toBe(toCsv(cells));

      await user.click(screen.getByRole('button', { name: m.downloadCsvRaw }));
      expect(files[1]!.name).toBe('Health-Q1-Q2-raw.csv');
      const raw = (await files[1]!.blob.text()).replace(/^\uFEFF/, '').split('\r\n');
      expect(raw[0]).toBe(toCsv([cells[0]!]).replace(/\r\n$/, ''));
      const body = raw.slice(1, -1).map((line) => line.split(','));
      expect(body).toHaveLength(cells.length - 1);
      for (const [r, record] of body.entries()) {
        expect(record[0]).toBe(cells[r + 1]![0]);
        // Every value a plain number with '.' decimals, as many as the table shows.
        for (const [c, field] of record.slice(1).entries()) {
          expect(field).toMatch(/^-?\d+(\.\d)?$/);
          const shown = cells[r + 1]![c + 1]!;
          const decimals = /[.,](\d+)\D*$/.exec(shown.replace(/[\s\u00a0\u202f]/g, ''));
          if (!/[.,]\d{3}\D*$/.test(shown)) {
            expect((field.split('.')[1] ?? '').length).toBe(decimals?.[1]?.length ?? 0);
          }
        }
      }
      // The MRR share of the healthy tier: 8,000 of 11,000 shown as 72.7 %.
      expect(body[0]).toContain('72.7');
    },
  );
});
