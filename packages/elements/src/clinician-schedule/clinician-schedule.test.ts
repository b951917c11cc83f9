import { chaiA11yAxe } from 'chai-a11y-axe';
import { chai, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  createMemoryBackend,
  NetworkError,
  type MemoryBackend,
  type SeedData,
  type WellvisitBackend,
} from '@wellvisit/sdk';
import { DEMO_SESSIONS } from '@wellvisit/sdk/demo';
import '../define/clinician-schedule.js';
import { WvAvailabilitySavedEvent } from '../events/availability-events.js';
import { WvAttendanceMarkedEvent } from '../events/visit-events.js';
import { spyOn } from '../testing/backend-spy.js';
import { trackGlobalListeners } from '../testing/global-listeners.js';
import { define } from '../shared/define.js';
import { setLocale } from '../shared/localization.js';
import { WvClinicianSchedule } from './clinician-schedule.js';
import { until } from '../testing/until.js';

chai.use(chaiA11yAxe);

/** Wednesday 18 November 2026, 10:00 in Chicago, the demo world's zone. */
const NOW = new Date('2026-11-18T16:00:00Z');
/** Saturday 21 November 2026, 15:00 in Chicago: Daniel Kowalski's 14:00 visit has started. */
const AFTER_DANIEL_STARTED = Date.parse('2026-11-21T21:00:00Z') - NOW.getTime();

const demo = (): MemoryBackend => createMemoryBackend({ seed: 'demo', now: () => NOW });
const clinician = (memory = demo()) => memory.as(DEMO_SESSIONS.clinician);

const root = (el: WvClinicianSchedule) => el.shadowRoot!;
const $ = (el: WvClinicianSchedule, selector: string) =>
  root(el).querySelector<HTMLElement>(selector);
const part = (el: WvClinicianSchedule, name: string) => $(el, `[part~="${name}"]`);
const visits = (el: WvClinicianSchedule) => [
  ...root(el).querySelectorAll<HTMLElement>('[part~="visit"]'),
];
const visitOf = (el: WvClinicianSchedule, name: string) =>
  visits(el).find(
    (visit) => visit.querySelector('[part~="visit-officer"]')?.textContent.trim() === name,
  );
const range = (el: WvClinicianSchedule) =>
  part(el, 'range')?.textContent.replace(/\s+/g, ' ').trim();
const button = (el: WvClinicianSchedule, name: string) => part(el, name) as HTMLButtonElement;

/** Confirms the mark just chosen: marking asks first. */
async function confirmMark(el: WvClinicianSchedule): Promise<void> {
  await until(() => part(el, 'confirm-button'), 'no confirmation was asked');
  button(el, 'confirm-button').click();
}

async function loaded(el: WvClinicianSchedule): Promise<void> {
  await until(() => part(el, 'days') ?? part(el, 'error'), 'the schedule never loaded');
  await el.updateComplete;
}

async function scheduleFor(
  backend: WellvisitBackend,
  options: { date?: string; view?: 'day' | 'week'; timeZone?: string; now?: () => Date } = {},
): Promise<WvClinicianSchedule> {
  const el = await fixture<WvClinicianSchedule>(
    html`<wv-clinician-schedule
      .backend=${backend}
      .now=${options.now ?? (() => NOW)}
      .date=${options.date}
      .view=${options.view ?? 'week'}
      .timeZone=${options.timeZone}
    ></wv-clinician-schedule>`,
  );
  await loaded(el);
  return el;
}

/** The demo world two and a half days later, with the element on the same clock. */
async function afterDanielStarted() {
  const memory = demo();
  memory.advanceTime(AFTER_DANIEL_STARTED);
  const spy = spyOn(clinician(memory));
  const el = await scheduleFor(spy.backend, {
    date: '2026-11-21',
    view: 'day',
    now: () => memory.now(),
  });
  return { memory, spy, el };
}

