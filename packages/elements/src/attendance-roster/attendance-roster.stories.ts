import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  createMemoryBackend,
  NetworkError,
  type MemoryBackend,
  type SeedData,
  type Session,
  type WellvisitBackend,
} from '@wellvisit/sdk';
import { DEMO_SESSIONS } from '@wellvisit/sdk/demo';
import '../define/attendance-roster.js';
import '../define/provider.js';
import type { WvAttendanceRoster } from './attendance-roster.js';
import { spyOn } from '../testing/backend-spy.js';
import { controls } from '../testing/story-controls.js';

// Every story runs on its own memory backend as a department admin: the demo's Riverton PD
// (twelve officers), an empty department, or a generated one with 10,000 officers.

interface Loaded {
  backend: WellvisitBackend;
}

const demoLoader = async (): Promise<Loaded> =>
  Promise.resolve({
    backend: createMemoryBackend({ seed: 'demo' }).as(DEMO_SESSIONS.departmentAdmin),
  });

const METRO: Session = {
  role: 'department-admin',
  adminId: 'admin-metro',
  departmentId: 'metro-pd',
};
const policy = { cadence: 'annual', periodStartMonth: 7, required: true, graceDays: 30 } as const;

function department(officers: number): MemoryBackend {
  const seed: SeedData = {
    departments: [{ id: 'metro-pd', name: 'Metro PD', timeZone: 'America/Chicago', policy }],
    officers: Array.from({ length: officers }, (_, i) => ({
      id: `officer-${String(i + 1).padStart(5, '0')}`,
      departmentId: 'metro-pd',
      displayName: `Officer ${String(i + 1).padStart(5, '0')}`,
      timeZone: 'America/Chicago',
    })),
  };
  return createMemoryBackend({ seed });
}

interface Setup {
  period?: string;
  theme?: string;
  locale?: string;
}

function roster(backend: WellvisitBackend | undefined, setup: Setup = {}): TemplateResult {
  return html`<wv-provider locale=${setup.locale ?? 'en'} .backend=${backend}>
    <wv-attendance-roster
      period=${ifDefined(setup.period)}
      theme=${setup.theme ?? 'light'}
    ></wv-attendance-roster>
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

async function loadedRoster(canvas: HTMLElement): Promise<WvAttendanceRoster> {
  const el = await waitFor(() => canvas.querySelector('wv-attendance-roster'));
  await waitFor(() => el.shadowRoot?.querySelector('[role="grid"]'));
  return el;
}

const backendOf = (loaded: unknown) => (loaded as Loaded).backend;

const meta: Meta = {
  title: 'Elements/wv-attendance-roster',
  component: 'wv-attendance-roster',
  tags: ['autodocs'],
  loaders: [demoLoader],
  ...controls({
    period: { control: 'text', description: 'The period (`YYYY-MM`); the current one when empty.' },
  }),
};
export default meta;

type Story = StoryObj;

/** The current period: counts per status double as filters; excuse or un-excuse per row. */
export const Populated: Story = {
  render: (args, { loaded }) => roster(backendOf(loaded), args),
};

/** The previous period, filtered to the officers who are overdue. */
export const FilteredOverdue: Story = {
  render: (args, { loaded }) => roster(backendOf(loaded), args),
  play: async ({ canvasElement }) => {
    const el = await loadedRoster(canvasElement);
    const select = await waitFor(() =>
      el.shadowRoot?.querySelector<HTMLSelectElement>('[part~="period-select"]'),
    );
    select.selectedIndex = 1;
    select.dispatchEvent(new Event('change'));
    const overdue = await waitFor(() =>
      el.shadowRoot?.querySelector<HTMLButtonElement>('[part~="filter"][data-status="overdue"]'),
    );
    overdue.click();
  },
};

/** A search that matches nobody. */
export const NoMatch: Story = {
  render: (args, { loaded }) => roster(backendOf(loaded), args),
  play: async ({ canvasElement }) => {
    const el = await loadedRoster(canvasElement);
    const search = await waitFor(() =>
      el.shadowRoot?.querySelector<HTMLInputElement>('[part~="search"]'),
    );
    search.value = 'nobody by this name';
    search.dispatchEvent(new InputEvent('input'));
  },
};

/** A department with no officers yet. */
export const Empty: Story = {
  loaders: [async () => Promise.resolve({ backend: department(0).as(METRO) })],
  render: (args, { loaded }) => roster(backendOf(loaded), args),
};

/** 10,000 officers: only the rows in view are in the page. */
export const TenThousandOfficers: Story = {
  loaders: [async () => Promise.resolve({ backend: department(10_000).as(METRO) })],
  render: (args, { loaded }) => roster(backendOf(loaded), args),
};

export const Loading: Story = {
  render: (args, { loaded }) => {
    const backend = backendOf(loaded);
    const never = new Promise<never>(() => undefined);
    return roster({ ...backend, department: { ...backend.department, roster: () => never } }, args);
  },
};

/** The connection failed; Retry works (the failure clears after the first try). */
export const NetworkFailure: Story = {
  render: (args, { loaded }) => {
    const spy = spyOn(backendOf(loaded));
    spy.failOnce(
      (call) => call === 'department.roster',
      () => new NetworkError('offline'),
    );
    return roster(spy.backend, args);
  },
};

/** An officer's session may not see the roster. */
export const NotPermitted: Story = {
  render: (args) => roster(createMemoryBackend({ seed: 'demo' }).as(DEMO_SESSIONS.officer), args),
};

export const NotConnected: Story = {
  render: (args) => roster(undefined, args),
};

export const Dark: Story = {
  args: { theme: 'dark' },
  render: (args, { loaded }) => roster(backendOf(loaded), args),
  parameters: { backgrounds: { default: 'dark' } },
};

export const Spanish: Story = {
  args: { locale: 'es' },
  render: (args, { loaded }) => roster(backendOf(loaded), args),
};
