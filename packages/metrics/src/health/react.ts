// Hooks of the health family.
export {};
