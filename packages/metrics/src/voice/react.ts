// Hooks of the voice family.
export {};
