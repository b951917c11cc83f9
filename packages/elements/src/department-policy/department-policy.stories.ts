import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { createMemoryBackend, NetworkError, type WellvisitBackend } from '@wellvisit/sdk';
import { DEMO_SESSIONS } from '@wellvisit/sdk/demo';
import '../define/department-policy.js';
import '../define/provider.js';
import { spyOn } from '../testing/backend-spy.js';
import { controls } from '../testing/story-controls.js';

// Riverton PD's policy on a demo memory backend of its own, as its wellness coordinator sees it.

interface Setup {
  theme?: string;
  locale?: string;
}

function policy(backend: WellvisitBackend, setup: Setup = {}): TemplateResult {
  return html`<wv-provider locale=${setup.locale ?? 'en'} .backend=${backend}>
    <wv-department-policy theme=${setup.theme ?? 'light'}></wv-department-policy>
  </wv-provider>`;
}

const coordinator = () => createMemoryBackend({ seed: 'demo' }).as(DEMO_SESSIONS.departmentAdmin);

const meta: Meta = {
  title: 'Elements/wv-department-policy',
  component: 'wv-department-policy',
  tags: ['autodocs'],
  ...controls(),
};
export default meta;

type Story = StoryObj;

/** The policy in effect, the program's start, and the form to schedule a change. */
export const InEffect: Story = {
  render: (args) => policy(coordinator(), args),
};

/** A change scheduled for the next period, with the day it takes effect. */
export const ChangeScheduled: Story = {
  loaders: [
    async () => {
      const backend = coordinator();
      const { policy: current } = await backend.department.department();
      await backend.department.updatePolicy({ ...current, graceDays: current.graceDays + 15 });
      return { backend };
    },
  ],
  render: (args, { loaded }) => policy((loaded as { backend: WellvisitBackend }).backend, args),
};

/** The policy could not be read: a message and a retry. */
export const Failed: Story = {
  render: (args) => {
    const spy = spyOn(coordinator());
    spy.fail(
      (call) => call === 'department.department',
      () => new NetworkError('offline'),
    );
    return policy(spy.backend, args);
  },
};

export const Loading: Story = {
  render: (args) => {
    const backend = coordinator();
    const never = new Promise<never>(() => undefined);
    return policy(
      { ...backend, department: { ...backend.department, department: () => never } },
      args,
    );
  },
};
