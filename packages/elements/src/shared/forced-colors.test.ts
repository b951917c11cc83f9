import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import * as badgeStories from '../attendance-badge/attendance-badge.stories.js';
import * as rosterStories from '../attendance-roster/attendance-roster.stories.js';
import * as bookingStories from '../booking/booking.stories.js';
import * as scheduleStories from '../clinician-schedule/clinician-schedule.stories.js';
import * as reminderStories from '../reminders/reminders.stories.js';
import { renderStory, type StoriesModule } from '../testing/run-stories.js';
import { until } from '../testing/until.js';

/** Each element in a state with controls to tab through (wv-provider renders none). */
const ELEMENTS: [tag: string, stories: StoriesModule, story: string][] = [
  ['wv-booking', bookingStories, 'ChooseWhere'],
  ['wv-reminders', reminderStories, 'Upcoming'],
  ['wv-attendance-badge', badgeStories, 'NetworkFailure'],
  ['wv-attendance-roster', rosterStories, 'Populated'],
  ['wv-clinician-schedule', scheduleStories, 'Week'],
];
const CONTROLS = 'button, input, select, a[href], [tabindex="0"]';
const TABS = 6;

/** The focused node, inside shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('focus rings in forced colours (Windows High Contrast)', () => {
  before(async () => {
    await executeServerCommand('forced-colors', { active: true });
  });
  after(async () => {
    await executeServerCommand('forced-colors', { active: false });
  });

  it('the browser is in forced-colours mode', () => {
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
  });

  for (const [tag, stories, story] of ELEMENTS) {
    it(`<${tag}>: every control reached with Tab shows an outline`, async () => {
      const canvas = await renderStory(stories, story);
      const el = canvas.querySelector(tag)!;
      await until(() => el.shadowRoot?.querySelector(CONTROLS), `${tag} never showed a control`);
      (document.activeElement as HTMLElement | null)?.blur();
      let checked = 0;
      for (let tab = 0; tab < TABS; tab++) {
        await sendKeys({ press: 'Tab' });
        const focused = deepActiveElement();
        if (!focused || focused.getRootNode() !== el.shadowRoot) continue;
        const { outlineStyle, outlineWidth } = getComputedStyle(focused);
        const name = `${focused.localName}[part="${focused.getAttribute('part') ?? ''}"]`;
        expect(outlineStyle, name).to.not.equal('none');
        expect(parseFloat(outlineWidth), name).to.be.at.least(1);
        checked++;
      }
      expect(checked, `Tab never reached a control of ${tag}`).to.be.greaterThan(0);
    });
  }
});
