// Script and markup in every name field render as plain text in every element: one world where
// the department, practice, clinician, officer, credential and place names are all payloads.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createMemoryBackend, type MemoryBackend, type Session } from '@wellvisit/sdk';
import { DEMO_SESSIONS } from '@wellvisit/sdk/demo';
import '../define/attendance-badge.js';
import '../define/attendance-roster.js';
import '../define/booking.js';
import '../define/clinician-schedule.js';
import '../define/reminders.js';

const ZONE = 'America/Chicago';
const PAYLOAD = {
  department: `<script>window.__wvPwned='department'</script>Dept`,
  practice: `<iframe srcdoc="<script>parent.__wvPwned='practice'</script>"></iframe>`,
  clinician: `<img src=x onerror="window.__wvPwned='clinician'">Dr "X"`,
  credential: `<b onmouseover=alert(1)>PhD</b>`,
  officer: `"><svg onload="window.__wvPwned='officer'"></svg>{{constructor.constructor('1')()}}`,
  place: `</style><a href="javascript:window.__wvPwned='place'">Room</a>\${alert(1)}`,
} as const;

interface World {
  memory: MemoryBackend;
  officer: Session;
  clinician: Session;
  admin: Session;
  officerId: string;
  clinicianId: string;
  visitDate: string;
}

async function hostileWorld(): Promise<World> {
  const memory = createMemoryBackend({ seed: 'demo' });
  const demoDepartment = await memory.as(DEMO_SESSIONS.departmentAdmin).department.department();
  const department = await memory.admin.createDepartment({
    name: PAYLOAD.department,
    timeZone: ZONE,
    policy: demoDepartment.policy,
  });
  const practice = await memory.admin.createPractice({
    name: PAYLOAD.practice,
    timeZone: ZONE,
    address: PAYLOAD.place,
    departmentIds: [department.id],
  });
  const clinician = await memory.admin.createClinician({
    practiceId: practice.id,
    displayName: PAYLOAD.clinician,
    credentials: [PAYLOAD.credential],
    languages: ['en'],
    modalities: ['practice'],
    lawEnforcementTrained: true,
    timeZone: ZONE,
  });
  const officer = await memory.admin.createOfficer({
    departmentId: department.id,
    displayName: PAYLOAD.officer,
    timeZone: ZONE,
  });
  const sessions = {
    officer: { role: 'officer', officerId: officer.id, departmentId: department.id },
    clinician: { role: 'clinician', clinicianId: clinician.id, practiceId: practice.id },
    admin: { role: 'department-admin', adminId: 'payload-admin', departmentId: department.id },
  } as const satisfies Record<string, Session>;
  await memory.as(sessions.clinician).clinician.setAvailability({
    clinicianId: clinician.id,
    timeZone: ZONE,
    slotMinutes: 60,
    bufferMinutes: 0,
    minNoticeMinutes: 60,
    horizonDays: 30,
    rules: ([1, 2, 3, 4, 5, 6, 7] as const).map((weekday) => ({
      weekday,
      start: '08:00',
      end: '18:00',
      modalities: ['practice' as const],
      place: PAYLOAD.place,
    })),
    exceptions: [],
  });
  const api = memory.as(sessions.officer).officer;
  const from = new Date(Date.now() + 86_400_000);
  const [slot] = await api.listSlots({
    clinicianId: clinician.id,
    modality: 'practice',
    from: from.toISOString(),
    to: new Date(from.getTime() + 7 * 86_400_000).toISOString(),
  });
  if (!slot) throw new Error('a free slot');
  await api.book({ clinicianId: clinician.id, start: slot.start, modality: 'practice' });
  await api.setReminderPreferences({ channels: [], leadTimesMinutes: [60], discreet: false });
  return {
    memory,
    ...sessions,
    officerId: officer.id,
    clinicianId: clinician.id,
    visitDate: new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(new Date(slot.start)),
  };
}

