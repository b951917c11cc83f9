// The practice site has no backend of its own in this demo, so it signs in through the demo
// server's POST /demo/sign-in. A real practice does what examples/department-intranet does: its
// server exchanges the API key for a short-lived embed token for the signed-in person.

/** A `tokenProvider` for `<wv-provider>`: a fresh demo token for one person each time it runs. */
export function demoTokenProvider(role, id) {
  return async () => {
    const response = await fetch('/demo/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(id ? { role, id } : { role }),
    });
    if (!response.ok) throw new Error(`Demo sign-in failed (${response.status})`);
    const { token } = await response.json();
    return token;
  };
}
