import { expect } from '@open-wc/testing';
import { placeholder } from './index.js';

describe('elements package', () => {
  it('loads in a real browser', () => {
    expect(placeholder).to.equal(true);
    expect(navigator.userAgent).to.contain('Chrome');
  });
});
