import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createMemoryBackend, type WellvisitBackend } from '@wellvisit/sdk';
import { DEMO_SESSIONS } from '@wellvisit/sdk/demo';
import '../define/attendance-badge.js';
import '../define/booking.js';
import '../define/provider.js';
import { SUPPORTED_LOCALES } from '../shared/localization.js';

// The provider renders nothing of its own: it gives the elements inside a backend (here a demo
// memory backend, as the officer Ana Ruiz; on a real page `api-base` and a `tokenProvider`) and
// a language.

interface Args {
  locale?: string;
}
interface Loaded {
  backend: WellvisitBackend;
}

const meta: Meta<Args> = {
  title: 'Elements/wv-provider',
  component: 'wv-provider',
  tags: ['autodocs'],
  loaders: [
    () =>
      Promise.resolve({ backend: createMemoryBackend({ seed: 'demo' }).as(DEMO_SESSIONS.officer) }),
  ],
  args: { locale: 'en' },
  argTypes: {
    locale: {
      control: 'inline-radio',
      options: SUPPORTED_LOCALES,
      description: 'The language of the elements inside; the nearest `lang` when left out.',
    },
  },
  parameters: { controls: { include: ['locale'] } },
};
export default meta;

type Story = StoryObj<Args>;

/** Booking and the attendance badge, both connected through one provider. */
export const Connected: Story = {
  render: ({ locale }, { loaded }) =>
    html`<wv-provider locale=${locale ?? 'en'} .backend=${(loaded as Loaded).backend}>
      <wv-attendance-badge></wv-attendance-badge>
      <wv-booking time-zone="America/Chicago"></wv-booking>
    </wv-provider>`,
};

/** Two providers on one page, each with its own language. */
export const TwoLanguages: Story = {
  render: (_args, { loaded }) => {
    const { backend } = loaded as Loaded;
    return html`<wv-provider locale="en" .backend=${backend}>
        <wv-booking time-zone="America/Chicago"></wv-booking>
      </wv-provider>
      <wv-provider locale="es" .backend=${backend}>
        <wv-booking time-zone="America/Chicago"></wv-booking>
      </wv-provider>`;
  },
};

/** No backend: the elements inside say they are not connected. */
export const NotConnected: Story = {
  render: ({ locale }) =>
    html`<wv-provider locale=${locale ?? 'en'}>
      <wv-booking></wv-booking>
    </wv-provider>`,
};
