/**
 * The parity suite: on random books, every query's result on DuckDB and on PostgreSQL equals the
 * pure function's on the same rows (money to 1e-9 relative, counts exactly). A failure names the
 * dialect, the query and the first differing field.
 */
import fc from 'fast-check';
import {
  type Scorecard,
  ces,
  cohortRetention,
  csat,
  mrrMovements,
  mrrMovementsSeries,
  nps,
  scoreHealth,
} from '@vitals/metrics';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cesQuery,
  cohortRetentionQuery,
  csatQuery,
  healthScoresQuery,
  movementsQuery,
  movementsSeriesQuery,
  npsQuery,
} from '../src';
import type { SqlQuery } from '../src/movements';
import { SNAPSHOT_COLUMNS, SNAPSHOT_MAPPING, books, snapshotCells, windows } from './books';
import {
  type Cell,
  type Column,
  type Engine,
  duckdbEngine,
  firstDifference,
  postgresEngine,
} from './engines';

const RUNS = 40;
let table = 0;

for (const open of [duckdbEngine, postgresEngine]) {
  describe(`parity on ${open.name.replace('Engine', '')}`, () => {
    let engine: Engine;
    beforeAll(async () => {
      engine = await open();
    });
    afterAll(async () => {
      await engine?.close();
    });

    /** Loads `rows`, runs each query, and checks its result against the pure one. */
    async function check<T>(
      rows: Parameters<typeof snapshotCells>[0],
      cases: readonly { query: (name: string) => SqlQuery<T>; expected: T }[],
    ): Promise<void> {
      await checkTable(SNAPSHOT_COLUMNS, snapshotCells(rows), cases);
    }

    async function checkTable<T>(
      columns: readonly Column[],
      cells: readonly (readonly Cell[])[],
      cases: readonly { query: (name: string) => SqlQuery<T>; expected: T }[],
    ): Promise<void> {
      const name = `book_${++table}`;
      await engine.load(name, columns, cells);
      try {
        for (const { query, expected } of cases) {
          const q = query(name);
          const actual = q.toResult(await engine.run(q.sql, q.params));
          const difference = firstDifference(actual, expected);
          expect(
            difference,
            `${engine.dialect}: first difference ${difference}\nquery:\n${q.sql}\nparams: ${JSON.stringify(q.params)}`,
          ).toBeNull();
        }
      } finally {
        await engine.drop(name);
      }
    }

    it('movementsSeriesQuery equals mrrMovementsSeries (month, quarter, year)', async () => {
      await fc.assert(
        fc.asyncProperty(books, windows, async (rows, window) => {
          await check(rows, [
            {
              query: (name) =>
                movementsSeriesQuery({
                  dialect: engine.dialect,
                  table: name,
                  columns: SNAPSHOT_MAPPING,
                  ...window,
                }),
              expected: mrrMovementsSeries(rows, { ...window, includeAccounts: false }),
            },
          ]);
        }),
        { numRuns: RUNS },
      );
    });

    it('movementsQuery equals mrrMovements, with and without accounts', async () => {
      await fc.assert(
        fc.asyncProperty(books, windows, async (rows, window) => {
          const expected = mrrMovements(rows, window);
          await check(rows, [
            {
              query: (name) =>
                movementsQuery({
                  dialect: engine.dialect,
                  table: name,
                  columns: SNAPSHOT_MAPPING,
                  ...window,
                }),
              expected,
            },
            {
              query: (name) =>
                movementsQuery({
                  dialect: engine.dialect,
                  table: name,
                  columns: SNAPSHOT_MAPPING,
                  ...window,
                  includeAccounts: false,
                }),
              expected: { ...expected, accounts: [] },
            },
          ]);
        }),
        { numRuns: RUNS },
      );
    });

    it('movementsQuery({ period }) equals mrrMovements({ period })', async () => {
      await fc.assert(
        fc.asyncProperty(books, fc.integer({ min: 0, max: 22 }), async (rows, offset) => {
          const month = 2023 * 12 + 9 + offset;
          const period = `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
          await check(rows, [
            {
              query: (name) =>
                movementsQuery({
                  dialect: engine.dialect,
                  table: name,
                  columns: SNAPSHOT_MAPPING,
                  period,
                }),
              expected: mrrMovements(rows, { period }),
            },
          ]);
        }),
        { numRuns: 15 },
      );
    });

    it('cohortRetentionQuery equals cohortRetention (month, quarter, year, bounds)', async () => {
      const options = fc.record(
        {
          grain: fc.constantFrom('month' as const, 'quarter' as const, 'year' as const),
          from: fc.constantFrom('2023-12', '2024-05'),
          to: fc.constantFrom('2024-06', '2025-06'),
        },
        { requiredKeys: ['grain'] },
      );
      await fc.assert(
        fc.asyncProperty(books, options, async (rows, opts) => {
          await check(rows, [
            {
              query: (name) =>
                cohortRetentionQuery({
                  dialect: engine.dialect,
                  table: name,
                  columns: SNAPSHOT_MAPPING,
                  ...opts,
                }),
              expected: cohortRetention(rows, opts),
            },
          ]);
        }),
        { numRuns: RUNS },
      );
    });

    it('npsQuery, csatQuery and cesQuery equal nps, csat and ces', async () => {
      const surveys = fc.record({
        nps: fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 60 }),
        scale: fc.integer({ min: 2, max: 10 }),
        raw: fc.array(fc.nat(), { maxLength: 60 }),
        threshold: fc.integer({ min: 0, max: 40 }),
        higherIsEasier: fc.boolean(),
      });
      await fc.assert(
        fc.asyncProperty(
          surveys,
          async ({ nps: scores, scale, raw, threshold, higherIsEasier }) => {
            const onScale = raw.map((n) => 1 + (n % scale));
            const column: Column[] = [{ name: 'rating', type: 'DOUBLE PRECISION' }];
            const columns = { score: 'rating' };
            await checkTable<unknown>(
              column,
              scores.map((s) => [s]),
              [
                {
                  query: (name) =>
                    npsQuery({
                      dialect: engine.dialect,
                      table: name,
                      columns,
                      lowSampleThreshold: threshold,
                    }),
                  expected: nps(scores, { lowSampleThreshold: threshold }),
                },
              ],
            );
            await checkTable<unknown>(
              column,
              onScale.map((s) => [s]),
              [
                {
                  query: (name) =>
                    csatQuery({ dialect: engine.dialect, table: name, columns, scale }),
                  expected: csat(onScale, { scale }),
                },
                {
                  query: (name) =>
                    cesQuery({
                      dialect: engine.dialect,
                      table: name,
                      columns,
                      scale,
                      higherIsEasier,
                    }),
                  expected: ces(onScale, { scale, higherIsEasier }),
                },
              ],
            );
          },
        ),
        { numRuns: RUNS },
      );
    });

    it('healthScoresQuery equals scoreHealth (weighted and worst-of, every normalizer, missing policies)', async () => {
      const signal = (max: number) =>
        fc.option(fc.integer({ min: 0, max }), { nil: null, freq: 4 });
      const accounts = fc.uniqueArray(
        fc.record({
          id: fc.integer({ min: 0, max: 999 }).map((n) => `acct-${n}`),
          logins: signal(40),
          tickets: signal(12),
          champion: signal(1),
          usage: signal(6),
        }),
        { selector: (a) => a.id, maxLength: 25 },
      );
      const scorecards = fc.record({
        model: fc.constantFrom('weighted' as const, 'worst-of' as const),
        missing: fc.constantFrom('reweight' as const, 'zero' as const, 'neutral' as const),
        invert: fc.boolean(),
        weights: fc.tuple(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 60 })),
      });
      await fc.assert(
        fc.asyncProperty(accounts, scorecards, async (rows, card) => {
          const scorecard: Scorecard = {
            model: card.model,
            missing: card.missing,
            categories: [
              {
                id: 'adoption',
                weight: card.weights[0],
                measures: [
                  {
                    id: 'logins',
                    signal: 'logins',
                    weight: 2,
                    normalize: { type: 'range', min: 0, max: 30, invert: card.invert },
                  },
                  { id: 'usage', signal: 'usage', normalize: { type: 'percentile' } },
                ],
              },
              {
                id: 'support',
                weight: card.weights[1],
                measures: [
                  {
                    id: 'tickets',
                    signal: 'tickets',
                    normalize: {
                      type: 'steps',
                      steps: [
                        { min: 0, score: 100 },
                        { min: 3, score: 60 },
                        { min: 8, score: 10 },
                      ],
                    },
                  },
                  {
                    id: 'champion',
                    signal: 'champion',
                    weight: 3,
                    normalize: { type: 'boolean', whenTrue: 90, whenFalse: 20 },
                  },
                ],
              },
            ],
          };
          const columns: Column[] = [
            { name: 'account', type: 'VARCHAR' },
            { name: 'logins', type: 'DOUBLE PRECISION' },
            { name: 'open tickets', type: 'DOUBLE PRECISION' },
            { name: 'champion', type: 'DOUBLE PRECISION' },
            { name: 'usage', type: 'DOUBLE PRECISION' },
          ];
          await checkTable<unknown>(
            columns,
            rows.map((r) => [r.id, r.logins, r.tickets, r.champion, r.usage]),
            [
              {
                query: (name) =>
                  healthScoresQuery({
                    dialect: engine.dialect,
                    table: name,
                    columns: { accountId: 'account', signals: { tickets: 'open tickets' } },
                    scorecard,
                  }),
                expected: scoreHealth(
                  rows.map(({ id, ...signals }) => ({ id, signals })),
                  scorecard,
                ),
              },
            ],
          );
        }),
        { numRuns: RUNS },
      );
    });
  });
}
