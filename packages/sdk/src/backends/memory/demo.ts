import type {
  Availability,
  Clinician,
  DateException,
  Department,
  DepartmentPolicy,
  Excusal,
  Modality,
  Officer,
  Practice,
  Session,
  VisitStatus,
  WeeklyRule,
} from '../../model/index.js';
import {
  addDays,
  instantToZoned,
  recentPeriods,
  toInstant,
  zonedToInstant,
} from '../../rules/index.js';
import type { SeedVisit } from './seed.js';

const TIME_ZONE = 'America/Chicago';
const RIVERTON = 'riverton-pd';
const HARBOR = 'harbor-county-so';
const PRACTICE = 'lakeside-counseling';
const PRACTICE_ADDRESS = 'Lakeside Counseling Group, 410 Lake St, Riverton';
const WELLNESS_ROOM = 'Riverton PD wellness room, 2nd floor';
const SLOT_MS = 50 * 60_000;

/** Principals of the demo seed, for `memory.as(...)` in Storybook, examples and tests. */
export const DEMO_SESSIONS = {
  officer: { role: 'officer', officerId: 'officer-ana-ruiz', departmentId: RIVERTON },
  clinician: { role: 'clinician', clinicianId: 'clinician-maya-brooks', practiceId: PRACTICE },
  departmentAdmin: { role: 'department-admin', adminId: 'admin-riverton', departmentId: RIVERTON },
} as const satisfies Record<string, Session>;

/** The Riverton officers the examples talk about, first on every demo roster. */
export const FEATURED_OFFICERS = [
  'Ana Ruiz',
  'Marcus Bell',
  'Priya Natarajan',
  "Tom O'Neill",
  'Keisha Grant',
  'Daniel Kowalski',
  'Zoë Martin',
  'Luis Ortega',
  'Hannah Cho',
  'Samuel Adeyemi',
  'Grace Whitfield',
  'Victor Nguyen',
] as const;
const HARBOR_OFFICERS = ['Jo Lindqvist', 'Ray Mendez', 'Nia Okafor'];

const POLICY: DepartmentPolicy = {
  cadence: 'annual',
  periodStartMonth: 7,
  required: true,
  graceDays: 30,
  discreetReminders: true,
};

/** A demo visit: always with its id and creation time, so every backend stores the same one. */
export type DemoVisit = SeedVisit & { id: string; createdAt: string };

/** The demo world, complete (every id given): valid `SeedData`, and rows a database can take. */
export interface DemoSeed {
  departments: Department[];
  officers: Officer[];
  practices: Practice[];
  clinicians: Clinician[];
  availability: Availability[];
  visits: DemoVisit[];
  excusals: Excusal[];
}

export interface DemoSeedOptions {
  /** Riverton officers after the featured twelve, by name; ids run `officer-r0013`, … */
  moreRivertonOfficers?: readonly string[];
}

/** "Zoë Martin" → "zoe-martin". */
const slug = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '-');
const officerId = (name: string): string => `officer-${slug(name)}`;

const CLINICIANS: Omit<Clinician, 'practiceId' | 'timeZone'>[] = [
  {
    id: DEMO_SESSIONS.clinician.clinicianId,
    displayName: 'Dr. Maya Brooks',
    credentials: ['PsyD'],
    languages: ['en'],
    modalities: ['department', 'practice', 'virtual'],
    lawEnforcementTrained: true,
  },
  {
    id: 'clinician-jorge-salazar',
    displayName: 'Jorge Salazar',
    credentials: ['LCSW'],
    languages: ['en', 'es'],
    modalities: ['practice', 'virtual'],
    lawEnforcementTrained: true,
  },
  {
    id: 'clinician-erin-walsh',
    displayName: 'Erin Walsh',
    credentials: ['LPC'],
    languages: ['en'],
    modalities: ['virtual'],
    lawEnforcementTrained: false,
  },
  {
    id: 'clinician-samir-haddad',
    displayName: 'Dr. Samir Haddad',
    credentials: ['PhD', 'LP'],
    languages: ['en', 'ar', 'fr'],
    modalities: ['department', 'virtual'],
    lawEnforcementTrained: true,
  },
];

