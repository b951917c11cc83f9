import {
  DEMO_SESSIONS,
  addDays,
  instantToZoned,
  recentPeriods,
  toInstant,
  zonedToInstant,
  type Availability,
  type Clinician,
  type DateException,
  type Department,
  type DepartmentPolicy,
  type Excusal,
  type Modality,
  type Officer,
  type Practice,
  type Visit,
  type VisitStatus,
  type WeeklyRule,
} from '@wellvisit/sdk';
import { FEATURED_OFFICERS, generatedOfficerNames } from './names.js';

// The demo world: the same tenants, people and ids as the SDK's memory demo (so examples work
// against either), with Riverton's roster grown to about a thousand officers. Names and ids only.

const TIME_ZONE = 'America/Chicago';
const RIVERTON = DEMO_SESSIONS.officer.departmentId;
const HARBOR = 'harbor-county-so';
const PRACTICE = DEMO_SESSIONS.clinician.practiceId;
const PRACTICE_ADDRESS = 'Lakeside Counseling Group, 410 Lake St, Riverton';
const WELLNESS_ROOM = 'Riverton PD wellness room, 2nd floor';
const HARBOR_OFFICERS = ['Jo Lindqvist', 'Ray Mendez', 'Nia Okafor'];
export const RIVERTON_ROSTER_SIZE = 1000;
const SLOT_MS = 50 * 60_000;

const POLICY: DepartmentPolicy = {
  cadence: 'annual',
  periodStartMonth: 7,
  required: true,
  graceDays: 30,
  discreetReminders: true,
};

export interface DemoWorld {
  departments: Department[];
  officers: Officer[];
  practices: Practice[];
  clinicians: Clinician[];
  availability: Availability[];
  visits: Visit[];
  excusals: Excusal[];
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

function weekly(clinicianId: string, rules: WeeklyRule[], exceptions: DateException[] = []) {
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

/** The demo world laid around `now`: past visits make the roster show every status. */
export function demoWorld(now: Date): DemoWorld {
  const today = instantToZoned(now, TIME_ZONE).date;
  const at = (date: string, time: string): string =>
    toInstant(zonedToInstant(date, time, TIME_ZONE));
  const [current, previous] = recentPeriods(now, POLICY, TIME_ZONE, 2);

  const visit = (
    id: string,
    officer: string,
    clinicianId: string,
    start: string,
    status: VisitStatus,
    modality: Modality,
  ): Visit => {
    const created = toInstant(
      new Date(Math.min(Date.parse(start) - 14 * 86_400_000, now.getTime())),
    );
    return {
      id,
      officerId: officer,
      clinicianId,
      modality,
      ...(modality === 'practice' ? { place: PRACTICE_ADDRESS } : {}),
      ...(modality === 'department' ? { place: WELLNESS_ROOM } : {}),
      start,
      end: toInstant(new Date(Date.parse(start) + SLOT_MS)),
      status,
      version: 1,
      createdAt: created,
      updatedAt: created,
    };
  };
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

  const generated = generatedOfficerNames(RIVERTON_ROSTER_SIZE - FEATURED_OFFICERS.length);
  const rivertonOfficers = [...FEATURED_OFFICERS, ...generated].map((name, i) => ({
    id:
      i < FEATURED_OFFICERS.length ? officerId(name) : `officer-r${String(i + 1).padStart(4, '0')}`,
    departmentId: RIVERTON,
    displayName: name,
    timeZone: TIME_ZONE,
  }));

  // About a third of the generated roster has been seen this period, one visit an hour on
  // weekday mornings at the practice, walking back from yesterday; a few were excused.
  const periodStart = current?.firstDay ?? addDays(today, -180);
  const history: Visit[] = [];
  let day = -1;
  let hour = 0;
  rivertonOfficers.slice(FEATURED_OFFICERS.length).forEach((officer, i) => {
    if (i % 3 !== 0) return;
    const date = addDays(today, day);
    if (date < periodStart) return;
    const start = at(date, `${String(13 + hour)}:00`);
    history.push(
      visit(
        `visit-demo-${officer.id}`,
        officer.id,
        'clinician-jorge-salazar',
        start,
        i % 21 === 0 ? 'noshow' : 'fulfilled',
        'practice',
      ),
    );
    hour = (hour + 1) % 4;
    if (hour === 0) day -= 1;
  });
  const generatedExcusals = current
    ? rivertonOfficers
        .slice(FEATURED_OFFICERS.length)
        .filter((_, i) => i % 47 === 5)
        .map((o) => ({ officerId: o.id, periodId: current.id }))
    : [];

  return {
    departments: [
      { id: RIVERTON, name: 'Riverton Police Department', timeZone: TIME_ZONE, policy: POLICY },
      {
        id: HARBOR,
        name: "Harbor County Sheriff's Office",
        timeZone: TIME_ZONE,
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
      ...rivertonOfficers,
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
      ...(current ? [{ officerId: officerId('Hannah Cho'), periodId: current.id }] : []),
      ...generatedExcusals,
    ],
  };
}
