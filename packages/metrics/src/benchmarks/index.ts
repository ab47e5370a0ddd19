// The benchmarks family: its pure functions and types are exported from here.
export {};
