import type { Visit } from '@wellvisit/sdk';
import type { DeliverableChannels } from '../jobs/schedule.js';

/** A change to a visit that its officer and clinician are told about. */
export interface VisitChange {
  kind: 'booked' | 'moved' | 'cancelled';
  /** The visit after the change. */
  visit: Visit;
  /** For `moved`: the visit before it, so a clinician moved away from is sent a cancellation. */
  previous?: Visit | undefined;
}

export type MessageRecipient = 'officer' | 'clinician' | 'webhook';

/** One outbox row to write: who is told what, about which copy of the visit. */
export interface NewVisitMessage {
  id: string;
  kind: VisitChange['kind'];
  recipient: MessageRecipient;
  clinicianId: string;
  visit: Visit;
}

/**
 * The messages a change makes (a pure decision): an email each to the officer and the clinician
 * when this server sends email, one webhook event when it has a webhook. Whether each person has
 * an address is for the write to check, in the same statement.
 */
export function visitMessages(
  change: VisitChange,
  channels: DeliverableChannels,
  newId: () => string,
): NewVisitMessage[] {
  const { kind, visit, previous } = change;
  const message = (recipient: MessageRecipient, copy = visit, as = kind): NewVisitMessage => ({
    id: newId(),
    kind: as,
    recipient,
    clinicianId: copy.clinicianId,
    visit: copy,
  });
  const messages: NewVisitMessage[] = [];
  if (channels.has('email')) {
    messages.push(message('officer'), message('clinician'));
    if (kind === 'moved' && previous && previous.clinicianId !== visit.clinicianId) {
      // The clinician it moved away from: their entry (same UID, next SEQUENCE) is cancelled.
      const dropped: Visit = {
        ...previous,
        status: 'cancelled',
        version: visit.version,
        updatedAt: visit.updatedAt,
      };
      messages.push(message('clinician', dropped, 'cancelled'));
    }
  }
  if (channels.has('webhook')) messages.push(message('webhook'));
  return messages;
}
