// The manifest's parts are the theming contract: every part an element renders, in any of its
// states (its stories), is documented, and every documented part is rendered in one of them.
import { expect } from '@open-wc/testing';
import * as accessLogStories from '../attendance-access-log/attendance-access-log.stories.js';
import * as badgeStories from '../attendance-badge/attendance-badge.stories.js';
import * as policyStories from '../department-policy/department-policy.stories.js';
import * as rosterStories from '../attendance-roster/attendance-roster.stories.js';
import * as bookingStories from '../booking/booking.stories.js';
import * as scheduleStories from '../clinician-schedule/clinician-schedule.stories.js';
import * as reminderStories from '../reminders/reminders.stories.js';
import { setLocale } from './localization.js';
import { renderStory, storyNames, type StoriesModule } from '../testing/run-stories.js';
import { SETTLED, type StoryTag } from '../testing/settled.js';
import { until } from '../testing/until.js';

interface Declaration {
  tagName?: string;
  customElement?: boolean;
  cssParts?: { name: string }[];
  events?: { name?: string; type?: { text: string } }[];
}
interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

const ELEMENTS: [tag: StoryTag, stories: StoriesModule][] = [
  ['wv-booking', bookingStories],
  ['wv-reminders', reminderStories],
  ['wv-attendance-badge', badgeStories],
  ['wv-attendance-access-log', accessLogStories],
  ['wv-department-policy', policyStories],
  ['wv-attendance-roster', rosterStories],
  ['wv-clinician-schedule', scheduleStories],
];

/** Every part token rendered in the element's shadow root. */
function partsIn(shadow: ShadowRoot): string[] {
  return [...shadow.querySelectorAll('[part]')].flatMap((node) => [...node.part]);
}

describe('the custom-elements manifest', () => {
  let manifest: Manifest;
  before(async () => {
    // `pnpm test` regenerates it (cem analyze) before the browser tests run.
    manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
  });
  after(async () => {
    await setLocale('en');
  });

  const declarations = () => manifest.modules.flatMap((module) => module.declarations ?? []);
  const documented = (tag: string) =>
    (declarations().find((declaration) => declaration.tagName === tag)?.cssParts ?? []).map(
      (part) => part.name,
    );

  it('lists only the registered elements as custom elements', () => {
    const elements = declarations().filter((declaration) => declaration.customElement);
    expect(elements.map((element) => element.tagName).sort()).to.deep.equal(
      [...ELEMENTS.map(([tag]) => tag), 'wv-provider'].sort(),
    );
  });

  it('names and types every event, the way the host page listens for it', () => {
    const events = declarations().flatMap((declaration) => declaration.events ?? []);
    // The analyzer lists modules in the order it finds them: compare as sets.
    const named = events.map((event) => `${event.name ?? '?'}: ${event.type?.text ?? '?'}`);
    expect(named.sort()).to.deep.equal([
      'wv-attendance-marked: CustomEvent<VisitEventDetail>',
      'wv-availability-saved: CustomEvent<AvailabilityEventDetail>',
      'wv-booked: CustomEvent<VisitEventDetail>',
      'wv-cancelled: CustomEvent<VisitEventDetail>',
      'wv-rescheduled: CustomEvent<VisitEventDetail>',
    ]);
  });

  for (const [tag, stories] of ELEMENTS) {
    it(`<${tag}>: documents exactly the parts its states render`, async () => {
      const rendered = new Set<string>();
      for (const name of storyNames(stories)) {
        const canvas = await renderStory(stories, name);
        for (const el of canvas.querySelectorAll(tag)) {
          const shadow = el.shadowRoot!;
          if (name !== 'Loading') await until(() => SETTLED[tag](shadow), `${name} never settled`);
          for (const part of partsIn(shadow)) rendered.add(part);
        }
      }
      const listed = new Set(documented(tag));
      const undocumented = [...rendered].filter((part) => !listed.has(part)).sort();
      const neverRendered = [...listed].filter((part) => !rendered.has(part)).sort();
      expect({ undocumented, neverRendered }).to.deep.equal({
        undocumented: [],
        neverRendered: [],
      });
    });
  }
});
