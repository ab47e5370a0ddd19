// Hooks of the cohorts family.
export {};
