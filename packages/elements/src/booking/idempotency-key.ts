/**
 * A fresh idempotency key: 128 random bits, as four numbers. `getRandomValues` rather than
 * `randomUUID`, which exists only in secure contexts: an intranet may serve plain HTTP.
 */
export function newIdempotencyKey(): string {
  return crypto.getRandomValues(new Uint32Array(4)).join('-');
}
