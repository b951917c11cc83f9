import { expect } from '@open-wc/testing';
import type { AttendanceRecord, AttendanceStatus } from '@wellvisit/sdk';
import { countByStatus, matchingRows, searchKey, toRows, withStatus } from './roster-filter.js';

const record = (officerName: string, status: AttendanceStatus): AttendanceRecord => ({
  officerId: searchKey(officerName).replace(/\W+/g, '-'),
  officerName,
  periodId: '2026-07',
  status,
});

const rows = toRows([
  record('José Núñez', 'completed'),
  record('Josephine Bay', 'due'),
  record('Ana Ruiz', 'overdue'),
  record('Björk Ode', 'excused'),
]);

describe('roster search and filters', () => {
  it('searches names case- and accent-insensitively', () => {
    const names = matchingRows(rows, searchKey('JOSE')).map((row) => row.record.officerName);
    expect(names).to.deep.equal(['José Núñez', 'Josephine Bay']);
    expect(matchingRows(rows, searchKey('nunez'))).to.have.length(1);
    expect(matchingRows(rows, searchKey('bjork'))).to.have.length(1);
  });

  it('matches everyone for an empty search', () => {
    expect(matchingRows(rows, searchKey('  '))).to.have.length(4);
  });

  it('filters by status, or not at all', () => {
    expect(withStatus(rows, 'overdue').map((row) => row.record.officerName)).to.deep.equal([
      'Ana Ruiz',
    ]);
    expect(withStatus(rows, undefined)).to.have.length(4);
  });

  it('counts every status, zero included', () => {
    expect(countByStatus(rows)).to.deep.equal({
      completed: 1,
      due: 1,
      overdue: 1,
      excused: 1,
      'not-required': 0,
    });
  });
});
