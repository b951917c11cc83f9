// Test support: waiting for a condition in the test browser.
import { waitUntil } from '@open-wc/testing';

/** Waits generously: the test browser shares two cores with whatever else is running. */
export const until = (
  predicate: () => unknown,
  message?: string,
  options?: { timeout?: number },
): Promise<void> => waitUntil(predicate, message, { timeout: 5000, ...options });
