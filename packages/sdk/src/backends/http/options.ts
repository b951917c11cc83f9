import * as z from 'zod/mini';
import { parseOrThrow } from '../../errors/index.js';

/** A token, or a function that fetches a fresh one (called again once when a token is refused). */
export type TokenSource = string | (() => Promise<string>);

export interface HttpRetryOptions {
  /** Retries after the first attempt; 2 by default, 0 to turn retrying off. */
  limit?: number;
  /** Milliseconds to wait before retry number `attempt` (from 1); exponential by default. */
  delay?: (attempt: number) => number;
}

export interface HttpBackendOptions {
  /** Where the API lives, e.g. `https://wellvisit.example.org` (routes are under `/v1/`). */
  baseUrl: string | URL;
  /** An embed token for a role's APIs, or the API key for `admin` (server-side only). */
  token: TokenSource;
  /** A custom fetch, e.g. for tests or a proxy. */
  fetch?: typeof globalThis.fetch;
  /** Per attempt; 10 seconds by default. */
  timeoutMs?: number;
  retry?: HttpRetryOptions;
}

const isFunction = (value: unknown): boolean => typeof value === 'function';

const BaseUrl = z.union([
  z.custom<URL>((value) => value instanceof URL),
  z.string().check(
    z.refine((value) => /^https?:\/\/[^/]/.test(value) || value.startsWith('/'), {
      error: 'Use an http(s) URL such as https://wellvisit.example.org, or a path such as /api',
    }),
  ),
]);

const HttpBackendOptionsSchema = z.object({
  baseUrl: BaseUrl,
  token: z.union([
    z.string().check(z.minLength(1, 'The token is empty')),
    z.custom<() => Promise<string>>(isFunction, 'Use a string or a function returning a token'),
  ]),
  fetch: z.optional(z.custom<typeof globalThis.fetch>(isFunction, 'fetch must be a function')),
  timeoutMs: z.optional(z.int().check(z.gte(1), z.lte(600_000))),
  retry: z.optional(
    z.object({
      limit: z.optional(z.int().check(z.gte(0), z.lte(10))),
      delay: z.optional(z.custom<(attempt: number) => number>(isFunction)),
    }),
  ),
});

export function parseHttpBackendOptions(options: unknown): HttpBackendOptions {
  return parseOrThrow(HttpBackendOptionsSchema, options, 'HTTP backend options');
}
