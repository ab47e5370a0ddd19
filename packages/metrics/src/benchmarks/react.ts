// Hooks of the benchmarks family: none. rateAgainstBenchmark and benchmarkBands are cheap pure
// calls on one value, so components call them directly (SPEC §8 lists no benchmark hook).
export {};
