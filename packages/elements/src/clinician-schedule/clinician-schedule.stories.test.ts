import { setLocale } from '../shared/localization.js';
import { checkStories } from '../testing/run-stories.js';
import * as stories from './clinician-schedule.stories.js';

describe('<wv-clinician-schedule> stories', () => {
  after(async () => {
    await setLocale('en');
  });

  checkStories(stories, 'wv-clinician-schedule');
});
