export * from './errors.js';
export * from './guards.js';
export * from './validate.js';
export * from './problem.js';
export * from './principal.js';
