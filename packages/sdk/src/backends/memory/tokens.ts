import { UnauthorizedError } from '../../errors/index.js';
import type { EmbedToken, Session, TokenRequest } from '../../model/index.js';
import { toInstant } from '../../rules/index.js';
import type { MemoryState } from './state.js';

const DEFAULT_TOKEN_TTL_SECONDS = 900;

/** 32 random bytes, base64url: unguessable, and meaningless without this backend's state. */
function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  const base64 = btoa(String.fromCharCode(...bytes));
  return `wvm_${base64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
}

/** Embed tokens as random strings the memory state remembers until they expire. */
export function memoryTokens(state: MemoryState, now: () => Date) {
  return {
    issue(request: TokenRequest): Promise<EmbedToken> {
      const nowMs = now().getTime();
      for (const [stale, issued] of state.tokens) {
        if (issued.expiresAtMs <= nowMs) state.tokens.delete(stale);
      }
      const expiresAtMs = nowMs + (request.ttlSeconds ?? DEFAULT_TOKEN_TTL_SECONDS) * 1000;
      const token = randomToken();
      state.tokens.set(token, { session: request.session, expiresAtMs });
      return Promise.resolve({ token, expiresAt: toInstant(new Date(expiresAtMs)) });
    },

    /** The session of a live token; an `UnauthorizedError` for an unknown or expired one. */
    verify(token: unknown): Session {
      const issued = typeof token === 'string' ? state.tokens.get(token) : undefined;
      if (!issued) throw new UnauthorizedError('Unknown token', { code: 'invalid-token' });
      if (issued.expiresAtMs <= now().getTime()) {
        state.tokens.delete(token as string);
        throw new UnauthorizedError('The token has expired', { code: 'token-expired' });
      }
      return issued.session;
    },
  };
}
