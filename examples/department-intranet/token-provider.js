// Asks the intranet's own backend (host-backend.mjs) for a short-lived embed token for the
// signed-in user. The browser never sees the API key; <wv-provider> calls this again whenever
// the server refuses an expired token.

/** The intranet backend route the demo server mounts `host-backend.mjs` at. */
export const TOKEN_ROUTE = '/department-intranet/session-token';

/** A `tokenProvider` for `<wv-provider>`, bound to one intranet user. */
export function intranetTokenProvider(user) {
  return async () => {
    const response = await fetch(TOKEN_ROUTE, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user }),
      credentials: 'same-origin',
    });
    if (!response.ok) throw new Error(`Could not get a Wellvisit token (${response.status})`);
    const { token } = await response.json();
    return token;
  };
}
