// The demo server's POST /demo/sign-in stands in for the app's own backend, which in a real
// deployment exchanges its API key for a short-lived embed token (see department-intranet).

/** A `tokenProvider` for `<wv-provider>`: a fresh demo token for the role's demo person. */
export function demoTokenProvider(role) {
  return async () => {
    const response = await fetch('/demo/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ role }),
    });
    if (!response.ok) throw new Error(`Demo sign-in failed (${response.status})`);
    const { token } = await response.json();
    return token;
  };
}
