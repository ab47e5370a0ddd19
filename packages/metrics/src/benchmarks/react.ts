// Hooks of the benchmarks family.
export {};
