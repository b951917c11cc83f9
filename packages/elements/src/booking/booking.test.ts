import { chaiA11yAxe } from 'chai-a11y-axe';
import { chai, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  createMemoryBackend,
  NetworkError,
  ValidationError,
  type BookingRequest,
  type MemoryBackend,
  type Session,
  type WellvisitBackend,
} from '@wellvisit/sdk';
import { DEMO_SESSIONS } from '@wellvisit/sdk/demo';
import '../define/booking.js';
import { spyOn } from '../testing/backend-spy.js';
import { trackGlobalListeners } from '../testing/global-listeners.js';
import {
  WvBookedEvent,
  type WvCancelledEvent,
  type WvRescheduledEvent,
} from '../events/visit-events.js';
import { browserTimeZone } from '../shared/format.js';
import { define } from '../shared/define.js';
import { setLocale } from '../shared/localization.js';
import { WvBooking } from './booking.js';

chai.use(chaiA11yAxe);

// The memory backend runs on the real clock (its demo world is laid around "now"), like the
// element's week navigation. Tests go to next week, where the demo clinicians always have time.
const ZONE = 'America/Chicago';
const JORGE = 'clinician-jorge-salazar';
const RIVAL: Session = {
  role: 'officer',
  officerId: 'officer-marcus-bell',
  departmentId: 'riverton-pd',
};

interface Mount {
  modality?: string;
  clinician?: string;
  timeZone?: string | null;
}

const demo = (): MemoryBackend => createMemoryBackend({ seed: 'demo' });
const root = (el: WvBooking) => el.shadowRoot!;
const part = (el: WvBooking, name: string) =>
  root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: WvBooking, name: string) => [
  ...root(el).querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];
const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const heading = (el: WvBooking) => text(part(el, 'heading'));
const cells = (el: WvBooking) => [...root(el).querySelectorAll<HTMLElement>('[role="gridcell"]')];
const focused = (el: WvBooking) => root(el).activeElement as HTMLElement | null;

/** Waits for every loading state to end. */
async function settled(el: WvBooking): Promise<void> {
  await el.updateComplete;
  await waitUntil(
    () => !part(el, 'loading') && part(el, 'base')?.getAttribute('aria-busy') !== 'true',
    'still busy',
  );
  await el.updateComplete;
}

async function click(el: WvBooking, target: HTMLElement | null | undefined): Promise<void> {
  expect(target, 'nothing to click').to.exist;
  target!.click();
  await settled(el);
}

function buttonNamed(el: WvBooking, name: string): HTMLElement | undefined {
  return [...root(el).querySelectorAll<HTMLElement>('button')].find((b) => text(b).includes(name));
}

async function mount(backend: WellvisitBackend | undefined, options: Mount = {}) {
  const zone = options.timeZone === null ? undefined : (options.timeZone ?? ZONE);
  const el = await fixture<WvBooking>(
    html`<wv-booking
      .backend=${backend}
      modality=${ifDefined(options.modality)}
      clinician=${ifDefined(options.clinician)}
      time-zone=${ifDefined(zone)}
    ></wv-booking>`,
  );
  await settled(el);
  return el;
}

/** Jorge Salazar's virtual slots, next week. */
async function atSlots(backend: WellvisitBackend, options: Mount = {}) {
  const el = await mount(backend, { modality: 'virtual', clinician: JORGE, ...options });
  await click(el, buttonNamed(el, 'Next week'));
  await waitUntil(() => cells(el).length > 0, 'no free slots next week');
  return el;
}

async function atConfirm(backend: WellvisitBackend) {
  const el = await atSlots(backend);
  const cell = cells(el)[0]!;
  await click(el, cell);
  expect(heading(el)).to.equal('Confirm your visit');
  return { el, start: cell.dataset.start! };
}

async function booked(backend: WellvisitBackend) {
  const { el, start } = await atConfirm(backend);
  const event = oneEvent<WvBookedEvent>(el, 'wv-booked');
  await click(el, part(el, 'confirm-button'));
  const { detail } = await event;
  await settled(el);
  return { el, start, visitId: detail.visitId };
}

/** Books Jorge Salazar's first virtual slot from a week ahead, as the backend's officer. */
async function bookAhead(officer: WellvisitBackend) {
  const now = Date.now();
  const [slot] = await officer.officer.listSlots({
    from: new Date(now + 7 * 86_400_000).toISOString(),
    to: new Date(now + 21 * 86_400_000).toISOString(),
    clinicianId: JORGE,
    modality: 'virtual',
  });
  return officer.officer.book({ clinicianId: JORGE, start: slot!.start, modality: 'virtual' });
}

