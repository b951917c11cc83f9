import type { SendMailOptions } from 'nodemailer';
import { DEFAULT_REMINDER_PREFERENCES, icsFileName, visitInvitation } from '@wellvisit/sdk';
import { messageLanguage, shownVideo, visitTitle } from '@wellvisit/sdk/server';
import type { ClaimedMessage } from '../store/visit-messages.js';
import { changeWording } from './wording.js';

/**
 * The email for one claimed message, or undefined when its recipient has no address (removed
 * since): a neutral subject and text in the recipient's language, and the invitation (REQUEST)
 * or cancellation (CANCEL) as a `text/calendar` part. The wording follows the officer's choice:
 * discreet unless they turned it off, for the clinician's copy too. A virtual visit's video link
 * is in the text and the invitation when it may be shown at `now` (the engine's rule); the
 * officer's copy carries `manageUrl`, the visit's manage link, when there is one.
 */
export function visitEmail(
  message: ClaimedMessage,
  from: string,
  now: Date,
  manageUrl?: string,
): SendMailOptions | undefined {
  const { officer, clinician } = message;
  const visit = shownVideo(message.visit, now);
  const toOfficer = message.recipient === 'officer';
  const to = toOfficer ? officer.email : clinician.email;
  if (to === null) return undefined;
  const preferences = officer.preferences ?? DEFAULT_REMINDER_PREFERENCES;
  const language = toOfficer
    ? messageLanguage([officer.language ?? undefined])
    : messageLanguage(clinician.languages);
  const withName = toOfficer ? clinician.displayName : officer.displayName;
  const title = visitTitle(visit, { language, discreet: preferences.discreet, withName });
  const { subject, text } = changeWording({
    language,
    kind: message.kind,
    title,
    start: new Date(visit.start),
    timeZone: toOfficer ? officer.timeZone : clinician.timeZone,
    videoUrl: visit.video?.url,
    manageUrl: toOfficer ? manageUrl : undefined,
  });
  const ics = visitInvitation(visit, {
    // The officer's alarms in the officer's copy; the clinician's calendar keeps its own.
    preferences: toOfficer ? preferences : { ...preferences, leadTimesMinutes: [] },
    clinicianName: withName,
    language,
    organizer: { email: from },
    attendee: { email: to, name: toOfficer ? officer.displayName : clinician.displayName },
  });
  const cancelled = visit.status === 'cancelled';
  return {
    from,
    to,
    subject,
    text,
    // One Message-ID per outbox row: a retry after a lost answer is recognisably the same mail.
    messageId: `<${message.id}@wellvisit>`,
    icalEvent: {
      method: cancelled ? 'CANCEL' : 'REQUEST',
      filename: icsFileName(visit),
      content: ics,
    },
  };
}
