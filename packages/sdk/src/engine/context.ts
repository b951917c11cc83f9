import { ConflictError, NotFoundError } from '../errors/index.js';
import type { EmbedToken, TokenRequest, Visit } from '../model/index.js';
import { toInstant } from '../rules/index.js';
import type { Store } from './port.js';

/** What every role's API shares: the store, the clock, and how tokens are minted. */
export interface EngineContext {
  readonly store: Store;
  now(): Date;
  /** Mints an embed token for a principal the engine has checked exists. */
  issueToken(request: TokenRequest): Promise<EmbedToken>;
}

export const nowInstant = (ctx: EngineContext): string => toInstant(ctx.now());

/** Records of another tenant do not exist for the caller: the same answer as a missing one. */
export const noSuch = (what: string): NotFoundError =>
  new NotFoundError(`No such ${what}`, { code: 'not-found' });

/** Optimistic concurrency: the caller's copy of the visit is not the stored one. */
export function checkVersion(visit: Visit, expected: number | undefined): void {
  if (expected !== undefined && expected !== visit.version) throw versionMismatch(visit);
}

export const versionMismatch = (visit: Visit): ConflictError =>
  new ConflictError(`The visit changed (version ${visit.version}); reload it and try again`, {
    code: 'version-mismatch',
  });

/** An opaque random id such as `visit_3f9c0a7d1b2e4c5f6a7b`. */
export function newId(prefix: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(10));
  return `${prefix}_${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}
