import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { createMemoryBackend, NetworkError, type WellvisitBackend } from '@wellvisit/sdk';
import { DEMO_SESSIONS } from '@wellvisit/sdk/demo';
import '../define/attendance-access-log.js';
import '../define/provider.js';
import { spyOn } from '../testing/backend-spy.js';
import { controls } from '../testing/story-controls.js';

// Ana Ruiz's access log on a demo memory backend of its own: who read her attendance, and when.

interface Setup {
  theme?: string;
  locale?: string;
}

function log(backend: WellvisitBackend, setup: Setup = {}): TemplateResult {
  return html`<wv-provider locale=${setup.locale ?? 'en'} .backend=${backend}>
    <wv-attendance-access-log
      theme=${setup.theme ?? 'light'}
      time-zone="America/New_York"
    ></wv-attendance-access-log>
  </wv-provider>`;
}

const officer = () => createMemoryBackend({ seed: 'demo' }).as(DEMO_SESSIONS.officer);

const meta: Meta = {
  title: 'Elements/wv-attendance-access-log',
  component: 'wv-attendance-access-log',
  tags: ['autodocs'],
  ...controls(),
};
export default meta;

type Story = StoryObj;

/** The department read her attendance: one entry, by role and time, never a name. */
export const Read: Story = {
  loaders: [
    async () => {
      const memory = createMemoryBackend({ seed: 'demo' });
      await memory.as(DEMO_SESSIONS.departmentAdmin).department.roster();
      return { backend: memory.as(DEMO_SESSIONS.officer) };
    },
  ],
  render: (args, { loaded }) => log((loaded as { backend: WellvisitBackend }).backend, args),
};

/** Nobody has read it yet. */
export const NobodyYet: Story = {
  render: (args) => log(officer(), args),
};

/** The log could not be read: a message and a retry. */
export const Failed: Story = {
  render: (args) => {
    const spy = spyOn(officer());
    spy.fail(
      (call) => call === 'officer.attendanceAccessLog',
      () => new NetworkError('offline'),
    );
    return log(spy.backend, args);
  },
};

export const Loading: Story = {
  render: (args) => {
    const backend = officer();
    const never = new Promise<never>(() => undefined);
    return log(
      { ...backend, officer: { ...backend.officer, attendanceAccessLog: () => never } },
      args,
    );
  },
};
