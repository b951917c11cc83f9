import { setLocale } from '../shared/localization.js';
import { checkStories } from '../testing/run-stories.js';
import * as stories from './attendance-badge.stories.js';

describe('<wv-attendance-badge> stories', () => {
  after(async () => {
    await setLocale('en');
  });

  checkStories(stories, 'wv-attendance-badge');
});