describe('<wv-booking>', () => {
  describe('defaults', () => {
    it('starts by asking where, offering the department, the practice and a video call', async () => {
      const el = await mount(demo().as(DEMO_SESSIONS.officer));
      expect(heading(el)).to.equal('Where would you like to meet?');
      expect(parts(el, 'option-label').map(text)).to.deep.equal([
        'At the department',
        'At the practice',
        'Virtual',
      ]);
    });

    it("shows times in the browser's time zone unless told otherwise", async () => {
      const el = await atSlots(demo().as(DEMO_SESSIONS.officer), { timeZone: null });
      expect(text(part(el, 'time-zone'))).to.include(browserTimeZone());
      const cell = cells(el)[0]!;
      const expected = new Intl.DateTimeFormat('en', {
        hour: 'numeric',
        minute: '2-digit',
        timeZone: browserTimeZone(),
      }).format(new Date(cell.dataset.start!));
      expect(text(cell)).to.equal(expected);
    });

    it('explains that it is not connected when there is no backend', async () => {
      const el = await fixture<WvBooking>(html`<wv-booking></wv-booking>`);
      expect(text(part(el, 'error'))).to.include('not connected');
    });

    it('says loading while the free times load', async () => {
      const real = demo().as(DEMO_SESSIONS.officer);
      const never = new Promise<never>(() => undefined);
      const slow = { ...real, officer: { ...real.officer, listSlots: () => never } };
      const el = await fixture<WvBooking>(
        html`<wv-booking .backend=${slow} modality="virtual" clinician=${JORGE}></wv-booking>`,
      );
      await el.updateComplete;
      expect(part(el, 'loading')?.getAttribute('role')).to.equal('status');
      expect(text(part(el, 'loading'))).to.equal('Loading…');
    });
  });

  describe('calendar file', () => {
    const calendarText = (el: WvBooking) => {
      const link = part(el, 'calendar-link') as HTMLAnchorElement;
      const [kind, data] = link.href.split(',');
      expect(kind).to.equal('data:text/calendar;charset=utf-8');
      return decodeURIComponent(data!);
    };

    it('is discreet by default: "Appointment", no clinician, no place, a neutral file name', async () => {
      const { el } = await booked(demo().as(DEMO_SESSIONS.officer));
      const link = part(el, 'calendar-link') as HTMLAnchorElement;
      expect(link.download).to.equal('appointment.ics');
      expect(text(link)).to.equal('Add to calendar');
      const ics = calendarText(el);
      expect(ics).to.include('SUMMARY:Appointment');
      expect(ics).to.include('BEGIN:VALARM');
      expect(ics).to.not.include('Jorge');
      expect(ics).to.not.include('LOCATION');
    });

    it('names the clinician only once the officer has turned discreet wording off', async () => {
      const memory = demo();
      const officer = memory.as(DEMO_SESSIONS.officer);
      await officer.officer.setReminderPreferences({
        channels: [],
        leadTimesMinutes: [60],
        discreet: false,
      });
      const { el } = await booked(officer);
      await waitUntil(() => calendarText(el).includes('Jorge Salazar'), 'no clinician name');
      expect(calendarText(el)).to.include('TRIGGER:-PT1H');
    });

    it('offers the cancellation file after a cancel: same UID, STATUS:CANCELLED, no alarms', async () => {
      const { el } = await booked(demo().as(DEMO_SESSIONS.officer));
      const uid = /UID:(.+)\r\n/.exec(calendarText(el))?.[1];
      expect(uid).to.match(/@wellvisit$/);
      await click(el, part(el, 'cancel-button'));
      await click(el, part(el, 'confirm-cancel-button'));
      await settled(el);
      const link = part(el, 'calendar-link') as HTMLAnchorElement;
      expect(text(link)).to.equal('Remove from calendar');
      expect(link.download).to.equal('appointment-cancelled.ics');
      const ics = calendarText(el);
      expect(ics).to.include(`UID:${uid}\r\n`);
      expect(ics).to.include('STATUS:CANCELLED');
      expect(ics).to.include('SEQUENCE:1');
      expect(ics).to.not.include('BEGIN:VALARM');
    });
  });

  describe('attributes and properties', () => {
    it('opens a visit booked earlier with visit-id, to cancel it', async () => {
      const officer = demo().as(DEMO_SESSIONS.officer);
      const visit = await bookAhead(officer);
      const el = await fixture<WvBooking>(
        html`<wv-booking .backend=${officer} visit-id=${visit.id} time-zone=${ZONE}></wv-booking>`,
      );
      await waitUntil(() => heading(el) === 'You are booked', 'the visit never opened');
      await waitUntil(() => root(el).textContent.includes('Jorge Salazar'), 'no clinician shown');

      await click(el, part(el, 'cancel-button'));
      const cancelled = oneEvent<WvCancelledEvent>(el, 'wv-cancelled');
      await click(el, part(el, 'confirm-cancel-button'));
      expect((await cancelled).detail).to.deep.equal({ visitId: visit.id });
      expect((await officer.officer.getVisit(visit.id)).status).to.equal('cancelled');
    });

    it("shows a virtual visit's video link in the confirmation, opening in a new tab", async () => {
      const backend = demo();
      await backend.admin.setVideoRoom(JORGE, { url: 'https://video.example.org/{room}' });
      const { el, visitId } = await booked(backend.as(DEMO_SESSIONS.officer));
      const link = root(el).querySelector<HTMLAnchorElement>('a[part~="video"]');
      const visit = await backend.as(DEMO_SESSIONS.officer).officer.getVisit(visitId);
      expect(visit.video?.url).to.match(/^https:\/\/video\.example\.org\/room_/);
      expect(link?.href).to.equal(visit.video?.url);
      expect(link?.target).to.equal('_blank');
      expect(link?.rel).to.equal('noopener noreferrer');
      expect(text(link)).to.equal('Join the video call');
    });

    it('says when the video link will appear while the backend withholds it', async () => {
      const backend = demo();
      await backend.admin.setVideoRoom(JORGE, {
        url: 'https://video.example.org/fixed',
        opensMinutesBefore: 10,
      });
      const { el } = await booked(backend.as(DEMO_SESSIONS.officer));
      expect(root(el).querySelector('a[part~="video"]')).to.equal(null);
      expect(text(part(el, 'video'))).to.match(/^The video link appears at /);
      expect(root(el).innerHTML).to.not.include('video.example.org');
    });

    describe('from a manage link (a token for one visit)', () => {
      /** A booked visit of the demo officer and a token scoped to it, as an email's link has. */
      async function linked(memory: MemoryBackend) {
        const visit = await bookAhead(memory.as(DEMO_SESSIONS.officer));
        const session = { ...DEMO_SESSIONS.officer, visitId: visit.id };
        const { token } = await memory.admin.issueToken({ session, ttlSeconds: 600 });
        return { visit, token };
      }
      const open = async (backend: WellvisitBackend, visitId: string) => {
        const el = await fixture<WvBooking>(
          html`<wv-booking .backend=${backend} visit-id=${visitId} time-zone=${ZONE}></wv-booking>`,
        );
        await waitUntil(
          () => heading(el) === 'You are booked' || text(part(el, 'announcer')) !== '',
          'the link never opened',
        );
        return el;
      };

      it('opens its visit, to cancel it', async () => {
        const memory = demo();
        const { visit, token } = await linked(memory);
        const el = await open(memory.connect(token), visit.id);
        expect(heading(el)).to.equal('You are booked');
        await click(el, part(el, 'cancel-button'));
        await click(el, part(el, 'confirm-cancel-button'));
        expect((await memory.as(DEMO_SESSIONS.officer).officer.getVisit(visit.id)).status).to.equal(
          'cancelled',
        );
      });

      it('says the link expired once it has', async () => {
        const memory = demo();
        const { visit, token } = await linked(memory);
        memory.advanceTime(601_000);
        const el = await open(memory.connect(token), visit.id);
        expect(text(part(el, 'announcer'))).to.equal(
          'This link has expired. Use the one in your latest email.',
        );
      });

      it('says an altered link is not valid', async () => {
        const memory = demo();
        const { visit, token } = await linked(memory);
        const el = await open(memory.connect(`${token.slice(0, -1)}x`), visit.id);
        expect(text(part(el, 'announcer'))).to.equal(
          'This link is not valid. Copy all of it from your email.',
        );
      });

      it('says the visit was cancelled when the link is opened again after a cancel', async () => {
        const memory = demo();
        const { visit, token } = await linked(memory);
        await memory.connect(token).officer.cancel(visit.id);
        const el = await open(memory.connect(token), visit.id);
        expect(text(part(el, 'announcer'))).to.equal('This visit was cancelled.');
        expect(heading(el)).to.not.equal('You are booked');
      });
    });

    it('says so when visit-id names a visit that cannot be changed, and offers booking', async () => {
      const el = await fixture<WvBooking>(
        html`<wv-booking
          .backend=${demo().as(DEMO_SESSIONS.officer)}
          visit-id="visit-that-does-not-exist"
        ></wv-booking>`,
      );
      await waitUntil(() => text(part(el, 'announcer')) !== '', 'no notice');
      expect(text(part(el, 'announcer'))).to.equal(
        'That visit cannot be changed any more. You can book a new one.',
      );
      expect(heading(el)).to.equal('Where would you like to meet?');
    });

    it('with modality and clinician, starts at the free times of that clinician', async () => {
      const el = await mount(demo().as(DEMO_SESSIONS.officer), {
        modality: 'virtual',
        clinician: JORGE,
      });
      expect(heading(el)).to.equal('Choose a time');
      expect(text(part(el, 'context'))).to.equal('Jorge Salazar · Virtual');
    });

    it('with modality only, lists the clinicians offering it, with credentials', async () => {
      const el = await mount(demo().as(DEMO_SESSIONS.officer), { modality: 'department' });
      expect(heading(el)).to.equal('Choose a clinician');
      expect(parts(el, 'clinician-name').map(text)).to.deep.equal([
        'Dr. Maya Brooks',
        'Dr. Samir Haddad',
      ]);
      expect(parts(el, 'credentials').map(text)).to.deep.equal(['PsyD', 'PhD, LP']);
    });

    it('ignores a modality it does not know, and says why in the console', async () => {
      const warnings: unknown[][] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        const el = await mount(demo().as(DEMO_SESSIONS.officer), { modality: 'moon' });
        expect(heading(el)).to.equal('Where would you like to meet?');
        expect(String(warnings[0]?.[0])).to.include('modality');
      } finally {
        console.warn = warn;
      }
    });

    it('shows free times in the zone named by time-zone', async () => {
      const el = await atSlots(demo().as(DEMO_SESSIONS.officer), { timeZone: 'Asia/Tokyo' });
      const cell = cells(el)[0]!;
      const inTokyo = new Intl.DateTimeFormat('en', {
        hour: 'numeric',
        minute: '2-digit',
        timeZone: 'Asia/Tokyo',
      }).format(new Date(cell.dataset.start!));
      expect(text(cell)).to.equal(inTokyo);
      expect(text(part(el, 'time-zone'))).to.include('Asia/Tokyo');
    });

    it('filters clinicians by language and by law-enforcement training', async () => {
      const el = await mount(demo().as(DEMO_SESSIONS.officer), { modality: 'virtual' });
      expect(parts(el, 'clinician').length).to.equal(4);
      const select = part(el, 'select') as HTMLSelectElement;
      select.value = 'es';
      select.dispatchEvent(new Event('change'));
      await settled(el);
      expect(parts(el, 'clinician-name').map(text)).to.deep.equal(['Jorge Salazar']);
      select.value = '';
      select.dispatchEvent(new Event('change'));
      const trained = part(el, 'checkbox') as HTMLInputElement;
      trained.click();
      await settled(el);
      expect(parts(el, 'clinician-name').map(text)).to.not.include('Erin Walsh');
      expect(parts(el, 'clinician').length).to.equal(3);
      expect(parts(el, 'tag').length).to.equal(3);
    });

    it('walks through where and who to the free times, and back, keeping choices', async () => {
      const el = await mount(demo().as(DEMO_SESSIONS.officer));
      await click(el, buttonNamed(el, 'Virtual'));
      expect(heading(el)).to.equal('Choose a clinician');
      await click(el, buttonNamed(el, 'Jorge Salazar'));
      expect(heading(el)).to.equal('Choose a time');
      await click(el, buttonNamed(el, 'Back'));
      expect(buttonNamed(el, 'Jorge Salazar')?.getAttribute('aria-pressed')).to.equal('true');
      await click(el, buttonNamed(el, 'Back'));
      expect(buttonNamed(el, 'Virtual')?.getAttribute('aria-pressed')).to.equal('true');
    });

    it('does not go back before the current week', async () => {
      const el = await mount(demo().as(DEMO_SESSIONS.officer), {
        modality: 'virtual',
        clinician: JORGE,
      });
      expect(buttonNamed(el, 'Previous week')).to.have.property('disabled', true);
      await click(el, buttonNamed(el, 'Next week'));
      expect(buttonNamed(el, 'Previous week')).to.have.property('disabled', false);
    });
  });

  describe('events', () => {
    it('sends wv-booked with the visit id and nothing else, bubbling out of the shadow root', async () => {
      const memory = demo();
      const { el, start } = await atConfirm(memory.as(DEMO_SESSIONS.officer));
      const event = oneEvent<WvBookedEvent>(document, 'wv-booked');
      await click(el, part(el, 'confirm-button'));
      const received = await event;
      expect(received).to.be.instanceOf(WvBookedEvent);
      expect(received.bubbles && received.composed).to.equal(true);
      expect(Object.keys(received.detail)).to.deep.equal(['visitId']);
      const visit = await memory
        .as(DEMO_SESSIONS.officer)
        .officer.getVisit(received.detail.visitId);
      expect(visit.start).to.equal(start);
      // The id is opaque: it says nothing of the time or the clinician.
      expect(received.detail.visitId).to.not.include(JORGE);
      expect(received.detail.visitId).to.not.include(start.slice(0, 10));
      expect(heading(el)).to.equal('You are booked');
      expect(text(part(el, 'announcer'))).to.equal('Your visit is booked.');
    });

    it('reschedules the same visit and sends wv-rescheduled with its id only', async () => {
      const memory = demo();
      const { el, start, visitId } = await booked(memory.as(DEMO_SESSIONS.officer));
      await click(el, part(el, 'reschedule-button'));
      expect(heading(el)).to.equal('Choose a time');
      const other = cells(el).find((cell) => cell.dataset.start !== start)!;
      await click(el, other);
      expect(heading(el)).to.equal('Confirm the new time');
      const event = oneEvent<WvRescheduledEvent>(el, 'wv-rescheduled');
      await click(el, part(el, 'confirm-button'));
      const { detail } = await event;
      expect(detail).to.deep.equal({ visitId });
      const visit = await memory.as(DEMO_SESSIONS.officer).officer.getVisit(visitId);
      expect(visit.start).to.equal(other.dataset.start);
      expect(visit.version).to.equal(2);
      expect(heading(el)).to.equal('Your visit was moved');
    });

    it('asks before cancelling, and sends wv-cancelled with the visit id only', async () => {
      const memory = demo();
      const officer = memory.as(DEMO_SESSIONS.officer).officer;
      const { el, visitId } = await booked(memory.as(DEMO_SESSIONS.officer));
      await click(el, part(el, 'cancel-button'));
      expect(heading(el)).to.equal('Cancel this visit?');
      await click(el, part(el, 'keep-button'));
      expect(heading(el)).to.equal('You are booked');
      expect((await officer.getVisit(visitId)).status).to.equal('booked');

      await click(el, part(el, 'cancel-button'));
      const event = oneEvent<WvCancelledEvent>(el, 'wv-cancelled');
      await click(el, part(el, 'confirm-cancel-button'));
      expect((await event).detail).to.deep.equal({ visitId });
      expect((await officer.getVisit(visitId)).status).to.equal('cancelled');
      expect(heading(el)).to.equal('Your visit is cancelled');
      await click(el, part(el, 'book-another-button'));
      expect(heading(el)).to.equal('Where would you like to meet?');
    });

    it('books once however often the confirm button is clicked', async () => {
      const memory = demo();
      const spy = spyOn(memory.as(DEMO_SESSIONS.officer));
      const { el } = await atConfirm(spy.backend);
      const button = part(el, 'confirm-button')!;
      button.click();
      button.click();
      button.click();
      await oneEvent<WvBookedEvent>(el, 'wv-booked');
      expect(spy.calls.filter((call) => call === 'officer.book')).to.have.length(1);
    });
  });

  describe('keyboard', () => {
    it('puts one free time in the tab order, reached by Tab from the week navigation', async () => {
      const el = await atSlots(demo().as(DEMO_SESSIONS.officer));
      const stops = cells(el).filter((cell) => cell.tabIndex === 0);
      expect(stops).to.have.length(1);
      expect(stops[0]).to.equal(cells(el)[0]);
      buttonNamed(el, 'Next week')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(cells(el)[0]);
    });

    it('moves between free times with the arrow keys, Home and End', async () => {
      const el = await atSlots(demo().as(DEMO_SESSIONS.officer));
      const grid = cells(el);
      grid[0]!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(focused(el)).to.equal(cells(el)[1]);
      expect(cells(el)[1]!.tabIndex).to.equal(0);
      expect(cells(el)[0]!.tabIndex).to.equal(-1);

      await sendKeys({ press: 'End' });
      await el.updateComplete;
      const firstRow = root(el).querySelector('[role="row"]')!;
      const rowCells = [...firstRow.querySelectorAll('[role="gridcell"]')];
      expect(focused(el)).to.equal(rowCells.at(-1));

      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(focused(el)).to.equal(rowCells[0]);

      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      const secondRow = root(el).querySelectorAll('[role="row"]')[1];
      expect(focused(el)?.closest('[role="row"]')).to.equal(secondRow);
    });

    it('chooses a time with Enter and moves the focus to the next step heading', async () => {
      const el = await atSlots(demo().as(DEMO_SESSIONS.officer));
      const start = cells(el)[1]!.dataset.start;
      cells(el)[0]!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'Enter' });
      await settled(el);
      expect(heading(el)).to.equal('Confirm your visit');
      expect(focused(el)).to.equal(part(el, 'heading'));
      await click(el, buttonNamed(el, 'Back'));
      const selected = root(el).querySelector<HTMLElement>('[aria-selected="true"]');
      expect(selected?.dataset.start).to.equal(start);
    });

    it('chooses a time with Space', async () => {
      const el = await atSlots(demo().as(DEMO_SESSIONS.officer));
      cells(el)[0]!.focus();
      await sendKeys({ press: 'Space' });
      await settled(el);
      expect(heading(el)).to.equal('Confirm your visit');
    });

    it('books from the keyboard alone', async () => {
      const el = await mount(demo().as(DEMO_SESSIONS.officer));
      buttonNamed(el, 'Virtual')!.focus();
      await sendKeys({ press: 'Enter' });
      await settled(el);
      expect(focused(el)).to.equal(part(el, 'heading'));
      buttonNamed(el, 'Jorge Salazar')!.focus();
      await sendKeys({ press: 'Enter' });
      await settled(el);
      buttonNamed(el, 'Next week')!.focus();
      await sendKeys({ press: 'Enter' });
      await settled(el);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await settled(el);
      part(el, 'confirm-button')!.focus();
      const event = oneEvent<WvBookedEvent>(el, 'wv-booked');
      await sendKeys({ press: 'Enter' });
      expect((await event).detail.visitId).to.be.a('string');
    });
  });

  describe('error states', () => {
    it('when another officer takes the time first, says so, refreshes the times and keeps the choices', async () => {
      const memory = demo();
      const el = await atSlots(memory.as(DEMO_SESSIONS.officer));
      const week = text(part(el, 'week-label'));
      const contested = cells(el)[0]!.dataset.start!;
      await click(el, cells(el)[0]);
      // The rival books the same time while our officer looks at the confirmation step.
      await memory
        .as(RIVAL)
        .officer.book({ clinicianId: JORGE, start: contested, modality: 'virtual' });
      await click(el, part(el, 'confirm-button'));
      await waitUntil(() => heading(el) === 'Choose a time', 'did not return to the times');
      await settled(el);
      const announcer = part(el, 'announcer')!;
      expect(announcer.getAttribute('role')).to.equal('status');
      expect(text(announcer)).to.equal(
        'Sorry, someone just booked that time. Please choose another one.',
      );
      expect(cells(el).map((cell) => cell.dataset.start)).to.not.include(contested);
      expect(cells(el).length).to.be.greaterThan(0);
      expect(text(part(el, 'week-label'))).to.equal(week);
      expect(text(part(el, 'context'))).to.equal('Jorge Salazar · Virtual');
      const mine = await memory.as(DEMO_SESSIONS.officer).officer.listVisits();
      expect(mine.filter((visit) => visit.start === contested)).to.have.length(0);
    });

    it('when booking fails to connect, keeps the choice and retries with the same key', async () => {
      const memory = demo();
      const real = memory.as(DEMO_SESSIONS.officer);
      const keys: (string | undefined)[] = [];
      let loseResponse = true;
      // The first attempt reaches the backend but its answer is lost on the way back.
      const flaky: WellvisitBackend = {
        ...real,
        officer: {
          ...real.officer,
          book: async (request: BookingRequest) => {
            keys.push(request.idempotencyKey);
            const visit = await real.officer.book(request);
            if (loseResponse) {
              loseResponse = false;
              throw new NetworkError('The connection dropped');
            }
            return visit;
          },
        },
      };
      const { el, start } = await atConfirm(flaky);
      await click(el, part(el, 'confirm-button'));
      await waitUntil(() => part(el, 'error'), 'no error shown');
      expect(text(part(el, 'error'))).to.include('Could not connect');
      expect(heading(el)).to.equal('Confirm your visit');
      expect(text(part(el, 'summary'))).to.include('Jorge Salazar');
      const event = oneEvent<WvBookedEvent>(el, 'wv-booked');
      await click(el, part(el, 'retry-button'));
      await event;
      expect(keys).to.have.length(2);
      expect(keys[0]).to.be.a('string').and.equal(keys[1]);
      const mine = await real.officer.listVisits();
      expect(mine.filter((visit) => visit.start === start)).to.have.length(1);
    });

    it('when the free times fail to load, says so and retries', async () => {
      const spy = spyOn(demo().as(DEMO_SESSIONS.officer));
      spy.fail(
        (call) => call === 'officer.listSlots',
        () => new NetworkError('offline'),
      );
      const el = await mount(spy.backend, { modality: 'virtual', clinician: JORGE });
      expect(part(el, 'error')?.getAttribute('role')).to.equal('alert');
      expect(text(part(el, 'error'))).to.include('Could not connect');
      spy.heal();
      await click(el, part(el, 'retry-button'));
      await click(el, buttonNamed(el, 'Next week'));
      expect(cells(el).length).to.be.greaterThan(0);
    });

    it('shows a validation error naming the field, keeping what the officer chose', async () => {
      const spy = spyOn(demo().as(DEMO_SESSIONS.officer));
      const { el, start } = await atConfirm(spy.backend);
      spy.fail(
        (call) => call === 'officer.book',
        () =>
          new ValidationError('Invalid booking request at start', [
            { path: ['start'], message: 'Use an ISO 8601 UTC time', code: 'invalid_format' },
          ]),
      );
      await click(el, part(el, 'confirm-button'));
      expect(text(part(el, 'error'))).to.include('Please check this value: start');
      expect(heading(el)).to.equal('Confirm your visit');
      await click(el, buttonNamed(el, 'Back'));
      expect(root(el).querySelector<HTMLElement>('[aria-selected="true"]')?.dataset.start).to.equal(
        start,
      );
      expect(text(part(el, 'context'))).to.equal('Jorge Salazar · Virtual');
    });

    it('never shows a department session any clinician or time', async () => {
      const memory = demo();
      const el = await mount(memory.as(DEMO_SESSIONS.departmentAdmin), {
        modality: 'virtual',
        clinician: JORGE,
      });
      expect(text(part(el, 'error'))).to.include('permission');
      expect(cells(el)).to.have.length(0);
      await click(el, buttonNamed(el, 'Back'));
      expect(text(part(el, 'error'))).to.include('permission');
      const shown = text(root(el) as unknown as Element);
      for (const name of ['Maya', 'Jorge', 'Erin', 'Samir']) expect(shown).to.not.include(name);
    });
  });

  describe('accessibility', () => {
    it('passes axe at every step', async () => {
      const el = await mount(demo().as(DEMO_SESSIONS.officer));
      await expect(el).to.be.accessible();
      await click(el, buttonNamed(el, 'Virtual'));
      await expect(el).to.be.accessible();
      await click(el, buttonNamed(el, 'Jorge Salazar'));
      await click(el, buttonNamed(el, 'Next week'));
      expect(part(el, 'slot-grid')?.getAttribute('role')).to.equal('grid');
      await expect(el).to.be.accessible();
      await click(el, cells(el)[0]);
      await expect(el).to.be.accessible();
      await click(el, part(el, 'confirm-button'));
      await expect(el).to.be.accessible();
      await click(el, part(el, 'cancel-button'));
      await expect(el).to.be.accessible();
      await click(el, part(el, 'confirm-cancel-button'));
      await expect(el).to.be.accessible();
    });

    it('passes axe in error, empty and loading states', async () => {
      const spy = spyOn(demo().as(DEMO_SESSIONS.officer));
      spy.fail(
        (call) => call === 'officer.listSlots',
        () => new NetworkError('offline'),
      );
      const failing = await mount(spy.backend, { modality: 'virtual', clinician: JORGE });
      await expect(failing).to.be.accessible();
      const empty = await mount(demo().as(DEMO_SESSIONS.officer), { modality: 'department' });
      (part(empty, 'select') as HTMLSelectElement).value = 'ar';
      part(empty, 'select')!.dispatchEvent(new Event('change'));
      const trained = part(empty, 'checkbox') as HTMLInputElement;
      trained.click();
      await settled(empty);
      await expect(empty).to.be.accessible();
    });

    it('passes axe in the dark theme', async () => {
      const el = await atSlots(demo().as(DEMO_SESSIONS.officer));
      el.theme = 'dark';
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });

  describe('theming', () => {
    it('lets --wv-color-accent reach the confirm button', async () => {
      const { el } = await atConfirm(demo().as(DEMO_SESSIONS.officer));
      el.style.setProperty('--wv-color-accent', 'rgb(1, 2, 3)');
      expect(getComputedStyle(part(el, 'confirm-button')!).backgroundColor).to.equal(
        'rgb(1, 2, 3)',
      );
    });

    it('keeps its look inside hostile page CSS', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="text-transform: uppercase; letter-spacing: 12px; color: rgb(255, 0, 0)">
          <wv-booking .backend=${demo().as(DEMO_SESSIONS.officer)}></wv-booking>
        </div>`,
      );
      const el = wrapper.querySelector('wv-booking')!;
      await settled(el);
      const style = getComputedStyle(part(el, 'heading')!);
      expect(style.textTransform).to.equal('none');
      expect(style.color).to.not.equal('rgb(255, 0, 0)');
    });
  });

  describe('localization', () => {
    afterEach(() => setLocale('en'));

    it('speaks Spanish', async () => {
      await setLocale('es');
      const el = await mount(demo().as(DEMO_SESSIONS.officer), { modality: 'virtual' });
      expect(heading(el)).to.equal('Elija un profesional');
      expect(text(buttonNamed(el, 'Atrás'))).to.equal('Atrás');
    });

    it('titles the calendar file in Spanish', async () => {
      const { el } = await booked(demo().as(DEMO_SESSIONS.officer));
      await setLocale('es');
      await settled(el);
      const link = part(el, 'calendar-link') as HTMLAnchorElement;
      const ics = decodeURIComponent(link.href.split(',')[1]!);
      expect(ics).to.include('SUMMARY:Cita\r\n');
      expect(ics).to.include('DESCRIPTION:Cita\r\n');
    });
  });

  describe('safety', () => {
    it('renders markup in a clinician name as text', async () => {
      const memory = demo();
      const payload = '<img src=x onerror="window.__wvPwned=1">';
      await memory.admin.createClinician({
        practiceId: 'lakeside-counseling',
        displayName: payload,
        credentials: ['<b>LCSW</b>'],
        languages: ['en'],
        modalities: ['virtual'],
        lawEnforcementTrained: false,
        timeZone: ZONE,
      });
      const el = await mount(memory.as(DEMO_SESSIONS.officer), { modality: 'virtual' });
      expect(parts(el, 'clinician-name').map(text)).to.include(payload);
      expect(root(el).querySelector('img, b')).to.equal(null);
      expect((window as { __wvPwned?: number }).__wvPwned).to.equal(undefined);
    });

    it('can be defined twice without throwing', async () => {
      // A second copy of the module (another URL) runs its define call again.
      const again = '../define/booking.ts?again';
      await import(/* @vite-ignore */ again);
      expect(() => {
        define('wv-booking', class extends HTMLElement {});
      }).to.not.throw();
      expect(customElements.get('wv-booking')).to.equal(WvBooking);
    });

    it('leaves no global listener behind', async () => {
      const tracker = trackGlobalListeners();
      try {
        const el = await atSlots(demo().as(DEMO_SESSIONS.officer));
        cells(el)[0]!.focus();
        await sendKeys({ press: 'ArrowRight' });
        await click(el, cells(el)[0]);
        el.remove();
        expect(tracker.outstanding()).to.deep.equal([]);
      } finally {
        tracker.stop();
      }
    });
  });
});
