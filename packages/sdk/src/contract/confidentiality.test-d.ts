import { describe, expectTypeOf, it } from 'vitest';
import type { ForbiddenKey } from '../conformance/forbidden-keys.js';
import type {
  AttendanceRecord,
  ClinicianVisit,
  Department,
  ExcusalTerms,
  PolicyChange,
  RosterPage,
  RosterQuery,
  Visit,
} from '../model/index.js';
import type { DepartmentApi } from './department.js';
import type { CallOptions } from './options.js';

/** Every key at any depth of `T`, through arrays and nested objects. */
type DeepKeys<T> = T extends readonly (infer Item)[]
  ? DeepKeys<Item>
  : T extends object
    ? { [K in keyof T]-?: K | DeepKeys<T[K]> }[keyof T]
    : never;

type ForbiddenIn<T> = ForbiddenKey<DeepKeys<T>>;

type Method = keyof DepartmentApi;
type Returned<M extends Method> = Awaited<ReturnType<DepartmentApi[M]>>;
/** What a method accepts, except the call options every method takes last. */
type Accepted<M extends Method> = Exclude<
  Parameters<DepartmentApi[M]>[number],
  CallOptions | undefined
>;
type LastParameter<M extends Method> =
  Required<Parameters<DepartmentApi[M]>> extends [...unknown[], infer Last] ? Last : never;

declare const department: DepartmentApi;

describe('the department contract cannot express a visit', () => {
  it('has exactly these methods (adding one means revisiting this boundary)', () => {
    expectTypeOf<Method>().toEqualTypeOf<
      'department' | 'updatePolicy' | 'periods' | 'roster' | 'attendance' | 'excuse' | 'unexcuse'
    >();
  });

  it('the detector finds visit-like keys, so the checks below are not vacuous', () => {
    expectTypeOf<ForbiddenIn<Visit>>().toEqualTypeOf<
      | 'clinicianId'
      | 'modality'
      | 'place'
      | 'video'
      | 'url'
      | 'opensAt'
      | 'start'
      | 'end'
      | 'createdAt'
      | 'updatedAt'
    >();
    expectTypeOf<ForbiddenIn<{ rows: { visitReason: string }[] }>>().toEqualTypeOf<'visitReason'>();
    expectTypeOf<ForbiddenIn<{ notes: string; timeZone: string }>>().toEqualTypeOf<'notes'>();
  });

  it('no method returns anything with a visit-like key, at any depth', () => {
    expectTypeOf<ForbiddenIn<Returned<Method>>>().toEqualTypeOf<never>();
    expectTypeOf<ForbiddenIn<Returned<'roster'>>>().toEqualTypeOf<never>();
    expectTypeOf<ForbiddenIn<Returned<'attendance'>>>().toEqualTypeOf<never>();
    expectTypeOf<ForbiddenIn<Returned<'department'>>>().toEqualTypeOf<never>();
    expectTypeOf<ForbiddenIn<Returned<'periods'>>>().toEqualTypeOf<never>();
  });

  it('no method accepts anything with a visit-like key, at any depth', () => {
    expectTypeOf<ForbiddenIn<Accepted<Method>>>().toEqualTypeOf<never>();
    expectTypeOf<ForbiddenIn<Accepted<'updatePolicy'>>>().toEqualTypeOf<never>();
    expectTypeOf<ForbiddenIn<Accepted<'roster'>>>().toEqualTypeOf<never>();
  });

  it('the department and its policy history carry exactly these fields, all dates are days', () => {
    expectTypeOf<keyof Department>().toEqualTypeOf<
      'id' | 'name' | 'timeZone' | 'policy' | 'policyChanges' | 'programStart'
    >();
    expectTypeOf<keyof PolicyChange>().toEqualTypeOf<'effectiveFrom' | 'policy'>();
    expectTypeOf<keyof ExcusalTerms>().toEqualTypeOf<'category' | 'lastDay'>();
    expectTypeOf<keyof RosterPage>().toEqualTypeOf<
      'period' | 'dueBy' | 'records' | 'counts' | 'total' | 'nextCursor'
    >();
    expectTypeOf<RosterPage['dueBy']>().toEqualTypeOf<string>();
    expectTypeOf<ExcusalTerms['category']>().toEqualTypeOf<
      'leave' | 'injury' | 'military' | 'other'
    >();
    expectTypeOf<ForbiddenIn<Accepted<'excuse'>>>().toEqualTypeOf<never>();
    expectTypeOf<Department['policyChanges'][number]>().toEqualTypeOf<PolicyChange>();
    expectTypeOf<PolicyChange['effectiveFrom']>().toEqualTypeOf<string>();
  });

  it('every method takes the call options last', () => {
    expectTypeOf<{ [M in Method]: LastParameter<M> }[Method]>().toEqualTypeOf<CallOptions>();
  });

  it('returns no visit type', () => {
    expectTypeOf<Returned<Method>>().not.toEqualTypeOf<Visit>();
    expectTypeOf<
      Extract<Returned<Method>, Visit | ClinicianVisit | Visit[]>
    >().toEqualTypeOf<never>();
  });

  it('rejects visit fields where a caller might try to slip them in', () => {
    // @ts-expect-error the department has no method that lists visits
    department.listVisits;
    // @ts-expect-error the department has no method that reads a visit
    department.getVisit;
    // @ts-expect-error a roster cannot be filtered by clinician
    void department.roster({ clinicianId: 'c-1' });
    // @ts-expect-error a roster cannot be filtered by time
    void department.roster({ start: '2026-03-08T14:00:00Z' });
    // @ts-expect-error the call options carry no visit either
    void department.attendance('o-1', '2026-07', { visitId: 'v-1' });
    expectTypeOf<RosterQuery>().not.toHaveProperty('modality');
  });
});

describe('AttendanceRecord is exactly four keys', () => {
  it('has officerId, officerName, periodId and status, and nothing else', () => {
    expectTypeOf<keyof AttendanceRecord>().toEqualTypeOf<
      'officerId' | 'officerName' | 'periodId' | 'status'
    >();
    expectTypeOf<AttendanceRecord['status']>().toEqualTypeOf<
      'completed' | 'due' | 'overdue' | 'excused' | 'not-required'
    >();
  });

  it('refuses an extra field in a literal', () => {
    const record: AttendanceRecord = {
      officerId: 'o-1',
      officerName: 'Ana Ruiz',
      periodId: '2026-07',
      status: 'completed',
      // @ts-expect-error a record has no place for a visit time
      start: '2026-03-08T14:00:00Z',
    };
    expectTypeOf(record).toEqualTypeOf<AttendanceRecord>();
  });

  it('keeps roster pages and departments free of visit keys too', () => {
    expectTypeOf<ForbiddenIn<RosterPage>>().toEqualTypeOf<never>();
    expectTypeOf<ForbiddenIn<Department>>().toEqualTypeOf<never>();
  });
});
