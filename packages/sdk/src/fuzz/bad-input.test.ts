// Each exported function that once threw a TypeError on missing or wrong nested input: the
// ValidationError it throws now, and the field its first issue names.
import { describe, expect, it } from 'vitest';
import {
  attendanceRecord,
  byClinicianName,
  byRosterOrder,
  byStart,
  checkBookable,
  checkChangeAllowed,
  checkMarkAllowed,
  clinicianMatches,
  computeSlots,
  deriveAttendance,
  dueBy,
  foldName,
  inVisitWindow,
  nameSearch,
  overlapsAny,
  rangesOverlap,
  rosterOffset,
  rosterPage,
  slotWindow,
  toValidationIssues,
  visitWindow,
} from '../server/index.js';
import {
  icsFileName,
  isValidationError,
  parseOrThrow,
  problemToError,
  type Availability,
  type DepartmentPolicy,
  type Period,
} from '../index.js';

const AVAILABILITY: Availability = {
  clinicianId: 'clin-1',
  timeZone: 'UTC',
  slotMinutes: 50,
  bufferMinutes: 10,
  minNoticeMinutes: 0,
  horizonDays: 30,
  rules: [],
  exceptions: [],
};
const NOW = new Date('2026-03-02T15:00:00Z');
const LATER = new Date('2026-03-09T15:00:00Z');
const POLICY: DepartmentPolicy = {
  cadence: 'annual',
  periodStartMonth: 1,
  required: true,
  graceDays: 30,
  discreetReminders: true,
};
const PERIOD: Period = {
  id: '2026',
  cadence: 'annual',
  firstDay: '2026-01-01',
  lastDay: '2026-12-31',
};
const SLOTS = { availability: AVAILABILITY, busy: [], now: NOW, from: NOW, to: LATER };
const RANGE = { start: '2026-03-02T15:00:00Z', end: '2026-03-02T16:00:00Z' };
const ATTENDANCE = {
  policy: POLICY,
  period: PERIOD,
  timeZone: 'UTC',
  now: NOW,
  fulfilledVisitStarts: [],
  excused: false,
};
const OFFICER = { id: 'off-1', displayName: 'Alex Doe' };

/** Calls with arguments the types forbid, as plain JavaScript or a cast would. */
const loose = <F extends (...args: never[]) => unknown>(fn: F) =>
  fn as unknown as (...args: unknown[]) => ReturnType<F>;

