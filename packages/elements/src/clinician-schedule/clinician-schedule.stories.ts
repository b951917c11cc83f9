import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  addDays,
  createMemoryBackend,
  instantToZoned,
  NetworkError,
  zonedToInstant,
  type MemoryBackend,
  type WellvisitBackend,
} from '@wellvisit/sdk';
import { DEMO_SESSIONS } from '@wellvisit/sdk/demo';
import '../define/clinician-schedule.js';
import '../define/provider.js';
import { spyOn } from '../testing/backend-spy.js';
import type { WvClinicianSchedule } from './clinician-schedule.js';
import { SCHEDULE_VIEWS } from './schedule-range.js';
import { controls } from '../testing/story-controls.js';
import { bookVideoVisit } from '../testing/video-visit.js';

// Every story runs on its own demo memory backend as Dr. Maya Brooks of Lakeside Counseling,
// whose week holds past visits (attended) and upcoming ones (booked) with officers of Riverton PD.

const ZONE = 'America/Chicago';

interface Loaded {
  memory: MemoryBackend;
  backend: WellvisitBackend;
}

const demoLoader = async (): Promise<Loaded> => {
  const memory = createMemoryBackend({ seed: 'demo' });
  return Promise.resolve({ memory, backend: memory.as(DEMO_SESSIONS.clinician) });
};

interface Setup {
  view?: 'day' | 'week';
  date?: string;
  now?: () => Date;
  theme?: string;
  locale?: string;
}

function schedule(backend: WellvisitBackend | undefined, setup: Setup = {}): TemplateResult {
  return html`<wv-provider locale=${setup.locale ?? 'en'} .backend=${backend}>
    <wv-clinician-schedule
      view=${setup.view ?? 'week'}
      date=${ifDefined(setup.date)}
      theme=${setup.theme ?? 'light'}
      .now=${setup.now ?? (() => new Date())}
    ></wv-clinician-schedule>
  </wv-provider>`;
}

