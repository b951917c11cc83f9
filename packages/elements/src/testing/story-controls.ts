// Story support: the Storybook controls of an element's stories. Every story passes its args to
// the element (and its provider), so each control listed here changes what the story shows.
import type { ArgTypes, Meta } from '@storybook/web-components-vite';
import { THEMES } from '../shared/base-element.js';
import { SUPPORTED_LOCALES } from '../shared/localization.js';

/**
 * The theme and locale controls every element has, and the element's own `extra`. (Autodocs is a
 * `tags` entry in each meta itself: Storybook reads tags without running the file.)
 */
export function controls(extra: ArgTypes = {}): Pick<Meta, 'args' | 'argTypes' | 'parameters'> {
  const argTypes: ArgTypes = {
    theme: {
      control: 'inline-radio',
      options: THEMES,
      description: 'The `theme` attribute.',
    },
    locale: {
      control: 'inline-radio',
      options: SUPPORTED_LOCALES,
      description: "The enclosing `<wv-provider>`'s `locale`.",
    },
    ...extra,
  };
  return {
    args: { theme: 'light', locale: 'en' },
    argTypes,
    // The manifest adds rows for every attribute, part and property; these are the live ones.
    parameters: { controls: { include: Object.keys(argTypes) } },
  };
}
