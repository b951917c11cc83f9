import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import {
  createMemoryBackend,
  MODALITIES,
  NetworkError,
  type MemoryBackend,
  type Session,
  type WellvisitBackend,
} from '@wellvisit/sdk';
import { DEMO_SESSIONS } from '@wellvisit/sdk/demo';
import '../define/booking.js';
import '../define/provider.js';
import type { WvBooking } from './booking.js';
import { spyOn } from '../testing/backend-spy.js';
import { controls } from '../testing/story-controls.js';
import { DEMO_ROOM } from '../testing/video-visit.js';

// Every story runs on its own demo memory backend (Riverton PD, Lakeside Counseling), as the
// officer Ana Ruiz. Stories past the first step drive the element as an officer would: by
// clicking in its shadow root.

const JORGE = 'clinician-jorge-salazar';
const ZONE = 'America/Chicago';
const RIVAL: Session = {
  role: 'officer',
  officerId: 'officer-marcus-bell',
  departmentId: 'riverton-pd',
};

interface Loaded {
  memory: MemoryBackend;
  backend: WellvisitBackend;
}

const demoLoader = async (): Promise<Loaded> => {
  const memory = createMemoryBackend({ seed: 'demo' });
  return Promise.resolve({ memory, backend: memory.as(DEMO_SESSIONS.officer) });
};

interface Setup {
  modality?: string;
  clinician?: string;
  theme?: string;
  locale?: string;
}

function booking(backend: WellvisitBackend | undefined, setup: Setup = {}): TemplateResult {
  return html`<wv-provider locale=${setup.locale ?? 'en'} .backend=${backend}>
    <wv-booking
      time-zone=${ZONE}
      modality=${setup.modality ?? ''}
      clinician=${setup.clinician ?? ''}
      theme=${setup.theme ?? 'light'}
    ></wv-booking>
  </wv-provider>`;
}

