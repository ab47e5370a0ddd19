// Hooks of the engagement family.
export {};
