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
 * "Appointment" (discreet), or e.g. "Wellness visit with Dr Ruiz (virtual)". Unchecked, for
 * callers that validated their input: the public, checked form is `visitTitle`.
 */
export function titleFor(
  modality: Modality,
  language: MessageLanguage,
  discreet: boolean,
  withName: string | undefined,
): string {
  const words = WORDING[language];
  if (discreet) return words.discreet;
  const who = withName ? ` ${words.with} ${withName}` : '';
  return `${words.visit}${who} (${words.modality[modality]})`;
}
