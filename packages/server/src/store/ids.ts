import { randomBytes } from 'node:crypto';

/** An opaque random id such as `visit_3f9c0a7d1b2e4c5f6a7b`, in the SDK's id alphabet. */
export function newId(prefix: string): string {
  return `${prefix}_${randomBytes(10).toString('hex')}`;
}
