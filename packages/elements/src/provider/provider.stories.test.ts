import { setLocale } from '../shared/localization.js';
import { checkStories } from '../testing/run-stories.js';
import * as stories from './provider.stories.js';

describe('<wv-provider> stories', () => {
  after(async () => {
    await setLocale('en');
  });

  // The provider renders nothing itself: a story is settled when the booking inside it is.
  checkStories(stories, 'wv-booking');
});
