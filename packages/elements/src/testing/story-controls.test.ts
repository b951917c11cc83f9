// Storybook: every element has an autodocs page and controls that change what its stories show.
import { expect } from '@open-wc/testing';
import * as accessLogStories from '../attendance-access-log/attendance-access-log.stories.js';
import * as badgeStories from '../attendance-badge/attendance-badge.stories.js';
import * as policyStories from '../department-policy/department-policy.stories.js';
import * as rosterStories from '../attendance-roster/attendance-roster.stories.js';
import * as bookingStories from '../booking/booking.stories.js';
import * as scheduleStories from '../clinician-schedule/clinician-schedule.stories.js';
import * as providerStories from '../provider/provider.stories.js';
import * as reminderStories from '../reminders/reminders.stories.js';
import { setLocale } from '../shared/localization.js';
import { renderStory, storyNames, type StoriesModule } from './run-stories.js';

interface MetaLike {
  component?: string;
  tags?: string[];
  argTypes?: Record<string, { control?: unknown }>;
  parameters?: { controls?: { include?: string[] } };
}

const MODULES: StoriesModule[] = [
  bookingStories,
  reminderStories,
  badgeStories,
  accessLogStories,
  policyStories,
  rosterStories,
  scheduleStories,
  providerStories,
];
const meta = (module: StoriesModule) => module.default as MetaLike;

describe('Storybook stories', () => {
  after(async () => {
    await setLocale('en');
  });

  it('cover every element of the manifest, each with an autodocs page', async () => {
    const manifest = (await (await fetch('/custom-elements.json')).json()) as {
      modules: { declarations?: { tagName?: string; customElement?: boolean }[] }[];
    };
    const elements = manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .flatMap((declaration) => (declaration.customElement ? [declaration.tagName] : []));
    expect(MODULES.map((module) => meta(module).component).sort()).to.deep.equal(elements.sort());
    for (const module of MODULES) {
      expect(meta(module).tags, meta(module).component).to.include('autodocs');
    }
  });

  it('show only controls that have an argType with a control', () => {
    for (const module of MODULES) {
      const { argTypes = {}, parameters, component } = meta(module);
      const shown = parameters?.controls?.include ?? [];
      expect(shown, component).to.include('locale');
      for (const name of shown) expect(argTypes[name]?.control, `${component} ${name}`).to.exist;
    }
  });

  for (const module of MODULES) {
    const tag = meta(module).component ?? '';
    it(`${tag}: the theme and locale controls reach the element in every story`, async () => {
      for (const name of storyNames(module)) {
        const canvas = await renderStory(module, name, { theme: 'dark', locale: 'es' });
        for (const provider of canvas.querySelectorAll('wv-provider')) {
          // A story that shows two languages side by side keeps its own.
          if (name !== 'TwoLanguages') expect(provider.getAttribute('locale'), name).to.equal('es');
        }
        if (tag === 'wv-provider') continue;
        const elements = [...canvas.querySelectorAll(tag)];
        expect(elements, name).to.not.be.empty;
        for (const el of elements) expect(el.getAttribute('theme'), name).to.equal('dark');
      }
    });
  }
});
