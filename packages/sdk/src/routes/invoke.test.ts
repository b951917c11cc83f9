import { describe, expect, it } from 'vitest';
import type { WellvisitBackend } from '../contract/index.js';
import { invokeRoute } from './invoke.js';
import { API_ROUTES } from './routes.js';

// A backend whose `officer.me` answers something that is not an officer.
const broken = {
  officer: { me: () => Promise.resolve({ id: 42 }) },
} as unknown as WellvisitBackend;
const me = () => invokeRoute('officer.me', API_ROUTES['officer.me'], { backend: broken }, {}, {});

describe('invokeRoute response checks', () => {
  it('checks every response against its schema by default (tests, development)', async () => {
    await expect(me()).rejects.toMatchObject({ code: 'invalid-response' });
  });

  it('passes the result through untouched when told not to (production: clients check)', async () => {
    const result = await invokeRoute(
      'officer.me',
      API_ROUTES['officer.me'],
      { backend: broken },
      {},
      { checkResponse: false },
    );
    expect(result).toEqual({ id: 42 });
  });
});