async function openAvailability(el: WvClinicianSchedule): Promise<void> {
  button(el, 'availability-toggle').click();
  await until(() => part(el, 'availability-form'), 'the availability form never loaded');
  await el.updateComplete;
}

const input = (el: WvClinicianSchedule, id: string) =>
  ($(el, `#${id}`) as HTMLInputElement | null)!;

async function type(el: WvClinicianSchedule, id: string, value: string): Promise<void> {
  const field = input(el, id);
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

describe('<wv-clinician-schedule>', () => {
  describe('defaults', () => {
    it("shows this week's visits in the clinician's time zone", async () => {
      const el = await scheduleFor(clinician());
      expect(range(el)).to.equal('November 16 – 22, 2026 Times in America/Chicago');
      expect(root(el).querySelectorAll('[part~="day"]')).to.have.length(7);
      const daniel = visitOf(el, 'Daniel Kowalski')!;
      expect(daniel.querySelector('[part~="visit-time"]')?.textContent).to.match(
        /2:00\sPM–2:50\sPM/,
      );
      expect(daniel.querySelector('[part~="visit-modality"]')?.textContent.trim()).to.equal(
        'At the practice',
      );
      expect(daniel.querySelector('[part~="visit-place"]')?.textContent).to.contain('Lakeside');
      expect(daniel.querySelector('[part~="visit-status"]')?.textContent.trim()).to.equal('Booked');
    });

    it('offers no attendance buttons before a visit starts', async () => {
      const el = await scheduleFor(clinician());
      expect(visitOf(el, 'Daniel Kowalski')?.querySelector('[part~="mark-button"]')).to.equal(null);
    });

    it('says when a day has no visits', async () => {
      const el = await scheduleFor(clinician(), { view: 'day', date: '2026-11-17' });
      expect(part(el, 'empty-day')?.textContent).to.contain('No visits');
    });

    it('is week view by default, with the week button pressed', async () => {
      const el = await scheduleFor(clinician());
      expect(el.view).to.equal('week');
      const pressed = root(el).querySelector('[part~="view-button"][aria-pressed="true"]');
      expect(pressed?.textContent.trim()).to.equal('Week');
    });
  });

  describe('attributes and properties', () => {
    it('shows times in the zone named by time-zone', async () => {
      const el = await scheduleFor(clinician(), { timeZone: 'America/New_York' });
      expect(range(el)).to.contain('Times in America/New_York');
      expect(visitOf(el, 'Daniel Kowalski')?.textContent).to.match(/3:00\sPM/);
    });

    it('switches to one day and back to the week', async () => {
      const el = await scheduleFor(clinician(), { date: '2026-11-21' });
      root(el).querySelector<HTMLButtonElement>('[part~="view-button"]')?.click();
      await until(() => range(el)?.startsWith('Saturday, November 21, 2026'));
      expect(el.getAttribute('view')).to.equal('day');
      expect(root(el).querySelectorAll('[part~="day"]')).to.have.length(1);
      expect(button(el, 'next-button').textContent.trim()).to.equal('Next day');
    });

    it('moves a week at a time and back to today', async () => {
      const el = await scheduleFor(clinician());
      button(el, 'next-button').click();
      await until(() => range(el)?.startsWith('November 23 – 29, 2026'));
      expect(el.date).to.equal('2026-11-25');
      button(el, 'previous-button').click();
      button(el, 'previous-button').click();
      await until(() => range(el)?.startsWith('November 9 – 15, 2026'));
      button(el, 'today-button').click();
      await until(() => range(el)?.startsWith('November 16 – 22, 2026'));
    });

    it('marks a started visit attended, with its version', async () => {
      const { memory, spy, el } = await afterDanielStarted();
      const attended = visitOf(el, 'Daniel Kowalski')!.querySelector<HTMLButtonElement>(
        '[part~="mark-attended"]',
      )!;
      attended.click();
      await confirmMark(el);
      await until(() => visitOf(el, 'Daniel Kowalski')?.dataset.status === 'fulfilled');
      expect(spy.calls).to.include('clinician.markAttendance');
      expect(part(el, 'notice')?.textContent).to.contain('Daniel Kowalski: marked as attended.');
      const [stored] = await clinician(memory).clinician.listVisits({
        from: '2026-11-21T00:00:00Z',
        to: '2026-11-22T12:00:00Z',
      });
      expect(stored?.status).to.equal('fulfilled');
      expect(visitOf(el, 'Daniel Kowalski')?.querySelector('[part~="mark-button"]')).to.equal(null);
    });

    it('asks for confirmation first: nothing is sent until confirmed, and cancel sends nothing', async () => {
      const { spy, el } = await afterDanielStarted();
      const daniel = () => visitOf(el, 'Daniel Kowalski')!;
      daniel().querySelector<HTMLButtonElement>('[part~="mark-noshow"]')!.click();
      await until(() => daniel().querySelector('[part~="mark-question"]'));
      expect(daniel().querySelector('[part~="mark-question"]')?.textContent).to.contain(
        'Mark Daniel Kowalski as a no-show?',
      );
      expect(spy.calls).not.to.include('clinician.markAttendance');
      daniel().querySelector<HTMLButtonElement>('[part~="cancel-button"]')!.click();
      await until(() => daniel().querySelector('[part~="mark-attended"]'));
      expect(root(el).activeElement?.getAttribute('part')).to.contain('mark-attended');
      expect(spy.calls).not.to.include('clinician.markAttendance');
      expect(daniel().dataset.status).to.equal('booked');
    });

    it('marks a no-show', async () => {
      const { el } = await afterDanielStarted();
      visitOf(el, 'Daniel Kowalski')!
        .querySelector<HTMLButtonElement>('[part~="mark-noshow"]')!
        .click();
      await confirmMark(el);
      await until(() => visitOf(el, 'Daniel Kowalski')?.dataset.status === 'noshow');
      expect(visitOf(el, 'Daniel Kowalski')?.textContent).to.contain('No-show');
    });
  });

  describe('events', () => {
    it('sends wv-attendance-marked with the visit id and nothing else', async () => {
      const { el } = await afterDanielStarted();
      const event = oneEvent(el, 'wv-attendance-marked');
      visitOf(el, 'Daniel Kowalski')!
        .querySelector<HTMLButtonElement>('[part~="mark-attended"]')!
        .click();
      await confirmMark(el);
      const marked: unknown = await event;
      if (!(marked instanceof WvAttendanceMarkedEvent)) throw new Error('not a typed event');
      const { detail, bubbles, composed } = marked;
      expect(detail).to.deep.equal({ visitId: 'visit-demo-daniel-kowalski' });
      expect(bubbles && composed).to.equal(true);
    });

    it('sends wv-availability-saved with the clinician id and nothing else', async () => {
      const el = await scheduleFor(clinician());
      await openAvailability(el);
      const event = oneEvent(el, 'wv-availability-saved');
      button(el, 'save-button').click();
      const saved: unknown = await event;
      if (!(saved instanceof WvAvailabilitySavedEvent)) throw new Error('not a typed event');
      const { detail, bubbles, composed } = saved;
      expect(detail).to.deep.equal({ clinicianId: 'clinician-maya-brooks' });
      expect(bubbles && composed).to.equal(true);
    });
  });

  describe('keyboard', () => {
    it('navigates weeks and views with Tab, Enter and Space', async () => {
      const el = await scheduleFor(clinician());
      button(el, 'view-button').focus(); // "Day"
      await sendKeys({ press: 'Tab' }); // "Week"
      await sendKeys({ press: 'Tab' }); // previous
      await sendKeys({ press: 'Tab' }); // today
      await sendKeys({ press: 'Tab' }); // next
      expect(root(el).activeElement).to.equal(button(el, 'next-button'));
      await sendKeys({ press: 'Enter' });
      await until(() => range(el)?.startsWith('November 23 – 29, 2026'));
      button(el, 'view-button').focus();
      await sendKeys({ press: ' ' });
      await until(() => el.view === 'day');
    });

    it('records attendance from the keyboard', async () => {
      const { el } = await afterDanielStarted();
      button(el, 'today-button').focus();
      await sendKeys({ press: 'Tab' }); // next day
      await sendKeys({ press: 'Tab' }); // "Attended"
      expect(root(el).activeElement?.getAttribute('part')).to.contain('mark-attended');
      await sendKeys({ press: 'Enter' });
      await until(() => root(el).activeElement?.getAttribute('part')?.includes('confirm-button'));
      await sendKeys({ press: 'Enter' });
      await until(() => visitOf(el, 'Daniel Kowalski')?.dataset.status === 'fulfilled');
    });

    it('opens the availability form from the keyboard and focuses a new rule', async () => {
      const el = await scheduleFor(clinician());
      button(el, 'availability-toggle').focus();
      await sendKeys({ press: 'Enter' });
      await until(() => part(el, 'availability-form'));
      expect(button(el, 'availability-toggle').getAttribute('aria-expanded')).to.equal('true');
      ($(el, '#add-rules') as HTMLButtonElement | null)!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(root(el).activeElement?.id).to.equal('field-rules-6-weekday');
    });
  });

  describe('availability', () => {
    it('shows the weekly rules, exceptions and settings', async () => {
      const el = await scheduleFor(clinician());
      await openAvailability(el);
      expect(root(el).querySelectorAll('[part~="rule"]')).to.have.length(6);
      expect(input(el, 'field-slotMinutes').value).to.equal('50');
      expect(input(el, 'field-rules-0-start').value).to.equal('09:00');
      expect(input(el, 'field-rules-0-place').value).to.contain('wellness room');
    });

    it('shows a validation error beside its field and keeps what was typed', async () => {
      const memory = demo();
      const el = await scheduleFor(clinician(memory));
      await openAvailability(el);
      await type(el, 'field-rules-0-end', '08:00');
      await type(el, 'field-slotMinutes', '5');
      button(el, 'save-button').click();
      await until(() => part(el, 'field-error'));
      const end = input(el, 'field-rules-0-end');
      expect(end.value).to.equal('08:00');
      expect(end.getAttribute('aria-invalid')).to.equal('true');
      const message = $(el, `#${end.getAttribute('aria-describedby')!}`);
      expect(message?.textContent).to.contain('The end must be after the start.');
      const slotError = $(
        el,
        `#${input(el, 'field-slotMinutes').getAttribute('aria-describedby')!}`,
      );
      expect(slotError?.textContent).to.contain('Enter a whole number from 15 to 240.');
      expect(input(el, 'field-slotMinutes').getAttribute('aria-invalid')).to.equal('true');
      expect(input(el, 'field-slotMinutes').value).to.equal('5');
      expect(root(el).querySelector('[part~="availability-form"] [role="alert"]')).to.exist;
      const stored = await clinician(memory).clinician.availability();
      expect(stored.slotMinutes).to.equal(50);
    });

    it('moves the focus to the first field in error', async () => {
      const el = await scheduleFor(clinician());
      await openAvailability(el);
      await type(el, 'field-horizonDays', 'lots');
      button(el, 'save-button').click();
      await until(() => part(el, 'field-error'));
      await el.updateComplete;
      expect(root(el).activeElement?.id).to.equal('field-horizonDays');
    });

    it('clears a field error once the field is edited', async () => {
      const el = await scheduleFor(clinician());
      await openAvailability(el);
      await type(el, 'field-bufferMinutes', '-1');
      button(el, 'save-button').click();
      await until(() => part(el, 'field-error'));
      await type(el, 'field-bufferMinutes', '5');
      expect(input(el, 'field-bufferMinutes').getAttribute('aria-invalid')).to.equal('false');
    });

    it('adds and removes weekly hours and date changes, and saves them', async () => {
      const memory = demo();
      const el = await scheduleFor(clinician(memory));
      await openAvailability(el);
      ($(el, '#add-rules') as HTMLButtonElement | null)!.click();
      await el.updateComplete;
      const weekday = ($(el, '#field-rules-6-weekday') as HTMLSelectElement | null)!;
      weekday.value = '6';
      weekday.dispatchEvent(new Event('change'));
      await type(el, 'field-rules-6-start', '10:00');
      await type(el, 'field-rules-6-end', '00:00');
      root(el).querySelectorAll<HTMLButtonElement>('[part~="remove-button"]')[0]?.click();
      await el.updateComplete;
      expect(root(el).activeElement?.id).to.equal('add-rules');
      ($(el, '#add-exceptions') as HTMLButtonElement | null)!.click();
      await el.updateComplete;
      expect(root(el).activeElement?.id).to.equal('field-exceptions-0-date');
      await type(el, 'field-exceptions-0-date', '2026-12-24');
      button(el, 'save-button').click();
      await until(() => part(el, 'notice')?.textContent.includes('Availability saved.'));
      const stored = await clinician(memory).clinician.availability();
      expect(stored.rules).to.have.length(6);
      expect(stored.rules.at(-1)).to.include({ weekday: 6, start: '10:00', end: '24:00' });
      expect(stored.exceptions).to.deep.equal([{ date: '2026-12-24', kind: 'unavailable' }]);
    });

    it('asks extra availability for its times and modalities', async () => {
      const el = await scheduleFor(clinician());
      await openAvailability(el);
      ($(el, '#add-exceptions') as HTMLButtonElement | null)!.click();
      await el.updateComplete;
      await type(el, 'field-exceptions-0-date', '2026-12-26');
      const kind = ($(el, '#field-exceptions-0-kind') as HTMLSelectElement | null)!;
      kind.value = 'available';
      kind.dispatchEvent(new Event('change'));
      await el.updateComplete;
      button(el, 'save-button').click();
      await until(() => part(el, 'field-error'));
      expect(input(el, 'field-exceptions-0-start').getAttribute('aria-invalid')).to.equal('true');
    });

    it('discards edits on request', async () => {
      const el = await scheduleFor(clinician());
      await openAvailability(el);
      await type(el, 'field-slotMinutes', '30');
      button(el, 'discard-button').click();
      await el.updateComplete;
      expect(input(el, 'field-slotMinutes').value).to.equal('50');
    });
  });

  describe('error states', () => {
    it('says the connection failed and retries on request', async () => {
      const spy = spyOn(clinician());
      spy.fail(
        (call) => call === 'clinician.listVisits',
        () => new NetworkError('offline'),
      );
      const el = await scheduleFor(spy.backend);
      expect(part(el, 'error')?.textContent).to.contain('Could not connect');
      spy.heal();
      part(el, 'retry-button')?.click();
      await until(() => visitOf(el, 'Daniel Kowalski'), 'retry did not load');
    });

    it('refreshes and says so when the visit changed elsewhere', async () => {
      const { memory, spy, el } = await afterDanielStarted();
      // The same clinician marks the visit in another tab first.
      await clinician(memory).clinician.markAttendance('visit-demo-daniel-kowalski', {
        outcome: 'noshow',
      });
      const listed = spy.calls.filter((call) => call === 'clinician.listVisits').length;
      visitOf(el, 'Daniel Kowalski')!
        .querySelector<HTMLButtonElement>('[part~="mark-attended"]')!
        .click();
      await confirmMark(el);
      await until(() => part(el, 'alert')?.textContent.includes('changed elsewhere'));
      await until(() => visitOf(el, 'Daniel Kowalski')?.dataset.status === 'noshow');
      expect(spy.calls.filter((call) => call === 'clinician.listVisits').length).to.be.greaterThan(
        listed,
      );
    });

    it('says a visit has not started when the clocks disagree', async () => {
      const memory = demo();
      const el = await scheduleFor(clinician(memory), {
        date: '2026-11-21',
        view: 'day',
        now: () => new Date(NOW.getTime() + AFTER_DANIEL_STARTED),
      });
      visitOf(el, 'Daniel Kowalski')!
        .querySelector<HTMLButtonElement>('[part~="mark-attended"]')!
        .click();
      await confirmMark(el);
      await until(() => part(el, 'alert')?.textContent.includes('has not started yet'));
    });

    it('keeps the visit as it was when marking cannot be sent', async () => {
      const { spy, el } = await afterDanielStarted();
      spy.fail(
        (call) => call === 'clinician.markAttendance',
        () => new NetworkError('offline'),
      );
      visitOf(el, 'Daniel Kowalski')!
        .querySelector<HTMLButtonElement>('[part~="mark-noshow"]')!
        .click();
      await confirmMark(el);
      await until(() => part(el, 'alert')?.textContent.includes('Could not connect'));
      expect(visitOf(el, 'Daniel Kowalski')?.dataset.status).to.equal('booked');
    });

    it('keeps the draft when saving availability fails, and saves on the next try', async () => {
      const spy = spyOn(clinician());
      const el = await scheduleFor(spy.backend);
      await openAvailability(el);
      await type(el, 'field-slotMinutes', '45');
      spy.fail(
        (call) => call === 'clinician.setAvailability',
        () => new NetworkError('offline'),
      );
      button(el, 'save-button').click();
      await until(() =>
        root(el)
          .querySelector('[part~="availability-form"] [part~="error"]')
          ?.textContent.includes('Could not connect'),
      );
      expect(input(el, 'field-slotMinutes').value).to.equal('45');
      spy.heal();
      button(el, 'save-button').click();
      await until(() => part(el, 'notice')?.textContent.includes('Availability saved.'));
    });

    it('refuses a department session', async () => {
      const el = await scheduleFor(demo().as(DEMO_SESSIONS.departmentAdmin));
      expect(part(el, 'error')?.textContent).to.contain('permission');
    });
  });

  describe('accessibility', () => {
    it('passes axe while loading, with visits, on an empty day and in error', async () => {
      const loading = await fixture<WvClinicianSchedule>(
        html`<wv-clinician-schedule
          .backend=${clinician()}
          .now=${() => NOW}
        ></wv-clinician-schedule>`,
      );
      await expect(loading).to.be.accessible();
      const { el } = await afterDanielStarted();
      await expect(el).to.be.accessible();
      const empty = await scheduleFor(clinician(), { view: 'day', date: '2026-11-17' });
      await expect(empty).to.be.accessible();
      const failed = await scheduleFor(demo().as(DEMO_SESSIONS.officer));
      await expect(failed).to.be.accessible();
    });

    it('passes axe with the availability form open, with and without errors', async () => {
      const el = await scheduleFor(clinician());
      await openAvailability(el);
      ($(el, '#add-exceptions') as HTMLButtonElement | null)!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      await type(el, 'field-rules-0-end', '08:00');
      button(el, 'save-button').click();
      await until(() => part(el, 'field-error'));
      await expect(el).to.be.accessible();
    });

    it('passes axe in the dark theme', async () => {
      const el = await scheduleFor(clinician());
      el.theme = 'dark';
      await openAvailability(el);
      await expect(el).to.be.accessible();
    });
  });

  describe('theming', () => {
    it('lets --wv-color-accent reach the pressed view button', async () => {
      const el = await scheduleFor(clinician());
      el.style.setProperty('--wv-color-accent', 'rgb(1, 2, 3)');
      const pressed = $(el, '[part~="view-button"][aria-pressed="true"]')!;
      expect(getComputedStyle(pressed).backgroundColor).to.equal('rgb(1, 2, 3)');
    });
  });

  describe('localization', () => {
    after(async () => {
      await setLocale('en');
    });

    it('speaks Spanish, dates included', async () => {
      await setLocale('es');
      const el = await scheduleFor(clinician());
      expect(button(el, 'next-button').textContent.trim()).to.equal('Semana siguiente');
      expect(range(el)).to.contain('noviembre');
      expect(visitOf(el, 'Daniel Kowalski')?.textContent).to.contain('En la consulta');
    });

    it('words validation errors in Spanish too, and keeps what was typed', async () => {
      await setLocale('es');
      const el = await scheduleFor(clinician());
      await openAvailability(el);
      await type(el, 'field-rules-0-end', '08:00');
      await type(el, 'field-slotMinutes', '5');
      button(el, 'save-button').click();
      await until(() => part(el, 'field-error'));
      const errorOf = (id: string) =>
        $(el, `#${input(el, id).getAttribute('aria-describedby')!}`)?.textContent.trim();
      expect(errorOf('field-rules-0-end')).to.equal('El final debe ser posterior al inicio.');
      expect(errorOf('field-slotMinutes')).to.equal('Escriba un número entero entre 15 y 240.');
      expect(input(el, 'field-slotMinutes').value).to.equal('5');
    });
  });

  describe('safety', () => {
    const payload = '<img src=x onerror="window.__wvPwned=1"><script>window.__wvPwned=2</script>';
    const seed: SeedData = {
      departments: [
        {
          id: 'dept',
          name: 'Dept',
          timeZone: 'UTC',
          policy: { cadence: 'annual', periodStartMonth: 1, required: true, graceDays: 0 },
        },
      ],
      officers: [{ id: 'officer-x', departmentId: 'dept', displayName: payload, timeZone: 'UTC' }],
      practices: [{ id: 'practice', name: 'Practice', timeZone: 'UTC', departmentIds: ['dept'] }],
      clinicians: [
        {
          id: 'clinician-x',
          practiceId: 'practice',
          displayName: 'Clinician',
          credentials: [],
          languages: ['en'],
          modalities: ['virtual'],
          lawEnforcementTrained: true,
          timeZone: 'UTC',
        },
      ],
      visits: [
        {
          id: 'visit-x',
          officerId: 'officer-x',
          clinicianId: 'clinician-x',
          modality: 'virtual',
          start: '2026-11-18T15:00:00Z',
          end: '2026-11-18T15:50:00Z',
          status: 'booked',
        },
      ],
    };

    it('renders markup in an officer name as text', async () => {
      const memory = createMemoryBackend({ seed, now: () => NOW });
      const el = await scheduleFor(
        memory.as({ role: 'clinician', clinicianId: 'clinician-x', practiceId: 'practice' }),
      );
      expect(part(el, 'visit-officer')?.textContent.trim()).to.equal(payload);
      expect(root(el).querySelector('img, script')).to.equal(null);
      expect((window as { __wvPwned?: number }).__wvPwned).to.equal(undefined);
    });

    it('can be defined twice without throwing', () => {
      expect(() => {
        define('wv-clinician-schedule', WvClinicianSchedule);
        define('wv-clinician-schedule', class extends WvClinicianSchedule {});
      }).not.to.throw();
      expect(customElements.get('wv-clinician-schedule')).to.equal(WvClinicianSchedule);
    });

    it('leaves no global listener behind', async () => {
      const tracker = trackGlobalListeners();
      try {
        const el = await scheduleFor(clinician());
        await openAvailability(el);
        el.remove();
        expect(tracker.outstanding()).to.deep.equal([]);
      } finally {
        tracker.stop();
      }
    });
  });
});
