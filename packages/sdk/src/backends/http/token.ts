import { UnauthorizedError, isWellvisitError } from '../../errors/index.js';
import type { TokenSource } from './options.js';

export interface TokenHolder {
  current(): Promise<string>;
  /** A fresh token after `refused` was turned down, or undefined when it cannot be renewed. */
  renew(refused: string): Promise<string> | undefined;
}

/**
 * Caches the token a function gives and asks again only when the backend refuses it. Concurrent
 * refusals of the same token share one renewal.
 */
export function holdToken(source: TokenSource): TokenHolder {
  if (typeof source === 'string') {
    return { current: () => Promise.resolve(source), renew: () => undefined };
  }
  let pending: Promise<string> | undefined;
  let latest: string | undefined;
  const fetchToken = (): Promise<string> => {
    latest = undefined;
    const request = fetchFrom(source).then((token) => {
      if (pending === request) latest = token;
      return token;
    });
    // A failed fetch is not cached: the next call asks again.
    void request.catch(() => {
      if (pending === request) pending = undefined;
    });
    pending = request;
    return request;
  };
  return {
    current: () => pending ?? fetchToken(),
    renew(refused) {
      if (latest === refused || pending === undefined) return fetchToken();
      return pending;
    },
  };
}

async function fetchFrom(source: () => Promise<string>): Promise<string> {
  let token: unknown;
  try {
    token = await source();
  } catch (error) {
    if (isWellvisitError(error)) throw error;
    throw new UnauthorizedError('Could not get a token', {
      code: 'token-unavailable',
      cause: error,
    });
  }
  if (typeof token !== 'string' || token === '') {
    throw new UnauthorizedError('The token function returned no token', {
      code: 'token-unavailable',
    });
  }
  return token;
}
