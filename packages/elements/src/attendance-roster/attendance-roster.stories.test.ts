import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { setLocale } from '../shared/localization.js';
import * as stories from './attendance-roster.stories.js';
import { checkStories } from '../testing/run-stories.js';

setupIgnoreWindowResizeObserverLoopErrors(before, after);

describe('<wv-attendance-roster> stories', () => {
  after(async () => {
    await setLocale('en');
  });

  checkStories(stories, 'wv-attendance-roster');
});
