// Manage links, as pure decisions: how long an emailed link to one visit lives, and its address.
import { MANAGE_LINK_PLACEHOLDERS, type ManageLink } from '../model/manage-link.js';
import type { Visit } from '../model/visit.js';

/** The longest a manage link lives: a day, so an email read the next morning still works. */
export const MANAGE_LINK_MAX_SECONDS = 24 * 3600;
/** A link that would live less than this is not worth sending. */
const MIN_SECONDS = 60;

/**
 * How long the link in a message about `visit` lives, in seconds, or undefined when it gets none:
 * a day at most, never past the visit's end, and none for a visit that is no longer booked.
 */
export function manageLinkSeconds(visit: Visit, now: Date): number | undefined {
  if (visit.status !== 'booked') return undefined;
  const left = Math.floor((Date.parse(visit.end) - now.getTime()) / 1000);
  const seconds = Math.min(MANAGE_LINK_MAX_SECONDS, left);
  return seconds < MIN_SECONDS ? undefined : seconds;
}

/** The host page's address for one visit and its token. */
export function manageLinkUrl(link: ManageLink, visitId: string, token: string): string {
  return link.url
    .replace(MANAGE_LINK_PLACEHOLDERS.visitId, encodeURIComponent(visitId))
    .replace(MANAGE_LINK_PLACEHOLDERS.token, encodeURIComponent(token));
}
