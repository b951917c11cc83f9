import type { EmbedToken, TokenRequest } from '@wellvisit/sdk';
import { manageLinkSeconds, manageLinkUrl } from '@wellvisit/sdk/server';
import type { ClaimedMessage } from '../store/visit-messages.js';

/** Mints the token a manage link carries (the server's embed-token signer). */
export type ManageTokens = (request: TokenRequest) => Promise<EmbedToken>;

/**
 * The manage link in an officer's email about a booked visit, minted as the mail is sent (never
 * stored): the department's page with the visit's id and a token for that one visit, living as
 * long as `manageLinkSeconds` says. Undefined for the clinician's copy, a department without a
 * page, or a visit that gets no link (cancelled, over).
 */
export async function manageUrlFor(
  message: ClaimedMessage,
  tokens: ManageTokens,
  now: Date,
): Promise<string | undefined> {
  const { manageLink, officer, visit } = message;
  if (message.recipient !== 'officer' || manageLink === null) return undefined;
  const seconds = manageLinkSeconds(visit, now);
  if (seconds === undefined) return undefined;
  const { token } = await tokens({
    session: {
      role: 'officer',
      officerId: officer.id,
      departmentId: officer.departmentId,
      visitId: visit.id,
    },
    ttlSeconds: seconds,
  });
  return manageLinkUrl(manageLink, visit.id, token);
}
