// What a message about a visit is called, and which language it is written in: the checked
// forms for SDK users (a server writing emails). Browser code reaches the wording through
// `visitToIcs` only, so these checks stay out of the elements' bundles.
import * as z from 'zod/mini';
import { parseOrThrow } from '../errors/validate.js';
import { MODALITIES } from '../model/enums.js';
import { DisplayName } from '../model/primitives.js';
import { MESSAGE_LANGUAGES, titleFor, type MessageLanguage } from './wording.js';

export const TitleOptions = z.object({
  language: z.enum(MESSAGE_LANGUAGES),
  /** False only when the officer opted out of discreet wording. */
  discreet: z.boolean(),
  /** The other party's name, shown only when not discreet. */
  withName: z.optional(DisplayName),
});
export type TitleOptions = z.input<typeof TitleOptions>;

/** "Appointment" (or "Cita") when discreet, else e.g. "Wellness visit with Dr Ruiz (virtual)". */
export function visitTitle(visit: { modality: string }, options: TitleOptions): string {
  const { modality } = parseOrThrow(z.object({ modality: z.enum(MODALITIES) }), visit, 'visit');
  const { language, discreet, withName } = parseOrThrow(TitleOptions, options, 'title options');
  return titleFor(modality, language, discreet, withName);
}

const LanguageTags = z.array(z.optional(z.string().check(z.maxLength(100))));

/**
 * The first supported language among `tags` (BCP 47, e.g. `es-MX` → `es`), else English: a
 * recipient's stated language first, then whatever else is known of them.
 */
export function messageLanguage(tags: readonly (string | undefined)[]): MessageLanguage {
  for (const tag of parseOrThrow(LanguageTags, tags, 'language tags')) {
    const primary = tag?.split('-')[0]?.toLowerCase();
    const found = MESSAGE_LANGUAGES.find((language) => language === primary);
    if (found) return found;
  }
  return 'en';
}
