import { formatPeriod, parsePeriod } from '../core/calendar';
import type { MrrSnapshot } from './types';

/**
 * An independent, deliberately naive oracle for SPEC §3 movement totals (valid rows only, months
 * only): Map of Maps, plain loops, no shared code with the engine. Tests compare the engine to it.
 */
export function referenceMovements(rows: readonly MrrSnapshot[], from: string, to: string) {
  const byAccount = new Map<string, Map<number, number>>();
  for (const row of rows) {
    const month = parsePeriod(row.period)!;
    const months = byAccount.get(row.accountId) ?? new Map<number, number>();
    byAccount.set(row.accountId, months);
    months.set(month, (months.get(month) ?? 0) + row.mrr);
  }
  const f = parsePeriod(from)!;
  const t = parsePeriod(to)!;
  const out = {
    starting: 0,
    ending: 0,
    new: 0,
    reactivation: 0,
    expansion: 0,
    contraction: 0,
    churn: 0,
  };
  const counts = {
    starting: 0,
    ending: 0,
    retained: 0,
    new: 0,
    reactivation: 0,
    expansion: 0,
    contraction: 0,
    churn: 0,
    newAndChurned: 0,
  };
  for (const months of byAccount.values()) {
    const s = months.get(f) ?? 0;
    const e = months.get(t) ?? 0;
    const paidBefore = [...months].some(([m, v]) => m < f && v > 0);
    const paidInside = [...months].some(([m, v]) => m > f && m < t && v > 0);
    if (s > 0) {
      out.starting += s;
      counts.starting++;
    }
    if (e > 0) {
      out.ending += e;
      counts.ending++;
    }
    if (s > 0 && e > 0) counts.retained++;
    if (s > 0 && e === 0) {
      out.churn += s;
      counts.churn++;
    } else if (s > 0 && e > s) {
      out.expansion += e - s;
      counts.expansion++;
    } else if (s > 0 && e < s) {
      out.contraction += s - e;
      counts.contraction++;
    } else if (s === 0 && e > 0 && paidBefore) {
      out.reactivation += e;
      counts.reactivation++;
    } else if (s === 0 && e > 0) {
      out.new += e;
      counts.new++;
    } else if (s === 0 && e === 0 && paidInside) counts.newAndChurned++;
  }
  return { from: formatPeriod(f), to: formatPeriod(t), ...out, counts };
}
