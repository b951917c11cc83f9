import { checkStories } from '../testing/run-stories.js';
import { setLocale } from '../shared/localization.js';
import * as stories from './reminders.stories.js';

describe('<wv-reminders> stories', () => {
  after(async () => {
    await setLocale('en');
  });

  checkStories(stories, 'wv-reminders');
});
