import * as z from 'zod/mini';

/** Where a manage link's visit id and token go in the host page's address. */
export const MANAGE_LINK_PLACEHOLDERS = { visitId: '{visitId}', token: '{token}' } as const;

const fill = (url: string): string =>
  url.replace(MANAGE_LINK_PLACEHOLDERS.visitId, 'v').replace(MANAGE_LINK_PLACEHOLDERS.token, 't');

/**
 * The department's page that opens `<wv-booking visit-id>` from an emailed manage link, e.g.
 * `https://intranet.example.gov/wellness/visit/{visitId}#t={token}` (in the fragment, the
 * token never reaches the department's server): both placeholders once.
 */
export const ManageLink = z.object({
  url: z.string().check(
    z.maxLength(500),
    z.refine(
      (url) => z.safeParse(z.url({ protocol: /^https$/ }), fill(url)).success,
      'Use an https:// address',
    ),
    z.refine(
      (url) => Object.values(MANAGE_LINK_PLACEHOLDERS).every((p) => url.split(p).length === 2),
      'Use {visitId} and {token} once each',
    ),
  ),
});
export type ManageLink = z.infer<typeof ManageLink>;