/** [function, call, path of the first issue] */
const CASES: [string, () => unknown, (string | number)[]][] = [
  ['computeSlots', () => loose(computeSlots)({}), ['availability']],
  ['computeSlots', () => loose(computeSlots)(undefined), ['input']],
  ['computeSlots', () => loose(computeSlots)({ ...SLOTS, busy: undefined }), ['busy']],
  ['computeSlots', () => loose(computeSlots)({ ...SLOTS, busy: [RANGE, null] }), ['busy', 1]],
  ['checkBookable', () => loose(checkBookable)({ availability: null }), ['availability']],
  [
    'checkBookable',
    () => loose(checkBookable)({ ...SLOTS, busy: 'x', start: RANGE.start, modality: 'virtual' }),
    ['busy'],
  ],
  ['overlapsAny', () => loose(overlapsAny)(RANGE), ['others']],
  ['overlapsAny', () => loose(overlapsAny)(null, []), ['range']],
  ['overlapsAny', () => loose(overlapsAny)(RANGE, [7, RANGE]), ['others', 0]],
  ['overlapsAny', () => loose(overlapsAny)(RANGE, [{ start: 1, end: 2 }]), ['others', 0, 'start']],
  ['rangesOverlap', () => loose(rangesOverlap)(RANGE, undefined), ['b']],
  ['checkChangeAllowed', () => loose(checkChangeAllowed)(null, 0, NOW), ['visit']],
  ['checkMarkAllowed', () => loose(checkMarkAllowed)(undefined, NOW), ['visit']],
  ['deriveAttendance', () => loose(deriveAttendance)([]), ['input']],
  ['deriveAttendance', () => loose(deriveAttendance)({ ...ATTENDANCE, policy: 1 }), ['policy']],
  ['deriveAttendance', () => loose(deriveAttendance)({ ...ATTENDANCE, period: null }), ['period']],
  [
    'deriveAttendance',
    () => loose(deriveAttendance)({ ...ATTENDANCE, fulfilledVisitStarts: {} }),
    ['fulfilledVisitStarts'],
  ],
  [
    'deriveAttendance',
    () => loose(deriveAttendance)({ ...ATTENDANCE, excused: 'no' }),
    ['excused'],
  ],
  ['attendanceRecord', () => loose(attendanceRecord)(undefined, PERIOD, 'due'), ['officer']],
  ['attendanceRecord', () => loose(attendanceRecord)(OFFICER, PERIOD, 'late'), ['status']],
  [
    'attendanceRecord',
    () => loose(attendanceRecord)({ id: 'off-1' }, PERIOD, 'due'),
    ['officer', 'displayName'],
  ],
  ['dueBy', () => loose(dueBy)(PERIOD, undefined), ['policy']],
  ['dueBy', () => loose(dueBy)({}, POLICY), ['period', 'lastDay']],
  ['foldName', () => loose(foldName)({}), ['text']],
  ['nameSearch', () => loose(nameSearch)([]), ['search']],
  ['nameSearch', () => loose(nameSearch('zoe'))(null), ['displayName']],
  ['byClinicianName', () => loose(byClinicianName)(OFFICER, {}), ['b', 'displayName']],
  ['clinicianMatches', () => loose(clinicianMatches)(undefined), ['filter']],
  ['clinicianMatches', () => loose(clinicianMatches)({ language: 5 }), ['language']],
  ['byRosterOrder', () => loose(byRosterOrder)(null, OFFICER), ['a']],
  ['rosterOffset', () => loose(rosterOffset)(Object.create(null)), ['cursor']],
  ['rosterPage', () => loose(rosterPage)('x', {}), ['matching']],
  ['rosterPage', () => loose(rosterPage)([null], {}), ['matching', 0]],
  ['rosterPage', () => loose(rosterPage)([], undefined), ['query']],
  ['rosterPage', () => loose(rosterPage)([], { limit: 0 }), ['limit']],
  ['byStart', () => loose(byStart)({}, RANGE), ['a', 'start']],
  ['slotWindow', () => loose(slotWindow)(Object.create(null), RANGE.end), ['from']],
  ['slotWindow', () => loose(slotWindow)(RANGE.start, 'tomorrow'), ['to']],
  ['visitWindow', () => loose(visitWindow)(null, NOW), ['range']],
  ['visitWindow', () => loose(visitWindow)({}, 'now'), ['now']],
  ['visitWindow', () => loose(visitWindow)({ from: 3 }, NOW), ['from']],
  ['inVisitWindow', () => loose(inVisitWindow)({}), ['window', 'from']],
  ['icsFileName', () => loose(icsFileName)(null), ['status']],
  ['icsFileName', () => loose(icsFileName)({ status: 1 }), ['status']],
  ['problemToError', () => loose(problemToError)(undefined), []],
  ['problemToError', () => loose(problemToError)({ status: 'teapot' }), ['status']],
  ['parseOrThrow', () => loose(parseOrThrow)({}, 1, 'thing'), ['schema']],
  ['toValidationIssues', () => loose(toValidationIssues)({}), ['issues']],
  ['toValidationIssues', () => loose(toValidationIssues)([{}]), ['issues']],
];

async function validationError(call: () => unknown) {
  try {
    await call();
  } catch (error) {
    if (isValidationError(error)) return error;
    throw error;
  }
  throw new Error('expected a ValidationError, got a value');
}

describe('bad input to an exported function: a ValidationError naming the field', () => {
  it.each(CASES)('%s: %#', async (_name, call, path) => {
    const error = await validationError(call);
    expect(error.issues[0]?.path).toEqual(path);
  });
});
