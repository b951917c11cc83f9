export * from './visit-events.js';
