import { expect } from '@open-wc/testing';
import { createMemoryBackend, type WellvisitBackend } from '@wellvisit/sdk';
import { loadRoster } from './roster-load.js';

const NOW = new Date('2026-11-18T16:00:00Z');

/** 23 officers, served by a backend whose pages hold at most 5 of them. */
function smallPages(): { backend: WellvisitBackend; queries: unknown[] } {
  const memory = createMemoryBackend({
    now: () => NOW,
    seed: {
      departments: [
        {
          id: 'dept',
          name: 'Dept',
          timeZone: 'UTC',
          policy: { cadence: 'annual', periodStartMonth: 7, required: true, graceDays: 30 },
        },
      ],
      officers: Array.from({ length: 23 }, (_, i) => ({
        id: `officer-${String(i).padStart(2, '0')}`,
        departmentId: 'dept',
        displayName: `Officer ${String(i).padStart(2, '0')}`,
        timeZone: 'UTC',
      })),
    },
  });
  const real = memory.as({ role: 'department-admin', adminId: 'admin', departmentId: 'dept' });
  const queries: unknown[] = [];
  const backend: WellvisitBackend = {
    ...real,
    department: {
      ...real.department,
      roster: (query, options) => {
        queries.push(query);
        return real.department.roster({ ...query, limit: Math.min(query?.limit ?? 5, 5) }, options);
      },
    },
  };
  return { backend, queries };
}

describe('loading the roster', () => {
  it('asks for large pages and follows nextCursor to the end', async () => {
    const { backend, queries } = smallPages();
    const { period, records } = await loadRoster(backend, undefined, new AbortController().signal);
    expect(period.id).to.equal('2026-07');
    expect(records).to.have.length(23);
    expect(new Set(records.map((record) => record.officerId)).size).to.equal(23);
    expect(queries).to.have.length(5);
    expect(queries[0]).to.deep.equal({ limit: 10_000 });
    expect(queries[1]).to.include({ periodId: '2026-07', limit: 10_000 });
  });

  it('stops when aborted', async () => {
    const { backend } = smallPages();
    const controller = new AbortController();
    controller.abort(new Error('gone'));
    let failure: unknown;
    try {
      await loadRoster(backend, '2026-07', controller.signal);
    } catch (error) {
      failure = error;
    }
    expect(failure).to.be.instanceOf(Error);
  });
});
