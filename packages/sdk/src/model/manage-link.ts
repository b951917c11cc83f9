import * as z from 'zod/mini';
import { urlTemplate } from './url-template.js';

/** Where a manage link's visit id and token go in the host page's address. */
export const MANAGE_LINK_PLACEHOLDERS = { visitId: '{visitId}', token: '{token}' } as const;

/**
 * The department's page that opens `<wv-booking visit-id>` from an emailed manage link, e.g.
 * `https://intranet.example.gov/wellness/visit/{visitId}#t={token}` (in the fragment, the
 * token never reaches the department's server): both placeholders once.
 */
export const ManageLink = z.object({
  url: urlTemplate(Object.values(MANAGE_LINK_PLACEHOLDERS)),
});
export type ManageLink = z.infer<typeof ManageLink>;
