import type { MessageLanguage } from '@wellvisit/sdk';
import type { VisitChange } from './change.js';

// What an email about a visit says besides the title, in each language: a change (booked, moved,
// cancelled) or a reminder. Neutral unless the officer opted out: "appointment" and a time.

type Kind = VisitChange['kind'];

interface Words {
  /** Before the title in the subject, as calendars word updates: "Moved: Appointment". */
  subject: Record<Kind, string>;
  line: Record<Kind, (when: string) => string>;
  reminder: {
    subject: { discreet: string; detailed: string };
    /** `withName` undefined: the discreet line. */
    line: (when: string, withName: string | undefined) => string;
  };
  /** The line with a virtual visit's video link. */
  join: (url: string) => string;
  /** The line with the officer's manage link. */
  manage: (url: string) => string;
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
    reminder: {
      subject: { discreet: 'Appointment reminder', detailed: 'Wellness visit reminder' },
      line: (when, withName) =>
        `You have ${withName ? `a wellness visit with ${withName}` : 'an appointment'} on ${when}.`,
    },
    join: (url) => `Join the video call: ${url}`,
    manage: (url) => `See, move or cancel it: ${url}`,
    locale: 'en-US',
  },
  es: {
    subject: { booked: 'Confirmada', moved: 'Cambiada', cancelled: 'Cancelada' },
    line: {
      booked: (when) => `Su cita está confirmada para el ${when}.`,
      moved: (when) => `Su cita ha cambiado al ${when}.`,
      cancelled: (when) => `Su cita del ${when} está cancelada.`,
    },
    reminder: {
      subject: {
        discreet: 'Recordatorio de cita',
        detailed: 'Recordatorio de visita de bienestar',
      },
      line: (when, withName) =>
        `Tiene ${withName ? `una visita de bienestar con ${withName}` : 'una cita'} el ${when}.`,
    },
    join: (url) => `Entre en la videollamada: ${url}`,
    manage: (url) => `Véala, cámbiela o cancélela: ${url}`,
    locale: 'es',
  },
};

export interface ChangeWording {
  language: MessageLanguage;
  kind: Kind;
  title: string;
  start: Date;
  timeZone: string;
  /** A virtual visit's video link, when it may be shown. */
  videoUrl?: string | undefined;
  /** The officer's manage link for the visit (none in a cancellation). */
  manageUrl?: string | undefined;
}

/** A time as the recipient reads it: their language, their zone. */
function when(language: MessageLanguage, start: Date, timeZone: string): string {
  return new Intl.DateTimeFormat(WORDS[language].locale, {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone,
  }).format(start);
}

/** The subject and the text of an email about a change, in the recipient's language and zone. */
export function changeWording(wording: ChangeWording): { subject: string; text: string } {
  const words = WORDS[wording.language];
  const lines = [words.line[wording.kind](when(wording.language, wording.start, wording.timeZone))];
  if (wording.videoUrl !== undefined && wording.kind !== 'cancelled') {
    lines.push(words.join(wording.videoUrl));
  }
  if (wording.manageUrl !== undefined) lines.push(words.manage(wording.manageUrl));
  return {
    subject: `${words.subject[wording.kind]}: ${wording.title}`,
    text: `${lines.join('\n')}\n`,
  };
}

/** A reminder email's subject and text; the other party's name only when not discreet. */
export function reminderWording(
  language: MessageLanguage,
  start: Date,
  timeZone: string,
  withName: string | undefined,
): { subject: string; text: string } {
  const { reminder } = WORDS[language];
  return {
    subject: withName ? reminder.subject.detailed : reminder.subject.discreet,
    text: reminder.line(when(language, start, timeZone), withName),
  };
}