function weekly(
  clinicianId: string,
  rules: WeeklyRule[],
  exceptions: DateException[] = [],
): Availability {
  return {
    clinicianId,
    timeZone: TIME_ZONE,
    slotMinutes: 50,
    bufferMinutes: 10,
    minNoticeMinutes: 120,
    horizonDays: 60,
    rules,
    exceptions,
  };
}

function availability(today: string): Availability[] {
  const at = (weekday: WeeklyRule['weekday'], start: string, end: string, modality: Modality) => ({
    weekday,
    start,
    end,
    modalities: [modality],
    ...(modality === 'department' ? { place: WELLNESS_ROOM } : {}),
    ...(modality === 'practice' ? { place: PRACTICE_ADDRESS } : {}),
  });
  const weekdays = [1, 2, 3, 4, 5] as const;
  return [
    weekly('clinician-maya-brooks', [
      at(1, '09:00', '12:00', 'department'),
      at(3, '09:00', '12:00', 'department'),
      at(2, '13:00', '17:00', 'practice'),
      at(4, '13:00', '17:00', 'practice'),
      at(2, '13:00', '17:00', 'virtual'),
      at(4, '13:00', '17:00', 'virtual'),
    ]),
    weekly(
      'clinician-jorge-salazar',
      weekdays.flatMap((day) => [
        at(day, '08:00', '12:00', 'practice'),
        at(day, '08:00', '12:00', 'virtual'),
      ]),
      [{ date: addDays(today, 7), kind: 'unavailable' }],
    ),
    weekly('clinician-erin-walsh', [
      at(2, '17:00', '21:00', 'virtual'),
      at(3, '17:00', '21:00', 'virtual'),
      at(4, '17:00', '21:00', 'virtual'),
      at(6, '09:00', '13:00', 'virtual'),
    ]),
    weekly('clinician-samir-haddad', [
      at(5, '09:00', '15:00', 'department'),
      at(1, '14:00', '18:00', 'virtual'),
    ]),
  ];
}

/**
 * The demo world, laid around `now`: Riverton PD (annual, required) with the twelve featured
 * officers and any more given, Harbor County (attendance not required) with three, and a practice
 * of four clinicians serving both, with weekly availability. Past visits make the roster show
 * every status. Names only.
 */
