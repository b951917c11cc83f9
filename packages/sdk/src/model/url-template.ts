import * as z from 'zod/mini';

const Https = z.url({ protocol: /^https$/ });

/**
 * An https address with placeholders: each of `required` exactly once, each of `optional` at
 * most once (the backend fills them in).
 */
export function urlTemplate(required: readonly string[], optional: readonly string[] = []) {
  const count = (url: string, p: string) => url.split(p).length - 1;
  return z.string().check(
    z.maxLength(500),
    z.refine(
      (url) =>
        required.every((p) => count(url, p) === 1) &&
        optional.every((p) => count(url, p) <= 1) &&
        Https.safeParse([...required, ...optional].reduce((u, p) => u.replace(p, 'x'), url))
          .success,
      `Use an https:// address${required.length ? `, with ${required.join(' and ')} once each` : ''}`,
    ),
  );
}
