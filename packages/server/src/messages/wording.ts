import type { MessageLanguage } from '@wellvisit/sdk';
import type { VisitChange } from './change.js';

// What an email about a visit change says besides the title, in each language. Neutral whatever
// the officer chose: "appointment", a time, nothing about with whom or why.

type Kind = VisitChange['kind'];

interface Words {
  /** Before the title in the subject, as calendars word updates: "Moved: Appointment". */
  subject: Record<Kind, string>;
  line: Record<Kind, (when: string) => string>;
  /** The locale the time is written in. */
  locale: string;
}

const WORDS: Record<MessageLanguage, Words> = {
  en: {
    subject: { booked: 'Confirmed', moved: 'Moved', cancelled: 'Cancelled' },
    line: {
      booked: (when) => `Your appointment is confirmed for ${when}.`,
      moved: (when) => `Your appointment has moved to ${when}.`,
      cancelled: (when) => `Your appointment on ${when} is cancelled.`,
    },
    locale: 'en-US',
  },
  es: {
    subject: { booked: 'Confirmada', moved: 'Cambiada', cancelled: 'Cancelada' },
    line: {
      booked: (when) => `Su cita está confirmada para el ${when}.`,
      moved: (when) => `Su cita ha cambiado al ${when}.`,
      cancelled: (when) => `Su cita del ${when} está cancelada.`,
    },
    locale: 'es',
  },
};

export interface ChangeWording {
  language: MessageLanguage;
  kind: Kind;
  title: string;
  start: Date;
  timeZone: string;
}

/** The subject and the text of an email about a change, in the recipient's language and zone. */
export function changeWording(wording: ChangeWording): { subject: string; text: string } {
  const words = WORDS[wording.language];
  const when = new Intl.DateTimeFormat(words.locale, {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: wording.timeZone,
  }).format(wording.start);
  return {
    subject: `${words.subject[wording.kind]}: ${wording.title}`,
    text: `${words.line[wording.kind](when)}\n`,
  };
}
