import { expect } from '@open-wc/testing';
import { scheduleRange, shiftDate, todayIn } from './schedule-range.js';

describe('schedule ranges in the clinician time zone', () => {
  it('shows the Monday-to-Sunday week around a date', () => {
    const { days } = scheduleRange('week', '2026-03-04', 'America/New_York');
    expect(days).to.deep.equal([
      '2026-03-02',
      '2026-03-03',
      '2026-03-04',
      '2026-03-05',
      '2026-03-06',
      '2026-03-07',
      '2026-03-08',
    ]);
  });

  it('starts the week of a Sunday on the Monday before', () => {
    expect(scheduleRange('week', '2026-03-08', 'UTC').days[0]).to.equal('2026-03-02');
  });

  it('runs from local midnight to local midnight across a DST change', () => {
    const week = scheduleRange('week', '2026-03-04', 'America/New_York');
    expect(week.from).to.equal('2026-03-02T05:00:00Z');
    expect(week.to).to.equal('2026-03-09T04:00:00Z');
    const day = scheduleRange('day', '2026-03-08', 'America/New_York');
    expect(day.days).to.deep.equal(['2026-03-08']);
    expect(day.from).to.equal('2026-03-08T05:00:00Z');
    expect(day.to).to.equal('2026-03-09T04:00:00Z');
  });

  it('steps by a day or a week', () => {
    expect(shiftDate('day', '2026-02-28', 1)).to.equal('2026-03-01');
    expect(shiftDate('week', '2026-01-02', -1)).to.equal('2025-12-26');
  });

  it('reads today on the clinician clock, not the viewer clock', () => {
    const instant = new Date('2026-03-09T03:30:00Z');
    expect(todayIn('America/New_York', instant)).to.equal('2026-03-08');
    expect(todayIn('Asia/Tokyo', instant)).to.equal('2026-03-09');
  });
});
