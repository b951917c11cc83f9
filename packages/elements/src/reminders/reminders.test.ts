import { chaiA11yAxe } from 'chai-a11y-axe';
import { chai, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  createMemoryBackend,
  NetworkError,
  ValidationError,
  type MemoryBackend,
  type Session,
  type WellvisitBackend,
} from '@wellvisit/sdk';
import { DEMO_SESSIONS } from '@wellvisit/sdk/demo';
import '../define/reminders.js';
import { WvBookedEvent } from '../events/visit-events.js';
import { spyOn } from '../testing/backend-spy.js';
import { trackGlobalListeners } from '../testing/global-listeners.js';
import { define } from '../shared/define.js';
import { browserTimeZone, formatDateTime, formatLocalDate } from '../shared/format.js';
import { setLocale } from '../shared/localization.js';
import { renderCheckIn } from './reminder-list.js';
import { WvReminders } from './reminders.js';

chai.use(chaiA11yAxe);

// The demo world on the real clock: Zoë Martin has a virtual visit with Jorge Salazar in six days
// and has not checked in this period; Grace Whitfield has no visit at all.
const ZONE = 'America/Chicago';
const officer = (officerId: string): Session => ({
  role: 'officer',
  officerId,
  departmentId: 'riverton-pd',
});
const ZOE = officer('officer-zoe-martin');
const GRACE = officer('officer-grace-whitfield');

const demo = (): MemoryBackend => createMemoryBackend({ seed: 'demo' });
const root = (el: HTMLElement) => el.shadowRoot!;
const part = (el: HTMLElement, name: string) =>
  root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: HTMLElement, name: string) => [
  ...root(el).querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];
