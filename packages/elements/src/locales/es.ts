/**
 * Spanish templates, keyed by the explicit `msg()` ids used in the elements. Each element keeps its
 * strings in its own file beside this one; `pnpm --filter @wellvisit/elements test` fails when a
 * source string has no Spanish template.
 */
import { shared } from './es/shared.js';

export const templates = { ...shared };