/** Polls until `find` returns something (the memory backend answers asynchronously). */
async function waitFor<T>(find: () => T | null | undefined): Promise<T> {
  for (let i = 0; i < 300; i += 1) {
    const found = find();
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('The story never reached the expected state');
}

const scheduleIn = (canvas: HTMLElement) =>
  waitFor(() => canvas.querySelector<WvClinicianSchedule>('wv-clinician-schedule'));
const inShadow = <E extends HTMLElement>(el: WvClinicianSchedule, selector: string) =>
  waitFor(() => el.shadowRoot?.querySelector<E>(selector));

async function openAvailability(canvas: HTMLElement): Promise<WvClinicianSchedule> {
  const el = await scheduleIn(canvas);
  (await inShadow(el, '[part~="availability-toggle"]')).click();
  await inShadow(el, '[part~="availability-form"]');
  return el;
}

/** The demo's booked visit three days ahead, half an hour after it started: ready to mark. */
const startedLoader = async (): Promise<Loaded & { day: string }> => {
  const memory = createMemoryBackend({ seed: 'demo' });
  const day = addDays(instantToZoned(memory.now(), ZONE).date, 3);
  memory.advanceTime(zonedToInstant(day, '14:30', ZONE).getTime() - memory.now().getTime());
  return Promise.resolve({ memory, backend: memory.as(DEMO_SESSIONS.clinician), day });
};

const backendOf = (loaded: unknown) => (loaded as Loaded).backend;

const meta: Meta = {
  title: 'Elements/wv-clinician-schedule',
  component: 'wv-clinician-schedule',
  tags: ['autodocs'],
  loaders: [demoLoader],
  ...controls({
    view: { control: 'inline-radio', options: SCHEDULE_VIEWS, description: 'Day or week.' },
    date: { control: 'text', description: 'A date (`YYYY-MM-DD`) in the range shown.' },
  }),
};
export default meta;

type Story = StoryObj;

/** This week, in the clinician's time zone. */
export const Week: Story = {
  render: (args, { loaded }) => schedule(backendOf(loaded), args),
};

/** Next week, where the demo has a booked visit. */
export const NextWeek: Story = {
  render: (args, { loaded }) => schedule(backendOf(loaded), args),
  play: async ({ canvasElement }) => {
    const el = await scheduleIn(canvasElement);
    (await inShadow(el, '[part~="next-button"]:not([disabled])')).click();
  },
};

/** A video visit, with its link for the clinician. */
export const VideoVisit: Story = {
  loaders: [
    async (): Promise<Loaded & { day: string }> => {
      const memory = createMemoryBackend({ seed: 'demo' });
      const visit = await bookVideoVisit(memory, DEMO_SESSIONS.clinician.clinicianId);
      const day = instantToZoned(new Date(visit.start), ZONE).date;
      return { memory, backend: memory.as(DEMO_SESSIONS.clinician), day };
    },
  ],
  render: (args, { loaded }) => {
    const { backend, day } = loaded as Loaded & { day: string };
    return schedule(backend, { ...args, view: 'day', date: day });
  },
};

/** One day, with a visit that has started: attended or no-show. */
export const MarkAttendance: Story = {
  loaders: [startedLoader],
  render: (args, { loaded }) => {
    const { memory, backend, day } = loaded as Loaded & { day: string };
    return schedule(backend, { ...args, view: 'day', date: day, now: () => memory.now() });
  },
};

/** The visit was marked elsewhere first: the element says so and shows it as it is now. */
export const MarkedElsewhere: Story = {
  loaders: [startedLoader],
  render: (args, { loaded }) => {
    const { memory, backend, day } = loaded as Loaded & { day: string };
    return schedule(backend, { ...args, view: 'day', date: day, now: () => memory.now() });
  },
  play: async ({ canvasElement, loaded }) => {
    const { backend } = loaded as Loaded;
    const el = await scheduleIn(canvasElement);
    const attended = await inShadow(el, '[part~="mark-attended"]');
    await backend.clinician.markAttendance('visit-demo-daniel-kowalski', { outcome: 'noshow' });
    attended.click();
  },
};

/** A day without visits. */
export const EmptyDay: Story = {
  render: (args, { loaded }) => {
    const { memory } = loaded as Loaded;
    const day = addDays(instantToZoned(memory.now(), ZONE).date, 1);
    return schedule(backendOf(loaded), { ...args, view: 'day', date: day });
  },
};

/** Weekly hours, date changes and booking settings, as one form. */
export const Availability: Story = {
  render: (args, { loaded }) => schedule(backendOf(loaded), args),
  play: async ({ canvasElement }) => {
    await openAvailability(canvasElement);
  },
};

/** A date change being added: a day off or other hours on one date. */
export const AddDateChange: Story = {
  render: (args, { loaded }) => schedule(backendOf(loaded), args),
  play: async ({ canvasElement }) => {
    const el = await openAvailability(canvasElement);
    (await inShadow(el, '#add-exceptions')).click();
  },
};

/** A rule that ends before it starts and a visit length too short: errors beside the fields. */
export const AvailabilityErrors: Story = {
  render: (args, { loaded }) => schedule(backendOf(loaded), args),
  play: async ({ canvasElement }) => {
    const el = await openAvailability(canvasElement);
    for (const [id, value] of [
      ['field-rules-0-end', '08:00'],
      ['field-slotMinutes', '5'],
    ] as const) {
      const input = await inShadow<HTMLInputElement>(el, `#${id}`);
      input.value = value;
      input.dispatchEvent(new InputEvent('input'));
    }
    (await inShadow(el, '[part~="save-button"]')).click();
  },
};

export const Loading: Story = {
  render: (args, { loaded }) => {
    const backend = backendOf(loaded);
    const never = new Promise<never>(() => undefined);
    return schedule(
      { ...backend, clinician: { ...backend.clinician, listVisits: () => never } },
      args,
    );
  },
};

/** The connection failed; Retry works (the failure clears after the first try). */
export const NetworkFailure: Story = {
  render: (args, { loaded }) => {
    const spy = spyOn(backendOf(loaded));
    spy.failOnce(
      (call) => call === 'clinician.listVisits',
      () => new NetworkError('offline'),
    );
    return schedule(spy.backend, args);
  },
};

export const NotConnected: Story = {
  render: (args) => schedule(undefined, args),
};

export const Dark: Story = {
  args: { theme: 'dark' },
  render: (args, { loaded }) => schedule(backendOf(loaded), args),
  parameters: { backgrounds: { default: 'dark' } },
  play: async ({ canvasElement }) => {
    await openAvailability(canvasElement);
  },
};

export const Spanish: Story = {
  args: { locale: 'es' },
  render: (args, { loaded }) => schedule(backendOf(loaded), args),
};
