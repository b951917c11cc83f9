import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import {
  createMemoryBackend,
  NetworkError,
  type Session,
  type WellvisitBackend,
} from '@wellvisit/sdk';
import { DEMO_SESSIONS } from '@wellvisit/sdk/demo';
import '../define/provider.js';
import '../define/reminders.js';
import { spyOn } from '../testing/backend-spy.js';
import { controls } from '../testing/story-controls.js';
import { bookVideoVisit } from '../testing/video-visit.js';

// Every story runs on its own demo memory backend (Riverton PD). Zoë Martin has a video visit
// in six days and has not checked in this period; Grace Whitfield has nothing booked; Ana Ruiz
// has checked in already.

const ZONE = 'America/Chicago';
const officer = (officerId: string): Session => ({
  role: 'officer',
  officerId,
  departmentId: 'riverton-pd',
});
const ZOE = officer('officer-zoe-martin');
const GRACE = officer('officer-grace-whitfield');

interface Loaded {
  backend: WellvisitBackend;
}

const as =
  (session: Session, setup?: (backend: WellvisitBackend) => Promise<unknown>) =>
  async (): Promise<Loaded> => {
    const backend = createMemoryBackend({ seed: 'demo' }).as(session);
    await setup?.(backend);
    return { backend };
  };

function reminders(
  backend: WellvisitBackend | undefined,
  setup: { theme?: string; locale?: string } = {},
): TemplateResult {
  return html`<wv-provider locale=${setup.locale ?? 'en'} .backend=${backend}>
    <wv-reminders time-zone=${ZONE} theme=${setup.theme ?? 'light'}></wv-reminders>
  </wv-provider>`;
}

const meta: Meta = {
  title: 'Elements/wv-reminders',
  component: 'wv-reminders',
  tags: ['autodocs'],
  loaders: [as(ZOE)],
  ...controls(),
};
export default meta;

type Story = StoryObj;

const render: Story['render'] = (args, { loaded }) => reminders((loaded as Loaded).backend, args);

/** Discreet by default: "Appointment", no clinician, a neutral calendar file. */
export const Upcoming: Story = { render };

/** A video visit with its link ("Join the video call"), as the backend shows it. */
export const VideoVisit: Story = {
  loaders: [
    async (): Promise<Loaded> => {
      const memory = createMemoryBackend({ seed: 'demo' });
      await bookVideoVisit(memory, 'clinician-jorge-salazar');
      return { backend: memory.as(GRACE) };
    },
  ],
  render,
};

/** The officer turned discreet wording off: the clinician and place are named. */
export const DetailedWording: Story = {
  loaders: [
    as(ZOE, (backend) =>
      backend.officer.setReminderPreferences({
        channels: ['email'],
        leadTimesMinutes: [24 * 60, 120],
        discreet: false,
      }),
    ),
  ],
  render,
};

/** Nothing booked: the check-in nudge and the settings remain. */
export const NothingUpcoming: Story = {
  loaders: [as(GRACE)],
  render,
};

/** The period's last day to check in has passed. */
export const Overdue: Story = {
  loaders: [
    async (): Promise<Loaded> => {
      const { backend } = await as(GRACE)();
      const { officer } = backend;
      const attendance: typeof officer.attendance = async (...args) => ({
        ...(await officer.attendance(...args)),
        status: 'overdue',
      });
      return { backend: { ...backend, officer: { ...officer, attendance } } };
    },
  ],
  render,
};

/** Checked in for this period. */
export const CheckedIn: Story = {
  loaders: [as(DEMO_SESSIONS.officer)],
  render,
};

export const Loading: Story = {
  render: (args, { loaded }) => {
    const { backend } = loaded as Loaded;
    const never = new Promise<never>(() => undefined);
    return reminders({ ...backend, officer: { ...backend.officer, reminders: () => never } }, args);
  },
};

/** The connection failed; Retry works (the backend fails once). */
export const NetworkFailure: Story = {
  render: (args, { loaded }) => {
    const spy = spyOn((loaded as Loaded).backend);
    spy.failOnce(
      (call) => call === 'officer.reminders',
      () => new NetworkError('offline'),
    );
    return reminders(spy.backend, args);
  },
};

/** A department admin's session: refused, nothing of the officer's visits is shown. */
export const DepartmentSession: Story = {
  loaders: [as(DEMO_SESSIONS.departmentAdmin)],
  render,
};

export const NotConnected: Story = {
  render: (args) => reminders(undefined, args),
};

export const Dark: Story = {
  args: { theme: 'dark' },
  render: (args, { loaded }) => reminders((loaded as Loaded).backend, args),
  parameters: { backgrounds: { default: 'dark' } },
};

export const Spanish: Story = {
  args: { locale: 'es' },
  render: (args, { loaded }) => reminders((loaded as Loaded).backend, args),
};