/** Polls until `find` returns something (the memory backend answers asynchronously). */
async function waitFor<T>(find: () => T | null | undefined): Promise<T> {
  for (let i = 0; i < 200; i += 1) {
    const found = find();
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('The story never reached the expected state');
}

const bookingIn = (canvas: HTMLElement) => waitFor(() => canvas.querySelector('wv-booking'));
const inShadow = (el: WvBooking, selector: string) =>
  waitFor(() => el.shadowRoot?.querySelector<HTMLElement>(selector));

async function clickIn(el: WvBooking, selector: string): Promise<void> {
  (await inShadow(el, selector)).click();
  await el.updateComplete;
}

/** From the prefilled free times, next week (where the demo always has time) to a chosen slot. */
async function chooseSlot(canvas: HTMLElement): Promise<{ el: WvBooking; start: string }> {
  const el = await bookingIn(canvas);
  await clickIn(el, '[part~="week-button"]:last-of-type');
  const cell = await inShadow(el, '[role="gridcell"]');
  const start = cell.dataset.start ?? '';
  cell.click();
  await inShadow(el, '[part~="confirm-button"]');
  return { el, start };
}

async function book(canvas: HTMLElement): Promise<WvBooking> {
  const { el } = await chooseSlot(canvas);
  await clickIn(el, '[part~="confirm-button"]');
  await inShadow(el, '[part~="calendar-link"]');
  return el;
}

const prefilled: Setup = { modality: 'virtual', clinician: JORGE };

const meta: Meta = {
  title: 'Elements/wv-booking',
  component: 'wv-booking',
  tags: ['autodocs'],
  loaders: [demoLoader],
  ...controls({
    modality: { control: 'select', options: MODALITIES, description: 'Prefill: where.' },
    clinician: { control: 'text', description: 'Prefill: a clinician id.' },
  }),
};
export default meta;

type Story = StoryObj;

/** The first step: where the visit happens. */
export const ChooseWhere: Story = {
  render: (args, { loaded }) => booking((loaded as Loaded).backend, args),
};

/** The clinicians offering video calls, with their credentials, languages and training. */
export const ChooseClinician: Story = {
  render: (args, { loaded }) =>
    booking((loaded as Loaded).backend, { ...args, modality: 'virtual' }),
};

/** Free times next week, as a keyboard grid (arrow keys, Home/End, Enter or Space). */
export const FreeTimes: Story = {
  render: (args, { loaded }) => booking((loaded as Loaded).backend, { ...prefilled, ...args }),
  play: async ({ canvasElement }) => {
    const el = await bookingIn(canvasElement);
    await clickIn(el, '[part~="week-button"]:last-of-type');
  },
};

export const Confirm: Story = {
  render: (args, { loaded }) => booking((loaded as Loaded).backend, { ...prefilled, ...args }),
  play: async ({ canvasElement }) => {
    await chooseSlot(canvasElement);
  },
};

/** Back from confirming: the free times again, with the chosen one marked. */
export const BackToFreeTimes: Story = {
  render: (args, { loaded }) => booking((loaded as Loaded).backend, { ...prefilled, ...args }),
  play: async ({ canvasElement }) => {
    const { el } = await chooseSlot(canvasElement);
    await clickIn(el, '[part~="back-button"]');
  },
};

/** Booked: add to calendar (a discreet .ics), reschedule or cancel. */
export const Booked: Story = {
  render: (args, { loaded }) => booking((loaded as Loaded).backend, { ...prefilled, ...args }),
  play: async ({ canvasElement }) => {
    await book(canvasElement);
  },
};

/** Booked for a video call: the link, as the backend shows it. */
export const BookedVideo: Story = {
  loaders: [
    async (): Promise<Loaded> => {
      const loaded = await demoLoader();
      await loaded.memory.admin.setVideoRoom(JORGE, DEMO_ROOM);
      return loaded;
    },
  ],
  render: (args, { loaded }) => booking((loaded as Loaded).backend, { ...prefilled, ...args }),
  play: async ({ canvasElement }) => {
    await book(canvasElement);
  },
};

export const ConfirmCancel: Story = {
  render: (args, { loaded }) => booking((loaded as Loaded).backend, { ...prefilled, ...args }),
  play: async ({ canvasElement }) => {
    const el = await book(canvasElement);
    await clickIn(el, '[part~="cancel-button"]');
  },
};

export const Cancelled: Story = {
  render: (args, { loaded }) => booking((loaded as Loaded).backend, { ...prefilled, ...args }),
  play: async ({ canvasElement }) => {
    const el = await book(canvasElement);
    await clickIn(el, '[part~="cancel-button"]');
    await clickIn(el, '[part~="confirm-cancel-button"]');
  },
};

/** Another officer took the time first: the element says so and shows the refreshed times. */
export const SlotTaken: Story = {
  render: (args, { loaded }) => booking((loaded as Loaded).backend, { ...prefilled, ...args }),
  play: async ({ canvasElement, loaded }) => {
    const { el, start } = await chooseSlot(canvasElement);
    const { memory } = loaded as Loaded;
    await memory.as(RIVAL).officer.book({ clinicianId: JORGE, start, modality: 'virtual' });
    await clickIn(el, '[part~="confirm-button"]');
  },
};

export const Loading: Story = {
  render: (args, { loaded }) => {
    const { backend } = loaded as Loaded;
    const never = new Promise<never>(() => undefined);
    const slow = { ...backend, officer: { ...backend.officer, listSlots: () => never } };
    return booking(slow, { ...prefilled, ...args });
  },
};

/** A clinician without availability this week. */
export const NoFreeTimes: Story = {
  loaders: [
    async () => {
      const memory = createMemoryBackend({ seed: 'demo' });
      await memory.admin.createClinician({
        id: 'clinician-new',
        practiceId: 'lakeside-counseling',
        displayName: 'Alex Rivera',
        credentials: ['LMFT'],
        languages: ['en'],
        modalities: ['virtual'],
        lawEnforcementTrained: true,
        timeZone: ZONE,
      });
      return { memory, backend: memory.as(DEMO_SESSIONS.officer) };
    },
  ],
  render: (args, { loaded }) =>
    booking((loaded as Loaded).backend, {
      ...args,
      modality: 'virtual',
      clinician: 'clinician-new',
    }),
};

/** The connection failed; Retry works (the backend fails once). */
export const NetworkFailure: Story = {
  render: (args, { loaded }) => {
    const spy = spyOn((loaded as Loaded).backend);
    spy.failOnce(
      (call) => call === 'officer.listSlots',
      () => new NetworkError('offline'),
    );
    return booking(spy.backend, { ...prefilled, ...args });
  },
};

export const NotConnected: Story = {
  render: (args) => booking(undefined, args),
};

export const Dark: Story = {
  args: { theme: 'dark' },
  render: (args, { loaded }) => booking((loaded as Loaded).backend, { ...prefilled, ...args }),
  parameters: { backgrounds: { default: 'dark' } },
  play: async ({ canvasElement }) => {
    const el = await bookingIn(canvasElement);
    await clickIn(el, '[part~="week-button"]:last-of-type');
  },
};

export const Spanish: Story = {
  args: { locale: 'es' },
  render: (args, { loaded }) =>
    booking((loaded as Loaded).backend, { ...args, modality: 'virtual' }),
};
