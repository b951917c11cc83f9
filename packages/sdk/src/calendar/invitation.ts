// A visit as an RFC 5546 (iTIP) message for email: REQUEST while booked, CANCEL once cancelled,
// from the program's address to one recipient. Server-side: the elements offer downloads only.
import * as z from 'zod/mini';
import { parseOrThrow } from '../errors/validate.js';
import { DisplayName, Email } from '../model/primitives.js';
import type { Visit } from '../model/visit.js';
import { calendarText, IcsOptions } from './ics.js';

/** Someone on an invitation: the address a calendar shows, and a display name. */
export const CalendarAddress = z.object({ email: Email, name: z.optional(DisplayName) });
export type CalendarAddress = z.infer<typeof CalendarAddress>;

export const InvitationOptions = z.extend(IcsOptions, {
  /** The program's sender address: iTIP needs an ORGANIZER for REQUEST and CANCEL. */
  organizer: CalendarAddress,
  /** Who this copy is for: each recipient's copy names only them, so no one learns another's address. */
  attendee: CalendarAddress,
});
export type InvitationOptions = z.input<typeof InvitationOptions>;

/** A CN parameter is quoted, so commas and semicolons are fine; a quote cannot be escaped. */
const address = (property: string, who: CalendarAddress, parameters = ''): string =>
  `${property}${who.name ? `;CN="${who.name.replace(/"/g, "'")}"` : ''}${parameters}:mailto:${who.email}`;

/**
 * The invitation for one recipient: `METHOD:REQUEST` with ORGANIZER and ATTENDEE, the visit's
 * stable UID and a SEQUENCE that rises with its version, or `METHOD:CANCEL` with the same UID
 * once the visit is cancelled. Wording, alarms and language as `visitToIcs`.
 */
export function visitInvitation(visit: Visit, options: InvitationOptions): string {
  const { organizer, attendee } = parseOrThrow(InvitationOptions, options, 'invitation options');
  return calendarText(visit, options, {
    organizer: address('ORGANIZER', organizer),
    // Booked through Wellvisit, so already accepted; replies are not read, so none are asked for.
    attendees: [
      address('ATTENDEE', attendee, ';ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE'),
    ],
  });
}
