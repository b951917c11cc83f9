import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  createMemoryBackend,
  NetworkError,
  type MemoryBackend,
  type Session,
  type WellvisitBackend,
} from '@wellvisit/sdk';
import { DEMO_SESSIONS } from '@wellvisit/sdk/demo';
import '../define/attendance-badge.js';
import '../define/provider.js';
import { spyOn } from '../testing/backend-spy.js';
import { controls } from '../testing/story-controls.js';

// Every story runs on its own demo memory backend: Riverton PD (attendance required) and Harbor
// County (not required). Officers see their own status; a department admin names an officer.

const HARBOR_ADMIN: Session = {
  role: 'department-admin',
  adminId: 'admin-harbor',
  departmentId: 'harbor-county-so',
};
const officer = (officerId: string): Session => ({
  role: 'officer',
  officerId,
  departmentId: 'riverton-pd',
});

interface Loaded {
  memory: MemoryBackend;
  /** The period before the current one, where officers without a visit are overdue. */
  previousPeriod: string;
}

const demoLoader = async (): Promise<Loaded> => {
  const memory = createMemoryBackend({ seed: 'demo' });
  const [, previous] = await memory.as(DEMO_SESSIONS.departmentAdmin).department.periods();
  return { memory, previousPeriod: previous?.id ?? '' };
};

interface Setup {
  period?: string;
  officerId?: string;
  theme?: string;
  locale?: string;
}

function badge(backend: WellvisitBackend | undefined, setup: Setup = {}): TemplateResult {
  return html`<wv-provider locale=${setup.locale ?? 'en'} .backend=${backend}>
    <wv-attendance-badge
      period=${ifDefined(setup.period)}
      officer-id=${ifDefined(setup.officerId)}
      theme=${setup.theme ?? 'light'}
    ></wv-attendance-badge>
  </wv-provider>`;
}

const as = (loaded: unknown, session: Session) => (loaded as Loaded).memory.as(session);

const meta: Meta = {
  title: 'Elements/wv-attendance-badge',
  component: 'wv-attendance-badge',
  tags: ['autodocs'],
  loaders: [demoLoader],
  ...controls({
    period: { control: 'text', description: 'The period (`YYYY-MM`); the current one when empty.' },
    officerId: { control: 'text', description: 'For a department admin: whose status to show.' },
  }),
};
export default meta;

type Story = StoryObj;

/** An officer's own status: a visit this period. */
export const Completed: Story = {
  render: (args, { loaded }) => badge(as(loaded, DEMO_SESSIONS.officer), args),
};

/** An officer who has not checked in yet, with the last day to do so. */
export const Due: Story = {
  render: (args, { loaded }) => badge(as(loaded, officer('officer-keisha-grant')), args),
};

/** The previous period, which this officer missed. */
export const Overdue: Story = {
  render: (args, { loaded }) =>
    badge(as(loaded, DEMO_SESSIONS.officer), {
      ...args,
      period: (loaded as Loaded).previousPeriod,
    }),
};

/** A department admin looking at an officer the department excused. */
export const Excused: Story = {
  render: (args, { loaded }) =>
    badge(as(loaded, DEMO_SESSIONS.departmentAdmin), { ...args, officerId: 'officer-hannah-cho' }),
};

/** A department that does not require attendance. */
export const NotRequired: Story = {
  render: (args, { loaded }) =>
    badge(as(loaded, HARBOR_ADMIN), { ...args, officerId: 'officer-jo-lindqvist' }),
};

/** Badges beside names in an intranet list, one per officer. */
export const InAList: Story = {
  render: (args, { loaded }) => {
    const backend = as(loaded, DEMO_SESSIONS.departmentAdmin);
    const people = [
      ['Ana Ruiz', 'officer-ana-ruiz'],
      ['Keisha Grant', 'officer-keisha-grant'],
      ['Hannah Cho', 'officer-hannah-cho'],
    ];
    const { theme, locale } = args as Setup;
    return html`<wv-provider locale=${locale ?? 'en'} .backend=${backend}>
      <ul>
        ${people.map(
          ([name, id]) =>
            html`<li>
              ${name}
              <wv-attendance-badge
                officer-id=${ifDefined(id)}
                theme=${theme ?? 'light'}
              ></wv-attendance-badge>
            </li>`,
        )}
      </ul>
    </wv-provider>`;
  },
};

export const Loading: Story = {
  render: (args, { loaded }) => {
    const backend = as(loaded, DEMO_SESSIONS.officer);
    const never = new Promise<never>(() => undefined);
    return badge({ ...backend, officer: { ...backend.officer, attendance: () => never } }, args);
  },
};

/** The connection failed; Retry works (the failure clears after the first try). */
export const NetworkFailure: Story = {
  render: (args, { loaded }) => {
    const spy = spyOn(as(loaded, DEMO_SESSIONS.officer));
    spy.failOnce(
      () => true,
      () => new NetworkError('offline'),
    );
    return badge(spy.backend, args);
  },
};

/** A clinician's session may not read attendance. */
export const NotPermitted: Story = {
  render: (args, { loaded }) => badge(as(loaded, DEMO_SESSIONS.clinician), args),
};

export const NotConnected: Story = {
  render: (args) => badge(undefined, args),
};

export const Dark: Story = {
  args: { theme: 'dark' },
  render: (args, { loaded }) =>
    badge(as(loaded, DEMO_SESSIONS.officer), {
      ...args,
      period: (loaded as Loaded).previousPeriod,
    }),
  parameters: { backgrounds: { default: 'dark' } },
};

export const Spanish: Story = {
  args: { locale: 'es' },
  render: (args, { loaded }) => badge(as(loaded, officer('officer-keisha-grant')), args),
};
