import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
// The root has no dependency on the SDK: import its source, as the elements' stories do through
// the workspace.
import { createMemoryBackend } from '../packages/sdk/src/index.js';
import { DEMO_SESSIONS } from '../packages/sdk/src/demo.js';
import '../packages/elements/src/define/provider.js';
import '../packages/elements/src/define/attendance-badge.js';
import '../packages/elements/src/define/booking.js';

// Live examples for the Theming docs page: the same elements, restyled only through --wv-*
// custom properties and ::part().

const practicePalette = [
  '--wv-color-accent: #0f5e5a',
  '--wv-color-on-accent: #ffffff',
  '--wv-color-surface: #fbf8f3',
  '--wv-color-surface-alt: #eef4f2',
  '--wv-color-success: #0b5d3b',
  '--wv-color-success-bg: #d9f2e6',
  '--wv-color-warning: #6b3d00',
  '--wv-color-warning-bg: #ffe8c7',
  '--wv-radius: 1.25rem',
  '--wv-font-family: Georgia, serif',
].join(';');

const partStyles = html`<style>
  .practice wv-booking::part(button),
  .practice wv-booking::part(option) {
    border-radius: 999px;
  }
  .practice wv-booking::part(heading) {
    font-style: italic;
  }
</style>`;

const meta: Meta = { title: 'Docs/Theming examples', tags: ['!autodocs'] };
export default meta;

const SHOWN_OFFICERS = ['officer-ana-ruiz', 'officer-grace-whitfield', 'officer-hannah-cho'];

const badgeRow = (style: string, theme = 'light') =>
  html`<div style="display: flex; gap: 1rem; padding: 0.75rem; ${style}">
    ${SHOWN_OFFICERS.map(
      (id) => html`<wv-attendance-badge officer-id=${id} theme=${theme}></wv-attendance-badge>`,
    )}
  </div>`;

/** Badges (completed, due, excused) with their defaults, in a practice's palette, and dark. */
export const Badges: StoryObj = {
  render: () => {
    const admin = createMemoryBackend({ seed: 'demo' }).as(DEMO_SESSIONS.departmentAdmin);
    return html`<wv-provider .backend=${admin}>
      ${badgeRow('')} ${badgeRow(practicePalette)} ${badgeRow('background: #111', 'dark')}
    </wv-provider>`;
  },
};

/** The booking widget in a practice's branding: custom properties plus ::part(). */
export const PracticeBooking: StoryObj = {
  render: () => {
    const officer = createMemoryBackend({ seed: 'demo' }).as(DEMO_SESSIONS.officer);
    return html`${partStyles}
      <div class="practice" style=${practicePalette}>
        <wv-provider .backend=${officer}><wv-booking></wv-booking></wv-provider>
      </div>`;
  },
};
