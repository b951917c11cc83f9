import { checkStories } from '../testing/run-stories.js';
import { setLocale } from '../shared/localization.js';
import * as stories from './booking.stories.js';

describe('<wv-booking> stories', () => {
  after(async () => {
    await setLocale('en');
  });

  checkStories(stories, 'wv-booking');
});
