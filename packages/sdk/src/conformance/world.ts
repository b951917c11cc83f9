import type { WellvisitBackend } from '../contract/index.js';
import type {
  Availability,
  Clinician,
  Department,
  DepartmentPolicy,
  Officer,
  Session,
  Slot,
  Visit,
} from '../model/index.js';
import { nextAttendanceBatch } from '../rules/index.js';
import { ConformanceFailure, check } from './assert.js';
import type { ConformanceBackend } from './harness.js';

export const TIME_ZONE = 'America/New_York';
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
const TOKEN_SECONDS = 3600;
export const MIN_NOTICE_MINUTES = 120;
export const HORIZON_DAYS = 60;
export const PRACTICE_ADDRESS = 'Practice office, 1 Main St';
export const WELLNESS_ROOM = 'Wellness room';

export const POLICY: DepartmentPolicy = {
  cadence: 'annual',
  periodStartMonth: 1,
  required: true,
  graceDays: 30,
  discreetReminders: true,
};

const OFFICER_NAMES = ['Ana Ruiz', 'Ben Okafor', 'Carmen Díaz', 'Zoë Adams'];

/** An instant `ms` after `instant`, in the wire form (whole seconds, `Z`). */
export function plus(instant: string, ms: number): string {
  return new Date(Date.parse(instant) + ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * One test's tenants: department A (four officers, an admin), department B (one officer, an
 * admin), and a practice serving only A with two clinicians — c0 (virtual and practice, English
 * and Spanish, trained for law enforcement) and c1 (department visits only, English) — each free
 * every day 08:00–18:00 New York time in one-hour slots, two hours' notice, 60 days ahead.
 */
export interface World {
  readonly backend: ConformanceBackend;
  readonly department: Department;
  readonly otherDepartment: Department;
  readonly officers: Officer[];
  readonly outsider: Officer;
  readonly clinicians: [Clinician, Clinician];
  readonly admin: Session & { role: 'department-admin' };
  readonly otherAdmin: Session & { role: 'department-admin' };
  officer(index: number): WellvisitBackend;
  outsiderApi(): WellvisitBackend;
  clinician(index: 0 | 1): WellvisitBackend;
  departmentAdmin(): WellvisitBackend;
  otherDepartmentAdmin(): WellvisitBackend;
  /**
   * Moves the backend's clock and renews every token (tokens live at most an hour): take role
   * backends from `officer(i)` and friends again afterwards.
   */
  advance(ms: number): Promise<void>;
  /** Advances the clock to `ms` after `instant`, measured from a backend write time `now`. */
  advanceTo(now: string, instant: string, ms: number): Promise<void>;
  /** The backend's clock (to the second), as the world last read it plus real time since. */
  now(): Date;
  /** Advances the clock to a minute after the next daily attendance batch after `now`. */
  afterBatch(now: string): Promise<void>;
  /** More officers in department A, each with their own backend. */
  addOfficers(count: number): Promise<WellvisitBackend[]>;
  /** Free slots in the next 30 days as an officer of A sees them. */
  freeSlots(filter?: { clinicianId?: string; modality?: Slot['modality'] }): Promise<Slot[]>;
  /** Books `slot` as officer `index`. */
  book(index: number, slot: Slot, idempotencyKey?: string): Promise<Visit>;
  availabilityOf(index: 0 | 1): Availability;
}

function uniquePrefix(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(5));
  return `cf${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

function everyDay(
  clinicianId: string,
  windows: { modalities: Availability['rules'][number]['modalities']; place?: string }[],
): Availability {
  return {
    clinicianId,
    timeZone: TIME_ZONE,
    slotMinutes: 60,
    bufferMinutes: 0,
    minNoticeMinutes: MIN_NOTICE_MINUTES,
    horizonDays: HORIZON_DAYS,
    rules: ([1, 2, 3, 4, 5, 6, 7] as const).flatMap((weekday) =>
      windows.map((w) => ({ weekday, start: '08:00', end: '18:00', ...w })),
    ),
    exceptions: [],
  };
}

export async function createWorld(backend: ConformanceBackend): Promise<World> {
  const p = uniquePrefix();
  const { admin } = backend;
  const department = await admin.createDepartment({
    id: `${p}-dept-a`,
    name: 'Conformance Police Department',
    timeZone: TIME_ZONE,
    policy: POLICY,
  });
  const otherDepartment = await admin.createDepartment({
    id: `${p}-dept-b`,
    name: 'Other County Sheriff',
    timeZone: TIME_ZONE,
    policy: POLICY,
  });
  const officers: Officer[] = [];
  for (const [i, name] of OFFICER_NAMES.entries()) {
    officers.push(
      await admin.createOfficer({
        id: `${p}-officer-${i}`,
        departmentId: department.id,
        displayName: name,
        timeZone: TIME_ZONE,
      }),
    );
  }
  const outsider = await admin.createOfficer({
    id: `${p}-outsider`,
    departmentId: otherDepartment.id,
    displayName: 'Olu Outsider',
    timeZone: TIME_ZONE,
  });
  const practice = await admin.createPractice({
    id: `${p}-practice`,
    name: 'Conformance Practice',
    timeZone: TIME_ZONE,
    address: PRACTICE_ADDRESS,
    departmentIds: [department.id],
  });
  const c0 = await admin.createClinician({
    id: `${p}-clinician-0`,
    practiceId: practice.id,
    displayName: 'Dr. Maya Brooks',
    credentials: ['PsyD'],
    languages: ['en', 'es'],
    modalities: ['virtual', 'practice'],
    lawEnforcementTrained: true,
    timeZone: TIME_ZONE,
  });
  const c1 = await admin.createClinician({
    id: `${p}-clinician-1`,
    practiceId: practice.id,
    displayName: 'Erin Walsh',
    credentials: ['LCSW'],
    languages: ['en'],
    modalities: ['department'],
    lawEnforcementTrained: false,
    timeZone: TIME_ZONE,
  });
  const adminSession = {
    role: 'department-admin',
    adminId: `${p}-admin-a`,
    departmentId: department.id,
  } as const;
  const otherAdminSession = {
    role: 'department-admin',
    adminId: `${p}-admin-b`,
    departmentId: otherDepartment.id,
  } as const;
  const availability: [Availability, Availability] = [
    everyDay(c0.id, [
      { modalities: ['virtual'] },
      { modalities: ['practice'], place: PRACTICE_ADDRESS },
    ]),
    everyDay(c1.id, [{ modalities: ['department'], place: WELLNESS_ROOM }]),
  ];

  const sessions = new Map<string, Session>();
  const backends = new Map<string, WellvisitBackend>();
  let clock = { backend: Date.now(), real: Date.now() };
  const connect = async (name: string, session: Session): Promise<WellvisitBackend> => {
    sessions.set(name, session);
    const { token, expiresAt } = await admin.issueToken({ session, ttlSeconds: TOKEN_SECONDS });
    // The backend's clock, read off the token's expiry: a shared backend's may be far ahead.
    clock = { backend: Date.parse(expiresAt) - TOKEN_SECONDS * 1000, real: Date.now() };
    const connected = backend.connect(token);
    backends.set(name, connected);
    return connected;
  };
  const get = (name: string): WellvisitBackend => {
    const found = backends.get(name);
    check(found, `no principal ${name} in this world`);
    return found;
  };
  for (const [i, officer] of officers.entries()) {
    await connect(`officer-${i}`, {
      role: 'officer',
      officerId: officer.id,
      departmentId: department.id,
    });
  }
  await connect('outsider', {
    role: 'officer',
    officerId: outsider.id,
    departmentId: otherDepartment.id,
  });
  for (const [i, clinician] of [c0, c1].entries()) {
    const api = await connect(`clinician-${i}`, {
      role: 'clinician',
      clinicianId: clinician.id,
      practiceId: practice.id,
    });
    await api.clinician.setAvailability(availability[i] as Availability);
  }
  await connect('admin', adminSession);
  await connect('other-admin', otherAdminSession);

  const world: World = {
    backend,
    department,
    otherDepartment,
    officers,
    outsider,
    clinicians: [c0, c1],
    admin: adminSession,
    otherAdmin: otherAdminSession,
    officer: (index) => get(`officer-${index}`),
    outsiderApi: () => get('outsider'),
    clinician: (index) => get(`clinician-${index}`),
    departmentAdmin: () => get('admin'),
    otherDepartmentAdmin: () => get('other-admin'),
    async advance(ms) {
      await backend.advanceTime(ms);
      for (const [name, session] of sessions) await connect(name, session);
    },
    advanceTo(now, instant, ms) {
      return world.advance(Date.parse(instant) + ms - Date.parse(now));
    },
    now: () => new Date(clock.backend + Date.now() - clock.real),
    afterBatch(now) {
      const batch = nextAttendanceBatch(new Date(now), TIME_ZONE);
      return world.advanceTo(now, batch.toISOString(), 60_000);
    },
    async addOfficers(count) {
      const added: WellvisitBackend[] = [];
      for (let i = 0; i < count; i += 1) {
        const officer = await admin.createOfficer({
          id: `${p}-extra-${officers.length}`,
          departmentId: department.id,
          displayName: `Extra Officer ${officers.length}`,
          timeZone: TIME_ZONE,
        });
        officers.push(officer);
        const index = officers.length - 1;
        added.push(
          await connect(`officer-${index}`, {
            role: 'officer',
            officerId: officer.id,
            departmentId: department.id,
          }),
        );
      }
      return added;
    },
    freeSlots(filter = {}) {
      const now = world.now().getTime();
      const from = new Date(now).toISOString();
      const to = new Date(now + 30 * DAY).toISOString();
      return get('officer-0').officer.listSlots({ from, to, ...filter });
    },
    book(index, slot, idempotencyKey) {
      return get(`officer-${index}`).officer.book({
        clinicianId: slot.clinicianId,
        start: slot.start,
        modality: slot.modality,
        ...(idempotencyKey === undefined ? {} : { idempotencyKey }),
      });
    },
    availabilityOf: (index) => availability[index],
  };
  return world;
}

/** The first of two slots of one clinician and modality an hour apart, away from day edges. */
export function slotPair(slots: readonly Slot[]): [Slot, Slot] {
  for (const slot of slots) {
    const next = slots.find(
      (s) =>
        s.clinicianId === slot.clinicianId &&
        s.modality === slot.modality &&
        Date.parse(s.start) === Date.parse(slot.start) + HOUR,
    );
    const hour = new Date(slot.start).getUTCHours();
    // 14:00–19:00 UTC is 09:00–15:00 in New York, summer or winter: far from 08:00 and 18:00.
    if (next && hour >= 14 && hour <= 19) return [slot, next];
  }
  throw new ConformanceFailure(
    'No two consecutive free slots in the next 30 days: does the backend clock start at the real time?',
  );
}

/** A unique idempotency key. */
export function newKey(): string {
  return `${uniquePrefix()}-key`;
}
