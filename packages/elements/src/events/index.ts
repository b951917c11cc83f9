export * from './visit-events.js';
export * from './availability-events.js';