export function demoSeed(now: Date, options: DemoSeedOptions = {}): DemoSeed {
  const today = instantToZoned(now, TIME_ZONE).date;
  const at = (date: string, time: string): string =>
    toInstant(zonedToInstant(date, time, TIME_ZONE));
  const [current, previous] = recentPeriods(now, POLICY, TIME_ZONE, 2);
  // The program began with the previous period: nothing is due before it.
  const programStart = previous?.firstDay ?? today;

  const visit = (
    id: string,
    officer: string,
    clinicianId: string,
    start: string,
    status: VisitStatus,
    modality: Modality,
  ): DemoVisit => ({
    id,
    officerId: officer,
    clinicianId,
    modality,
    ...(modality === 'practice' ? { place: PRACTICE_ADDRESS } : {}),
    ...(modality === 'department' ? { place: WELLNESS_ROOM } : {}),
    start,
    end: toInstant(new Date(Date.parse(start) + SLOT_MS)),
    status,
    createdAt: toInstant(new Date(Math.min(Date.parse(start) - 14 * 86_400_000, now.getTime()))),
  });
  const featured = (
    name: string,
    clinicianId: string,
    days: number,
    status: VisitStatus,
    modality: Modality,
    time = '10:00',
  ) =>
    visit(
      `visit-demo-${slug(name)}`,
      officerId(name),
      clinicianId,
      at(addDays(today, days), time),
      status,
      modality,
    );

  const previousVisitDay = previous ? addDays(previous.firstDay, 40) : addDays(today, -400);
  const daysAgo = Math.round((Date.parse(today) - Date.parse(previousVisitDay)) / 86_400_000);

  const more = (options.moreRivertonOfficers ?? []).map((name, i) => ({
    id: `officer-r${String(FEATURED_OFFICERS.length + i + 1).padStart(4, '0')}`,
    departmentId: RIVERTON,
    displayName: name,
    timeZone: TIME_ZONE,
  }));

  // About a third of the further officers have been seen this period, one visit an hour on
  // weekday mornings at the practice, walking back from yesterday; a few were excused.
  const periodStart = current?.firstDay ?? addDays(today, -180);
  const history: DemoVisit[] = [];
  let day = -1;
  let hour = 0;
  more.forEach((officer, i) => {
    if (i % 3 !== 0) return;
    const date = addDays(today, day);
    if (date < periodStart) return;
    history.push(
      visit(
        `visit-demo-${officer.id}`,
        officer.id,
        'clinician-jorge-salazar',
        at(date, `${String(13 + hour)}:00`),
        i % 21 === 0 ? 'noshow' : 'fulfilled',
        'practice',
      ),
    );
    hour = (hour + 1) % 4;
    if (hour === 0) day -= 1;
  });
  const moreExcusals = current
    ? more
        .filter((_, i) => i % 47 === 5)
        .map((o) => ({ officerId: o.id, periodId: current.id, category: 'leave' as const }))
    : [];

  return {
    departments: [
      {
        id: RIVERTON,
        name: 'Riverton Police Department',
        timeZone: TIME_ZONE,
        policy: POLICY,
        policyChanges: [],
        programStart,
      },
      {
        id: HARBOR,
        name: "Harbor County Sheriff's Office",
        timeZone: TIME_ZONE,
        policyChanges: [],
        programStart,
        policy: {
          cadence: 'semiannual',
          periodStartMonth: 1,
          required: false,
          graceDays: 14,
          discreetReminders: true,
        },
      },
    ],
    officers: [
      ...FEATURED_OFFICERS.map((name) => ({
        id: officerId(name),
        departmentId: RIVERTON,
        displayName: name,
        timeZone: TIME_ZONE,
      })),
      ...more,
      ...HARBOR_OFFICERS.map((name) => ({
        id: officerId(name),
        departmentId: HARBOR,
        displayName: name,
        timeZone: TIME_ZONE,
      })),
    ],
    practices: [
      {
        id: PRACTICE,
        name: 'Lakeside Counseling Group',
        timeZone: TIME_ZONE,
        address: PRACTICE_ADDRESS,
        departmentIds: [RIVERTON, HARBOR],
      },
    ],
    clinicians: CLINICIANS.map((c) => ({ ...c, practiceId: PRACTICE, timeZone: TIME_ZONE })),
    availability: availability(today),
    visits: [
      featured('Ana Ruiz', 'clinician-maya-brooks', -20, 'fulfilled', 'practice'),
      featured('Marcus Bell', 'clinician-jorge-salazar', -12, 'fulfilled', 'virtual'),
      featured('Priya Natarajan', 'clinician-samir-haddad', -5, 'fulfilled', 'department'),
      featured("Tom O'Neill", 'clinician-erin-walsh', -8, 'noshow', 'virtual', '18:00'),
      featured('Keisha Grant', 'clinician-jorge-salazar', -3, 'cancelled', 'virtual'),
      featured('Samuel Adeyemi', 'clinician-maya-brooks', -daysAgo, 'fulfilled', 'department'),
      featured('Daniel Kowalski', 'clinician-maya-brooks', 3, 'booked', 'practice', '14:00'),
      featured('Zoë Martin', 'clinician-jorge-salazar', 6, 'booked', 'virtual', '09:00'),
      featured('Luis Ortega', 'clinician-erin-walsh', 9, 'booked', 'virtual', '18:00'),
      ...history,
    ],
    excusals: [
      ...(current
        ? [
            {
              officerId: officerId('Hannah Cho'),
              periodId: current.id,
              category: 'injury' as const,
            },
          ]
        : []),
      ...moreExcusals,
    ],
  };
}