/** Every element under `node`, through every shadow root. */
function allElements(node: Element | ShadowRoot): Element[] {
  const found: Element[] = [];
  for (const el of node.querySelectorAll('*')) {
    found.push(el);
    if (el.shadowRoot) found.push(...allElements(el.shadowRoot));
  }
  return found;
}

/** The rendered text of an element, through every shadow root. */
function deepText(node: Element | ShadowRoot): string {
  return [node, ...allElements(node)]
    .flatMap((el) => [...(el instanceof ShadowRoot ? el.childNodes : el.childNodes)])
    .filter((child) => child.nodeType === Node.TEXT_NODE)
    .map((child) => child.textContent)
    .join(' ');
}

/** Nothing from a payload became markup: no injected element, handler or script URL. */
function expectInert(host: HTMLElement): void {
  const elements = allElements(host.shadowRoot ?? host);
  expect(elements.filter((el) => ['SCRIPT', 'IFRAME', 'IMG'].includes(el.tagName))).to.deep.equal(
    [],
  );
  const handlers = elements.flatMap((el) =>
    el.getAttributeNames().filter((name) => name.toLowerCase().startsWith('on')),
  );
  expect(handlers).to.deep.equal([]);
  const scriptLinks = elements.filter((el) =>
    (el.getAttribute('href') ?? '').trim().toLowerCase().startsWith('javascript:'),
  );
  expect(scriptLinks).to.deep.equal([]);
  expect((window as { __wvPwned?: unknown }).__wvPwned).to.equal(undefined);
}

async function shows(host: HTMLElement, ...texts: string[]): Promise<void> {
  await waitUntil(
    () => texts.every((text) => deepText(host.shadowRoot ?? host).includes(text)),
    `${host.localName} shows ${texts.join(', ')}`,
    { timeout: 10_000 },
  );
}

describe('script and markup payloads in names render as text', () => {
  let world: World;

  before(async () => {
    world = await hostileWorld();
  });

  it('<wv-booking>: clinician names and credentials', async () => {
    const el = await fixture<HTMLElement>(
      html`<wv-booking
        modality="practice"
        time-zone=${ZONE}
        .backend=${world.memory.as(world.officer)}
      ></wv-booking>`,
    );
    await shows(el, PAYLOAD.clinician, PAYLOAD.credential);
    expectInert(el);
  });

  it('<wv-booking>: the chosen clinician above the free times', async () => {
    const el = await fixture<HTMLElement>(
      html`<wv-booking
        modality="practice"
        clinician=${world.clinicianId}
        time-zone=${ZONE}
        .backend=${world.memory.as(world.officer)}
      ></wv-booking>`,
    );
    await shows(el, PAYLOAD.clinician);
    expectInert(el);
  });

  it('<wv-reminders>: the clinician of a visit (not discreet)', async () => {
    const el = await fixture<HTMLElement>(
      html`<wv-reminders
        time-zone=${ZONE}
        .backend=${world.memory.as(world.officer)}
      ></wv-reminders>`,
    );
    await shows(el, PAYLOAD.clinician);
    expectInert(el);
  });

  it('<wv-attendance-roster>: officer names', async () => {
    const el = await fixture<HTMLElement>(
      html`<wv-attendance-roster .backend=${world.memory.as(world.admin)}></wv-attendance-roster>`,
    );
    await shows(el, PAYLOAD.officer);
    expectInert(el);
  });

  it('<wv-attendance-badge>: the officer name in the department view', async () => {
    const el = await fixture<HTMLElement>(
      html`<wv-attendance-badge
        officer-id=${world.officerId}
        .backend=${world.memory.as(world.admin)}
      ></wv-attendance-badge>`,
    );
    await shows(el, PAYLOAD.officer);
    expectInert(el);
  });

  it('<wv-clinician-schedule>: officer names on the day of the visit', async () => {
    const el = await fixture<HTMLElement>(
      html`<wv-clinician-schedule
        view="day"
        date=${world.visitDate}
        time-zone=${ZONE}
        .backend=${world.memory.as(world.clinician)}
      ></wv-clinician-schedule>`,
    );
    await shows(el, PAYLOAD.officer);
    expectInert(el);
  });
});
