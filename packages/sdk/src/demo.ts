/** @wellvisit/sdk/demo — the demo world: its sessions, and its seed with a roster of any size. */
export { DEMO_SESSIONS } from './backends/memory/demo.js';
export { demoSeedWithRoster } from './backends/memory/demo-roster.js';
export type { DemoSeed, DemoVisit } from './backends/memory/demo.js';
