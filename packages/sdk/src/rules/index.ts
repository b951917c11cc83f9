export * from './time.js';
export { rangesOverlap, overlapsAny, type TimeRange } from './overlap.js';
export * from './slots.js';
export * from './notice.js';
export * from './periods.js';
export * from './attendance.js';
export * from './reminders.js';
