import { describe, expect, it } from 'vitest';
import * as root from './index.js';
import * as server from './server/index.js';

// The root is what SDK users (and browsers) import: the model, the contract, errors, the two
// factories, calendar files and zone helpers. Server-side pieces live in `./server`.
describe('the SDK root', () => {
  const names = Object.keys(root);

  it('stays narrow: at most 90 runtime exports', () => {
    expect(names.length).toBeGreaterThan(40);
    expect(names.length).toBeLessThanOrEqual(90);
  });

  it('exports nothing that only a server needs', () => {
    const serverOnly = [
      'API_ROUTES',
      'invokeRoute',
      'createEngine',
      'createFetchHandler',
      'errorToProblem',
      'wrongRoleError',
      'rosterPage',
      'LISTED_PERIODS',
      'computeSlots',
      'DEMO_SESSIONS',
    ];
    expect(names.filter((name) => serverOnly.includes(name))).toEqual([]);
    for (const name of serverOnly.slice(0, -1)) expect(server).toHaveProperty(name);
  });
});
