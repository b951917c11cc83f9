import { checkStories } from '../testing/run-stories.js';
import { setLocale } from '../shared/localization.js';
import * as stories from './booking.stories.js';

describe('<wv-booking> stories', () => {
  after(async () => {
    await setLocale('en');
  });

  checkStories(
    stories,
    'wv-booking',
    (shadow) =>
      shadow.querySelector('[part~="loading"]') === null &&
      (shadow.querySelector('[part~="heading"]') !== null ||
        shadow.querySelector('[part~="error"]') !== null),
  );
});
