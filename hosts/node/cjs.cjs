// @ts-check
/**
 * `@vitals/metrics` (root, `/react` and `/csv`) and `@vitals/sample-data` from CommonJS, as Jest
 * and older Node services load them. Prints a JSON report that the hosts test reads; every `…InstanceOf…` must be true.
 */
const { MetricsInputError, mrrMovements, netRevenueRetention, nps } = require('@vitals/metrics');
const { useNps } = require('@vitals/metrics/react');
const { readMrrSnapshotsCsv, withCsvLines } = require('@vitals/metrics/csv');
const { generateSampleData } = require('@vitals/sample-data');
const { createElement } = require('react');
const { renderToString } = require('react-dom/server');

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

async function main() {
  const esm = await import('@vitals/metrics');
  const { WINDOW, book } = await import('./book.js');
  const fromFunction = thrown(() => nps([10, 11]));
  const fromHook = hookError();
  const { snapshots } = book();
  // A quoted line break in line 2's segment moves the bad month to line 5 (index 2).
  const CSV =
    'accountId;period;mrr;segment\na;2025-01;1,5;"Small\nbusiness"\nb;2025-01;2;\nc;2025-13;3;';
  const csv = readMrrSnapshotsCsv(CSV, { decimal: ',' });
  const fromCsv = thrown(() => mrrMovements(csv.rows, { period: '2025-01' }));
  const esmCsv = await import('@vitals/metrics/csv');
  const fromCsvReader = thrown(() => esmCsv.readMrrSnapshotsCsv('x\n1'));
  console.log(
    JSON.stringify({
      format: 'cjs',
      nrr: netRevenueRetention(mrrMovements(snapshots, WINDOW)),
      functionErrorInstanceOfCjs: fromFunction instanceof MetricsInputError,
      functionErrorInstanceOfEsm: fromFunction instanceof esm.MetricsInputError,
      hookErrorInstanceOfCjs: fromHook instanceof MetricsInputError,
      hookErrorInstanceOfEsm: fromHook instanceof esm.MetricsInputError,
      errorIssues: fromFunction instanceof MetricsInputError ? fromFunction.issues : null,
      csvRows: csv.rows,
      csvErrorLines: withCsvLines(fromCsv, csv).map((issue) => issue.line),
      csvReaderErrorInstanceOfCjs: fromCsvReader instanceof MetricsInputError,
      sampleDataSameInEsm:
        JSON.stringify(generateSampleData({ seed: 7, accounts: 50 })) ===
        JSON.stringify(
          (await import('@vitals/sample-data')).generateSampleData({ seed: 7, accounts: 50 }),
        ),
    }),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
