// Filled in by the component that lives in this folder; re-exported by src/index.ts.
export {};
