/**
 * Small helpers shared by the benches: median timing over several runs, agreement checks before
 * any time is printed, ratios against a named alternative measured in the same run, and peak RSS.
 */
import { performance } from 'node:perf_hooks';

export interface Timing {
  name: string;
  medianMs: number;
  runsMs: number[];
}

/** Runs `fn` once to warm up, then `runs` times, and returns the median wall time. */
export function time(name: string, fn: () => unknown, runs = 5): Timing {
  fn();
  const runsMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    runsMs.push(performance.now() - start);
  }
  const sorted = [...runsMs].sort((a, b) => a - b);
  return { name, medianMs: sorted[Math.floor(sorted.length / 2)]!, runsMs };
}

/** Throws unless every implementation produced the same value (compared as JSON). */
export function assertAgree(results: Record<string, unknown>): void {
  const entries = Object.entries(results);
  const [firstName, first] = entries[0]!;
  const expected = JSON.stringify(first);
  for (const [name, value] of entries.slice(1)) {
    if (JSON.stringify(value) !== expected) {
      throw new Error(
        `bench: ${name} disagrees with ${firstName}; no time is printed for a wrong answer`,
      );
    }
  }
}

/** Peak resident set size of this process so far, in MB. */
export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** Prints one bench's table: median per implementation and its ratio to the subject. */
export function report(
  title: string,
  subject: Timing,
  others: Timing[],
  extra: Record<string, string> = {},
): void {
  console.log(`\n## ${title}`);
  console.log('| implementation | median ms | ratio (other / subject) |');
  console.log('|---|---:|---:|');
  console.log(`| ${subject.name} | ${subject.medianMs.toFixed(1)} | 1.00× |`);
  for (const other of others) {
    console.log(
      `| ${other.name} | ${other.medianMs.toFixed(1)} | ${(other.medianMs / subject.medianMs).toFixed(2)}× |`,
    );
  }
  for (const [key, value] of Object.entries(extra)) console.log(`${key}: ${value}`);
  console.log(`peak RSS: ${peakRssMb().toFixed(0)} MB`);
}
