// @ts-check
/**
 * `@vitals/metrics` (root, `/react` and `/csv`) and `@vitals/sample-data` in a plain Node ES
 * module, as a vendor's backend job uses them. Prints a JSON report that the hosts test reads; every `…InstanceOf…` must be true.
 */
import { createRequire } from 'node:module';
import { MetricsInputError, mrrMovements, netRevenueRetention, nps } from '@vitals/metrics';
import { readMrrSnapshotsCsv, withCsvLines } from '@vitals/metrics/csv';
import { useNps } from '@vitals/metrics/react';
import { generateSampleData } from '@vitals/sample-data';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { WINDOW, book } from './book.js';

const require = createRequire(import.meta.url);
/** @type {typeof import('@vitals/metrics')} */
const cjsMetrics = require('@vitals/metrics');
/** @type {typeof import('@vitals/sample-data')} */
const cjsSample = require('@vitals/sample-data');
/** @type {typeof import('@vitals/metrics/csv')} */
const cjsCsv = require('@vitals/metrics/csv');

/** The error a call throws, or null. */
function thrown(/** @type {() => unknown} */ call) {
  try {
    call();
    return null;
  } catch (error) {
    return error;
  }
}

/** The `error` a hook returns for bad input, read through a server render. */
function hookError() {
  /** @type {unknown} */
  let error = null;
  function Probe() {
    error = useNps({ responses: [10, 11] }).error;
    return null;
  }
  renderToString(createElement(Probe));
  return error;
}

const fromFunction = thrown(() => nps([10, 11]));
const fromHook = hookError();
const { snapshots } = book();
// A quoted line break in line 2's segment moves the bad month to line 5 (index 2).
const CSV =
  'accountId;period;mrr;segment\na;2025-01;1,5;"Small\nbusiness"\nb;2025-01;2;\nc;2025-13;3;';
const csv = readMrrSnapshotsCsv(CSV, { decimal: ',' });
const fromCsv = thrown(() => mrrMovements(csv.rows, { period: '2025-01' }));
const fromCsvReader = thrown(() => cjsCsv.readMrrSnapshotsCsv('x\n1'));

console.log(
  JSON.stringify({
    format: 'esm',
    nrr: netRevenueRetention(mrrMovements(snapshots, WINDOW)),
    functionErrorInstanceOfEsm: fromFunction instanceof MetricsInputError,
    functionErrorInstanceOfCjs: fromFunction instanceof cjsMetrics.MetricsInputError,
    hookErrorInstanceOfEsm: fromHook instanceof MetricsInputError,
    hookErrorInstanceOfCjs: fromHook instanceof cjsMetrics.MetricsInputError,
    errorIssues: fromFunction instanceof MetricsInputError ? fromFunction.issues : null,
    csvRows: csv.rows,
    csvErrorLines: withCsvLines(fromCsv, csv).map((issue) => issue.line),
    csvReaderErrorInstanceOfEsm: fromCsvReader instanceof MetricsInputError,
    sampleDataSameInCjs:
      JSON.stringify(generateSampleData({ seed: 7, accounts: 50 })) ===
      JSON.stringify(cjsSample.generateSampleData({ seed: 7, accounts: 50 })),
  }),
);