const text = (node: Element | ShadowRoot | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const checkbox = (el: HTMLElement, label: string) =>
  parts(el, 'choice')
    .find((choice) => text(choice).includes(label))
    ?.querySelector('input') ?? undefined;
const calendarText = (link: HTMLElement) =>
  decodeURIComponent((link as HTMLAnchorElement).href.split(',')[1] ?? '');

async function settled(el: WvReminders): Promise<void> {
  await el.updateComplete;
  await waitUntil(() => part(el, 'preferences') ?? part(el, 'error'), 'never finished loading');
  await el.updateComplete;
}

async function mount(backend: WellvisitBackend | undefined, timeZone: string | null = ZONE) {
  const el = await fixture<WvReminders>(
    html`<wv-reminders
      .backend=${backend}
      time-zone=${ifDefined(timeZone ?? undefined)}
    ></wv-reminders>`,
  );
  await settled(el);
  return el;
}

async function save(el: WvReminders): Promise<void> {
  part(el, 'save-button')!.click();
  await waitUntil(
    () => text(part(el, 'announcer')) !== '' || part(el, 'error'),
    'saving never ended',
  );
  await el.updateComplete;
}

describe('<wv-reminders>', () => {
  describe('defaults', () => {
    it('lists upcoming visits discreetly: "Appointment", no clinician, no place', async () => {
      const memory = demo();
      const el = await mount(memory.as(ZOE));
      const [visit] = await memory.as(ZOE).officer.listVisits();
      expect(parts(el, 'visit')).to.have.length(1);
      expect(text(part(el, 'visit-title'))).to.equal('Appointment');
      expect(text(part(el, 'visit-time'))).to.equal(formatDateTime(visit!.start, ZONE));
      expect(text(root(el))).to.not.include('Jorge');
    });

    it('offers each visit as a discreet calendar file', async () => {
      const el = await mount(demo().as(ZOE));
      const link = part(el, 'calendar-link') as HTMLAnchorElement;
      expect(link.download).to.equal('appointment.ics');
      const ics = calendarText(link);
      expect(ics).to.include('SUMMARY:Appointment');
      expect(ics).to.not.include('Jorge');
      // The default lead times (7 days, 1 day, 2 hours) become alarms.
      expect(ics.match(/BEGIN:VALARM/g)).to.have.length(3);
    });

    it('nudges that the check-in is due, with the date', async () => {
      const memory = demo();
      const attendance = await memory.as(ZOE).officer.attendance();
      const el = await mount(memory.as(ZOE));
      expect(text(part(el, 'check-in'))).to.equal(
        `Due Check-in due by ${formatLocalDate(attendance.dueBy)}.`,
      );
    });

    it('lists the reminders to come, in order, in neutral words', async () => {
      const memory = demo();
      const [visit] = await memory.as(ZOE).officer.listVisits();
      const reminders = (await memory.as(ZOE).officer.reminders()).filter(
        (reminder) => Date.parse(reminder.at) > Date.now(),
      );
      const el = await mount(memory.as(ZOE));
      expect(parts(el, 'reminder-when').map(text)).to.deep.equal(
        reminders.map((reminder) => formatDateTime(reminder.at, ZONE)),
      );
      expect(parts(el, 'reminder-text').map(text)).to.deep.equal(
        reminders.map((reminder) =>
          reminder.kind === 'visit'
            ? `Appointment on ${formatDateTime(visit!.start, ZONE)}`
            : `Check-in due by ${formatLocalDate(reminder.dueBy!)}`,
        ),
      );
      expect(reminders.some((reminder) => reminder.kind === 'visit')).to.equal(true);
    });

    it('starts the settings discreet, with the default lead times and no extra channel', async () => {
      const el = await mount(demo().as(ZOE));
      expect(checkbox(el, 'Discreet wording')?.checked).to.equal(true);
      expect(checkbox(el, '7 days before')?.checked).to.equal(true);
      expect(checkbox(el, '1 day before')?.checked).to.equal(true);
      expect(checkbox(el, '2 hours before')?.checked).to.equal(true);
      expect(checkbox(el, '30 minutes before')?.checked).to.equal(false);
      expect(checkbox(el, 'Email')?.checked).to.equal(false);
    });

    it("shows times in the browser's time zone unless told otherwise", async () => {
      const memory = demo();
      const [visit] = await memory.as(ZOE).officer.listVisits();
      const el = await mount(memory.as(ZOE), null);
      expect(text(part(el, 'visit-time'))).to.equal(
        formatDateTime(visit!.start, browserTimeZone()),
      );
    });

    it('says so when there is nothing upcoming', async () => {
      const el = await mount(demo().as(GRACE));
      expect(parts(el, 'visit')).to.have.length(0);
      expect(text(root(el))).to.include('No upcoming appointments.');
    });

    it('explains that it is not connected when there is no backend', async () => {
      const el = await fixture<WvReminders>(html`<wv-reminders></wv-reminders>`);
      await waitUntil(() => part(el, 'error'));
      expect(text(part(el, 'error'))).to.include('not connected');
    });

    it('says loading in a live region while it loads', async () => {
      const real = demo().as(ZOE);
      const never = new Promise<never>(() => undefined);
      const slow = { ...real, officer: { ...real.officer, reminders: () => never } };
      const el = await fixture<WvReminders>(html`<wv-reminders .backend=${slow}></wv-reminders>`);
      await el.updateComplete;
      expect(part(el, 'loading')?.getAttribute('role')).to.equal('status');
    });
  });

  describe('attributes and properties', () => {
    it('shows times in the zone named by time-zone', async () => {
      const memory = demo();
      const [visit] = await memory.as(ZOE).officer.listVisits();
      const el = await mount(memory.as(ZOE), 'Asia/Tokyo');
      expect(text(part(el, 'visit-time'))).to.equal(formatDateTime(visit!.start, 'Asia/Tokyo'));
    });

    it('names the clinician once the officer turns discreet wording off and saves', async () => {
      const memory = demo();
      const el = await mount(memory.as(ZOE));
      checkbox(el, 'Discreet wording')!.click();
      await el.updateComplete;
      expect(text(part(el, 'visit-title')), 'changes only once saved').to.equal('Appointment');
      await save(el);
      expect(text(part(el, 'announcer'))).to.equal('Reminder settings saved.');
      expect((await memory.as(ZOE).officer.reminderPreferences()).discreet).to.equal(false);
      await waitUntil(() => text(part(el, 'visit-title')) !== 'Appointment');
      expect(text(part(el, 'visit-title'))).to.equal('Wellness visit with Jorge Salazar');
      expect(calendarText(part(el, 'calendar-link')!)).to.include('Jorge Salazar');
    });

    it('saves lead times and channels, and shows the new reminder schedule', async () => {
      const memory = demo();
      const el = await mount(memory.as(ZOE));
      checkbox(el, '1 day before')!.click();
      checkbox(el, '2 hours before')!.click();
      checkbox(el, '7 days before')!.click();
      checkbox(el, 'Email')!.click();
      await save(el);
      const saved = await memory.as(ZOE).officer.reminderPreferences();
      expect(saved.leadTimesMinutes).to.deep.equal([]);
      expect(saved.channels).to.deep.equal(['email']);
      await waitUntil(() =>
        parts(el, 'reminder-text').every((line) => !text(line).startsWith('Appointment')),
      );
      expect(calendarText(part(el, 'calendar-link')!)).to.not.include('VALARM');
    });
  });

  describe('events', () => {
    it('sends nothing to the host page, even when settings are saved', async () => {
      const el = await mount(demo().as(ZOE));
      const sent: string[] = [];
      const dispatch = el.dispatchEvent.bind(el);
      el.dispatchEvent = (event: Event) => {
        sent.push(event.type);
        return dispatch(event);
      };
      checkbox(el, 'Discreet wording')!.click();
      await save(el);
      expect(sent).to.deep.equal([]);
    });
  });

  describe('visits changed elsewhere on the page', () => {
    it('shows a visit booked by a booking widget at once, keeping unsaved settings', async () => {
      const memory = demo();
      const grace = memory.as(GRACE);
      const el = await mount(grace);
      expect(parts(el, 'visit')).to.have.length(0);
      checkbox(el, '30 minutes before')!.click();
      await el.updateComplete;

      const now = Date.now();
      const [slot] = await grace.officer.listSlots({
        from: new Date(now).toISOString(),
        to: new Date(now + 14 * 86_400_000).toISOString(),
      });
      const visit = await grace.officer.book({
        clinicianId: slot!.clinicianId,
        start: slot!.start,
        modality: slot!.modality,
      });
      document.body.dispatchEvent(new WvBookedEvent({ visitId: visit.id }));

      await waitUntil(() => parts(el, 'visit').length === 1, 'the new visit never showed');
      expect(checkbox(el, '30 minutes before')!.checked).to.equal(true);
    });
  });

  describe('keyboard', () => {
    it('changes and saves the settings from the keyboard', async () => {
      const memory = demo();
      const el = await mount(memory.as(ZOE));
      checkbox(el, '30 minutes before')!.focus();
      await sendKeys({ press: 'Space' });
      part(el, 'save-button')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => text(part(el, 'announcer')) !== '');
      const saved = await memory.as(ZOE).officer.reminderPreferences();
      expect(saved.leadTimesMinutes).to.include(30);
    });

    it('reaches every calendar link and setting with Tab', async () => {
      const el = await mount(demo().as(ZOE));
      part(el, 'calendar-link')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(checkbox(el, '30 minutes before'));
    });
  });

  describe('error states', () => {
    it('says the connection failed and retries on request', async () => {
      const spy = spyOn(demo().as(ZOE));
      spy.fail(
        (call) => call === 'officer.reminders',
        () => new NetworkError('offline'),
      );
      const el = await mount(spy.backend);
      expect(part(el, 'error')?.getAttribute('role')).to.equal('alert');
      expect(text(part(el, 'error'))).to.include('Could not connect');
      spy.heal();
      part(el, 'retry-button')!.click();
      await waitUntil(() => part(el, 'visit'), 'retry did not load');
    });

    it('keeps the edited settings when saving fails, and saves them on retry', async () => {
      const memory = demo();
      const spy = spyOn(memory.as(ZOE));
      const el = await mount(spy.backend);
      spy.fail(
        (call) => call === 'officer.setReminderPreferences',
        () => new NetworkError('offline'),
      );
      checkbox(el, 'Discreet wording')!.click();
      checkbox(el, 'Email')!.click();
      await save(el);
      expect(text(part(el, 'error'))).to.include('Could not connect');
      expect(checkbox(el, 'Discreet wording')?.checked).to.equal(false);
      expect(checkbox(el, 'Email')?.checked).to.equal(true);
      spy.heal();
      part(el, 'retry-button')!.click();
      await waitUntil(() => text(part(el, 'announcer')) !== '');
      const saved = await memory.as(ZOE).officer.reminderPreferences();
      expect(saved).to.deep.include({ discreet: false, channels: ['email'] });
    });

    it('names the field a validation error is about, keeping the edits', async () => {
      const spy = spyOn(demo().as(ZOE));
      const el = await mount(spy.backend);
      spy.fail(
        (call) => call === 'officer.setReminderPreferences',
        () =>
          new ValidationError('Invalid reminder preferences at leadTimesMinutes', [
            { path: ['leadTimesMinutes'], message: 'Too many', code: 'too_big' },
          ]),
      );
      checkbox(el, '30 minutes before')!.click();
      await save(el);
      expect(text(part(el, 'error'))).to.include('Please check this value: leadTimesMinutes');
      expect(checkbox(el, '30 minutes before')?.checked).to.equal(true);
    });

    it('never shows a department session any visit', async () => {
      const el = await mount(demo().as(DEMO_SESSIONS.departmentAdmin));
      expect(text(part(el, 'error'))).to.include('permission');
      expect(parts(el, 'visit')).to.have.length(0);
      expect(parts(el, 'reminder')).to.have.length(0);
    });

    it('shows an overdue check-in in words, not by colour alone', async () => {
      const host = await fixture<HTMLDivElement>(
        html`<div>
          ${renderCheckIn({
            period: {
              id: '2025-07',
              cadence: 'annual',
              firstDay: '2025-07-01',
              lastDay: '2026-06-30',
            },
            status: 'overdue',
            dueBy: '2026-07-30',
          })}
        </div>`,
      );
      expect(text(host)).to.equal('Overdue Check-in overdue: it was due by July 30, 2026.');
      expect(host.querySelector('[part~="check-in-overdue"]')).to.exist;
    });
  });

  describe('accessibility', () => {
    it('passes axe with visits, with none, in error and in the dark theme', async () => {
      const el = await mount(demo().as(ZOE));
      await expect(el).to.be.accessible();
      await expect(await mount(demo().as(GRACE))).to.be.accessible();
      await expect(await mount(demo().as(DEMO_SESSIONS.departmentAdmin))).to.be.accessible();
      el.theme = 'dark';
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });

  describe('theming', () => {
    it('lets --wv-color-accent reach the save button', async () => {
      const el = await mount(demo().as(ZOE));
      el.style.setProperty('--wv-color-accent', 'rgb(1, 2, 3)');
      expect(getComputedStyle(part(el, 'save-button')!).backgroundColor).to.equal('rgb(1, 2, 3)');
    });
  });

  describe('localization', () => {
    afterEach(() => setLocale('en'));

    it('speaks Spanish', async () => {
      await setLocale('es');
      const el = await mount(demo().as(ZOE));
      expect(text(part(el, 'heading'))).to.equal('Sus citas');
      expect(text(part(el, 'visit-title'))).to.equal('Cita');
    });
  });

  describe('safety', () => {
    it('renders markup in a clinician name as text', async () => {
      const memory = demo();
      const payload = '<img src=x onerror="window.__wvPwned=1">';
      const clinician = await memory.admin.createClinician({
        id: 'clinician-payload',
        practiceId: 'lakeside-counseling',
        displayName: payload,
        credentials: [],
        languages: ['en'],
        modalities: ['virtual'],
        lawEnforcementTrained: false,
        timeZone: ZONE,
      });
      await memory
        .as({ role: 'clinician', clinicianId: clinician.id, practiceId: 'lakeside-counseling' })
        .clinician.setAvailability({
          clinicianId: clinician.id,
          timeZone: ZONE,
          slotMinutes: 60,
          bufferMinutes: 0,
          minNoticeMinutes: 60,
          horizonDays: 30,
          rules: ([1, 2, 3, 4, 5, 6, 7] as const).map((weekday) => ({
            weekday,
            start: '00:00',
            end: '24:00',
            modalities: ['virtual' as const],
          })),
          exceptions: [],
        });
      const api = memory.as(GRACE).officer;
      const from = new Date(Date.now() + 86_400_000);
      const [slot] = await api.listSlots({
        from: from.toISOString(),
        to: new Date(from.getTime() + 7 * 86_400_000).toISOString(),
        clinicianId: clinician.id,
        modality: 'virtual',
      });
      await api.book({ clinicianId: clinician.id, start: slot!.start, modality: 'virtual' });
      await api.setReminderPreferences({ channels: [], leadTimesMinutes: [], discreet: false });
      const el = await mount(memory.as(GRACE));
      expect(text(part(el, 'visit-title'))).to.equal(`Wellness visit with ${payload}`);
      expect(root(el).querySelector('img')).to.equal(null);
      expect((window as { __wvPwned?: number }).__wvPwned).to.equal(undefined);
    });

    it('can be defined twice without throwing', async () => {
      // A second copy of the module (another URL) runs its define call again.
      const again = '../define/reminders.ts?again';
      await import(/* @vite-ignore */ again);
      expect(() => {
        define('wv-reminders', class extends HTMLElement {});
      }).to.not.throw();
      expect(customElements.get('wv-reminders')).to.equal(WvReminders);
    });

    it('leaves no global listener behind', async () => {
      const tracker = trackGlobalListeners();
      try {
        const el = await mount(demo().as(ZOE));
        checkbox(el, 'Email')!.click();
        await save(el);
        el.remove();
        expect(tracker.outstanding()).to.deep.equal([]);
      } finally {
        tracker.stop();
      }
    });
  });
});
