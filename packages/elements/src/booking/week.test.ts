import { expect } from '@open-wc/testing';
import { addDays } from '@wellvisit/sdk';
import { mondayOf, startOfDay, weekRange } from './week.js';

describe('week arithmetic in a time zone', () => {
  it('adds days across month and year ends', () => {
    expect(addDays('2026-12-30', 3)).to.equal('2027-01-02');
    expect(addDays('2026-03-01', -1)).to.equal('2026-02-28');
  });

  it('finds the Monday of the week as the zone reads the instant', () => {
    // Sunday 2026-03-08 23:30 in New York is already Monday 03:30 in UTC.
    const instant = new Date('2026-03-09T03:30:00Z');
    expect(mondayOf(instant, 'America/New_York')).to.equal('2026-03-02');
    expect(mondayOf(instant, 'UTC')).to.equal('2026-03-09');
  });

  it('starts a day at local midnight, DST days included', () => {
    expect(startOfDay('2026-03-08', 'America/New_York').toISOString()).to.equal(
      '2026-03-08T05:00:00.000Z',
    );
    expect(startOfDay('2026-03-09', 'America/New_York').toISOString()).to.equal(
      '2026-03-09T04:00:00.000Z',
    );
    expect(startOfDay('2026-10-25', 'Europe/Madrid').toISOString()).to.equal(
      '2026-10-24T22:00:00.000Z',
    );
  });

  it('spans a week that contains a DST change with its true length', () => {
    const { from, to } = weekRange('2026-03-02', 'America/New_York');
    expect((to.getTime() - from.getTime()) / 3_600_000).to.equal(7 * 24 - 1);
  });
});
