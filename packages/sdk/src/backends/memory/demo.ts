import type { Session, WeeklyRule } from '../../model/index.js';
import {
  addDays,
  instantToZoned,
  recentPeriods,
  toInstant,
  zonedToInstant,
} from '../../rules/index.js';
import type { SeedData, SeedVisit } from './seed.js';

const TIME_ZONE = 'America/Chicago';
const RIVERTON = 'riverton-pd';
const HARBOR = 'harbor-county-so';
const PRACTICE = 'lakeside-counseling';
const PRACTICE_ADDRESS = 'Lakeside Counseling Group, 410 Lake St, Riverton';
const WELLNESS_ROOM = 'Riverton PD wellness room, 2nd floor';

/** Principals of the demo seed, for `memory.as(...)` in Storybook, examples and tests. */
export const DEMO_SESSIONS = {
  officer: { role: 'officer', officerId: 'officer-ana-ruiz', departmentId: RIVERTON },
  clinician: { role: 'clinician', clinicianId: 'clinician-maya-brooks', practiceId: PRACTICE },
  departmentAdmin: { role: 'department-admin', adminId: 'admin-riverton', departmentId: RIVERTON },
} as const satisfies Record<string, Session>;

const RIVERTON_OFFICERS = [
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
];
const HARBOR_OFFICERS = ['Jo Lindqvist', 'Ray Mendez', 'Nia Okafor'];

/** "Zoë Martin" → "zoe-martin". */
const slug = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '-');
const officerId = (name: string): string => `officer-${slug(name)}`;

const CLINICIANS = [
  {
    id: 'clinician-maya-brooks',
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
] as const;

const POLICY = {
  cadence: 'annual',
  periodStartMonth: 7,
  required: true,
  graceDays: 30,
  discreetReminders: true,
} as const;

/**
 * The demo world, laid around `now`: Riverton PD (annual, required) with twelve officers,
 * Harbor County (attendance not required) with three, and a practice of four clinicians serving
 * both, with weekly availability. Past visits make the roster show every status. Names only.
 */
export function demoSeed(now: Date): SeedData {
  const today = instantToZoned(now, TIME_ZONE).date;
  const at = (date: string, time: string): string =>
    toInstant(zonedToInstant(date, time, TIME_ZONE));
  const visit = (
    officer: string,
    clinicianId: string,
    days: number,
    status: SeedVisit['status'],
    modality: SeedVisit['modality'],
    time = '10:00',
  ): SeedVisit => {
    const start = at(addDays(today, days), time);
    return {
      id: `visit-demo-${slug(officer)}`,
      officerId: officerId(officer),
      clinicianId,
      modality,
      ...(modality === 'practice' ? { place: PRACTICE_ADDRESS } : {}),
      ...(modality === 'department' ? { place: WELLNESS_ROOM } : {}),
      start,
      end: toInstant(new Date(Date.parse(start) + 50 * 60_000)),
      status,
      createdAt: toInstant(new Date(Math.min(Date.parse(start) - 14 * 86_400_000, now.getTime()))),
    };
  };
  const [current, previous] = recentPeriods(now, POLICY, TIME_ZONE, 2);
  const previousVisitDay = previous ? addDays(previous.firstDay, 40) : addDays(today, -400);
  const daysAgo = Math.round((Date.parse(today) - Date.parse(previousVisitDay)) / 86_400_000);

  return {
    departments: [
      { id: RIVERTON, name: 'Riverton Police Department', timeZone: TIME_ZONE, policy: POLICY },
      {
        id: HARBOR,
        name: "Harbor County Sheriff's Office",
        timeZone: TIME_ZONE,
        policy: { cadence: 'semiannual', periodStartMonth: 1, required: false, graceDays: 14 },
      },
    ],
    officers: [
      ...RIVERTON_OFFICERS.map((name) => ({
        id: officerId(name),
        departmentId: RIVERTON,
        displayName: name,
        timeZone: TIME_ZONE,
      })),
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
    clinicians: CLINICIANS.map((c) => ({
      ...c,
      credentials: [...c.credentials],
      languages: [...c.languages],
      modalities: [...c.modalities],
      practiceId: PRACTICE,
      timeZone: TIME_ZONE,
    })),
    availability: [
      weekly('clinician-maya-brooks', [
        {
          weekday: 1,
          start: '09:00',
          end: '12:00',
          modalities: ['department'],
          place: WELLNESS_ROOM,
        },
        {
          weekday: 3,
          start: '09:00',
          end: '12:00',
          modalities: ['department'],
          place: WELLNESS_ROOM,
        },
        {
          weekday: 2,
          start: '13:00',
          end: '17:00',
          modalities: ['practice'],
          place: PRACTICE_ADDRESS,
        },
        {
          weekday: 4,
          start: '13:00',
          end: '17:00',
          modalities: ['practice'],
          place: PRACTICE_ADDRESS,
        },
        { weekday: 2, start: '13:00', end: '17:00', modalities: ['virtual'] },
        { weekday: 4, start: '13:00', end: '17:00', modalities: ['virtual'] },
      ]),
      weekly(
        'clinician-jorge-salazar',
        ([1, 2, 3, 4, 5] as const).flatMap((weekday): WeeklyRule[] => [
          {
            weekday,
            start: '08:00',
            end: '12:00',
            modalities: ['practice'],
            place: PRACTICE_ADDRESS,
          },
          { weekday, start: '08:00', end: '12:00', modalities: ['virtual'] },
        ]),
        [{ date: addDays(today, 7), kind: 'unavailable' }],
      ),
      weekly('clinician-erin-walsh', [
        ...([2, 3, 4] as const).map((weekday): WeeklyRule => ({
          weekday,
          start: '17:00',
          end: '21:00',
          modalities: ['virtual'],
        })),
        { weekday: 6, start: '09:00', end: '13:00', modalities: ['virtual'] },
      ]),
      weekly('clinician-samir-haddad', [
        {
          weekday: 5,
          start: '09:00',
          end: '15:00',
          modalities: ['department'],
          place: WELLNESS_ROOM,
        },
        { weekday: 1, start: '14:00', end: '18:00', modalities: ['virtual'] },
      ]),
    ],
    visits: [
      visit('Ana Ruiz', 'clinician-maya-brooks', -20, 'fulfilled', 'practice'),
      visit('Marcus Bell', 'clinician-jorge-salazar', -12, 'fulfilled', 'virtual'),
      visit('Priya Natarajan', 'clinician-samir-haddad', -5, 'fulfilled', 'department'),
      visit("Tom O'Neill", 'clinician-erin-walsh', -8, 'noshow', 'virtual', '18:00'),
      visit('Keisha Grant', 'clinician-jorge-salazar', -3, 'cancelled', 'virtual'),
      visit('Samuel Adeyemi', 'clinician-maya-brooks', -daysAgo, 'fulfilled', 'department'),
      visit('Daniel Kowalski', 'clinician-maya-brooks', 3, 'booked', 'practice', '14:00'),
      visit('Zoë Martin', 'clinician-jorge-salazar', 6, 'booked', 'virtual', '09:00'),
      visit('Luis Ortega', 'clinician-erin-walsh', 9, 'booked', 'virtual', '18:00'),
    ],
    excusals: current ? [{ officerId: officerId('Hannah Cho'), periodId: current.id }] : [],
  };
}

type SeedAvailability = NonNullable<SeedData['availability']>[number];

function weekly(
  clinicianId: string,
  rules: SeedAvailability['rules'],
  exceptions: SeedAvailability['exceptions'] = [],
): SeedAvailability {
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
