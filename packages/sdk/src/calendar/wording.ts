// What calendar entries and messages call a visit, in each language a recipient may read.
import type { Modality } from '../model/enums.js';

/** The languages messages and calendar files are written in; anything else gets English. */
export const MESSAGE_LANGUAGES = ['en', 'es'] as const;
export type MessageLanguage = (typeof MESSAGE_LANGUAGES)[number];

interface Wording {
  /** The neutral title of a discreet entry: it says nothing about what the appointment is. */
  discreet: string;
  visit: string;
  with: string;
  modality: Record<Modality, string>;
}

const WORDING: Record<MessageLanguage, Wording> = {
  en: {
    discreet: 'Appointment',
    visit: 'Wellness visit',
    with: 'with',
    modality: { department: 'at the department', practice: 'at the practice', virtual: 'virtual' },
  },
  es: {
    discreet: 'Cita',
    visit: 'Visita de bienestar',
    with: 'con',
    modality: {
      department: 'en el departamento',
      practice: 'en la consulta',
      virtual: 'virtual',
    },
  },
};

/** The neutral title every discreet calendar entry and alarm carries, in English. */
export const DISCREET_TITLE = WORDING.en.discreet;

/**
 * The first supported language among `tags` (BCP 47, e.g. `es-MX` → `es`), else English: a
 * recipient's stated language first, then whatever else is known of them.
 */
export function messageLanguage(tags: readonly (string | undefined)[]): MessageLanguage {
  for (const tag of tags) {
    const primary = tag?.split('-')[0]?.toLowerCase();
    const found = MESSAGE_LANGUAGES.find((language) => language === primary);
    if (found) return found;
  }
  return 'en';
}

export interface TitleOptions {
  language: MessageLanguage;
  /** False only when the officer opted out of discreet wording. */
  discreet: boolean;
  /** The other party's name, shown only when not discreet. */
  withName?: string | undefined;
}

/** "Appointment" (discreet), or e.g. "Wellness visit with Dr Ruiz (virtual)". */
export function visitTitle(visit: { modality: Modality }, options: TitleOptions): string {
  const words = WORDING[options.language];
  if (options.discreet) return words.discreet;
  const who = options.withName ? ` ${words.with} ${options.withName}` : '';
  return `${words.visit}${who} (${words.modality[visit.modality]})`;
}
