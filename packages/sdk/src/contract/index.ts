export type * from './options.js';
export type * from './officer.js';
export type * from './clinician.js';
export type * from './department.js';
export type * from './admin.js';
export type * from './backend.js';
