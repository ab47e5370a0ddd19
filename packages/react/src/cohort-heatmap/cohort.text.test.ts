import { type MrrSnapshot, cohortRetention, pooledRetentionByAge } from '@vitals/metrics';
import { describe, expect, it } from 'vitest';
import { messagesForLocale } from '../messages/catalogues';
import { createFormatters } from '../provider/format';
import { cohortHeatmapModel } from './cohort.geometry';
import {
  ageAxisLabel,
  ageLabel,
  cellLabel,
  cellText,
  heatmapSummary,
  heatmapTableColumns,
  heatmapTableRows,
  periodLabel,
  smallCohortReason,
} from './cohort.text';

const us = createFormatters('en-US', 'USD');
const de = createFormatters('de-DE', 'EUR');
const row = (accountId: string, period: string, mrr: number): MrrSnapshot => ({
  accountId,
  period,
  mrr,
});

describe('periodLabel', () => {
  it('names months through Intl in the locale', () => {
    expect(periodLabel('2025-03', 'en-US')).toBe('Mar 2025');
    expect(periodLabel('2025-03', 'de-DE')).toBe('März 2025');
    expect(periodLabel('2024-12', 'ja-JP')).toBe('2024年12月');
  });

  it('writes quarters as Qn YYYY and keeps years as they are', () => {
    expect(periodLabel('2025-Q1', 'en-US')).toBe('Q1 2025');
    expect(periodLabel('2024-Q4', 'de-DE')).toBe('Q4 2024');
    expect(periodLabel('2025', 'en-US')).toBe('2025');
  });
});

describe('ages and reasons', () => {
  it('names ages and the age axis by grain', () => {
    expect(ageLabel(3, 'month', us)).toBe('month 3');
    expect(ageLabel(2, 'quarter', us)).toBe('quarter 2');
    expect(ageAxisLabel('quarter')).toBe('Quarters since first payment');
    expect(ageAxisLabel('year')).toBe('Years since first payment');
  });

  it('says why a small cohort is greyed, with what one account weighs', () => {
    expect(smallCohortReason(4, 10, us)).toBe(
      'Small cohort: 4 accounts, fewer than 10; one account moves its rate by 25.0%',
    );
    expect(smallCohortReason(1, 10, us)).toBe(
      'Small cohort: 1 account, fewer than 10; one account moves its rate by 100.0%',
    );
  });

  it('writes nothing in a future cell, — without starting MRR, and the rate otherwise', () => {
    expect(cellText({ state: 'future', retention: null }, us)).toBe('');
    expect(cellText({ state: 'no-initial-mrr', retention: null }, us)).toBe('—');
    expect(cellText({ state: 'value', retention: 0 }, us)).toBe('0.0%');
    expect(cellText({ state: 'value', retention: 2 / 3 }, de)).toBe('66,7\u00a0%');
  });
});

describe('labels, summary and table at quarter grain', () => {
  // Q1: a (100 → 150 in June), b (churns in March). Q2: c (70 at the end of June). Data to June.
  const table = cohortRetention(
    [
      row('a', '2025-01', 100),
      row('a', '2025-03', 100),
      row('a', '2025-06', 150),
      row('b', '2025-02', 200),
      row('b', '2025-03', 0),
      row('c', '2025-04', 70),
      row('c', '2025-06', 70),
    ],
    { grain: 'quarter' },
  );
  const model = cohortHeatmapModel(table, {
    metric: 'logo',
    minCohortSize: 2,
    maxIntervalWidth: 1,
  });
  const context = {
    metric: 'logo' as const,
    grain: 'quarter' as const,
    minCohortSize: 2,
    maxIntervalWidth: 1,
    lastPeriod: table.lastPeriod,
    format: us,
  };

  it('labels a cell with its cohort, age, period, rate, counts and the small-cohort reason', () => {
    const q1 = model.rows[0]!;
    expect(cellLabel(q1, q1.cells[1]!, context)).toBe(
      'Q1 2025 cohort, quarter 1 (Q2 2025): Logo retention 50.0%, 1 of 2 accounts active, MRR $150',
    );
    const q2 = model.rows[1]!;
    expect(cellLabel(q2, q2.cells[0]!, context)).toBe(
      'Q2 2025 cohort, quarter 0 (Q2 2025): Logo retention 100.0%, 1 of 1 account active, MRR $70. Small cohort: 1 account, fewer than 2; one account moves its rate by 100.0%',
    );
    expect(cellLabel(q2, q2.cells[1]!, context)).toBe(
      'Q2 2025 cohort, quarter 1: not observed yet (the data ends in Q2 2025)',
    );
  });

  it('summarises the cohorts and the pooled rates in words', () => {
    const summary = heatmapSummary(
      model,
      pooledRetentionByAge(table.cohorts, 'logo', [1]),
      context,
    );
    expect(summary).toBe(
      'Logo retention of 2 quarterly cohorts from Q1 2025 to Q2 2025, 3 accounts. Pooled over cohorts: after 1 quarter 50.0% (1 cohort). 1 cohort has fewer than 2 accounts and is greyed.',
    );
  });

  it('agrees the nouns with their own numbers: the floor in the summary, the cohort size in the counts', () => {
    // French takes the singular below 2: "moins de 1,5 client", and "1 sur 1 client actif".
    const fr = createFormatters('fr-FR', 'EUR');
    const m = messagesForLocale('fr-FR').cohortHeatmap;
    const frModel = cohortHeatmapModel(table, {
      metric: 'logo',
      minCohortSize: 1.5,
      maxIntervalWidth: 1,
    });
    const frContext = { ...context, minCohortSize: 1.5, format: fr, m };
    expect(heatmapSummary(frModel, [], frContext)).toMatch(
      new RegExp(`1 cohorte compte moins de ${fr.count(1.5)} client et est grisée\\.$`),
    );
    const q2 = frModel.rows[1]!;
    expect(cellLabel(q2, q2.cells[0]!, frContext)).toContain(
      `1 sur 1 client actif, MRR ${fr.currency(70)}`,
    );
    // English: "fewer than 2 accounts", whatever the number of cohorts; "1 of 2 accounts active".
    expect(heatmapSummary(model, [], context)).toMatch(/1 cohort has fewer than 2 accounts/);
    const q1 = model.rows[0]!;
    expect(cellLabel(q1, q1.cells[1]!, context)).toContain('1 of 2 accounts active');
  });

  it('gives the table one column per age and keeps future cells empty', () => {
    expect(heatmapTableColumns(model, 'quarter', us).map((c) => c.header)).toEqual([
      'Accounts',
      'Starting MRR',
      'Quarter 0',
      'Quarter 1',
      'Note',
    ]);
    const rows = heatmapTableRows(model, context);
    expect(rows.map((r) => r.header)).toEqual(['Q1 2025', 'Q2 2025']);
    expect(rows[0]!.cells).toMatchObject({
      'age-0': '50.0% (1 of 2)',
      'age-1': '50.0% (1 of 2)',
      note: '',
    });
    expect(rows[1]!.cells['age-1']).toBe('');
    expect(rows[1]!.cells.note).toMatch(/^Small cohort: 1 account/);
    const revenue = heatmapTableRows(
      cohortHeatmapModel(table, { metric: 'revenue', minCohortSize: 2, maxIntervalWidth: 1 }),
      { ...context, metric: 'revenue' },
    );
    expect(revenue[0]!.cells['age-1']).toBe('150.0% ($150)');
  });
});
