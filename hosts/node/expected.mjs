// @ts-check
/**
 * The numbers every host page must show, computed by the installed `@vitals/metrics` on the
 * same book: printed as JSON for the hosts test, which formats them per locale.
 */
import { grossRevenueRetention, mrrMovements, netRevenueRetention, nps } from '@vitals/metrics';
import { WINDOW, book } from './book.js';

const data = book();
const year = mrrMovements(data.snapshots, WINDOW);
console.log(
  JSON.stringify({
    nrr: netRevenueRetention(year),
    grr: grossRevenueRetention(year),
    startingMrr: year.startingMrr,
    endingMrr: year.endingMrr,
    nps: nps(data.npsResponses).score,
  }),
);
