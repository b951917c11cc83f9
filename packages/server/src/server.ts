import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import type { Hono } from 'hono';
import type { ReminderChannel } from '@wellvisit/sdk';
import { createApp } from './app.js';
import { createTokenService, type TokenService } from './auth/tokens.js';
import { createSqlBackend } from './backend/index.js';
import type { Database } from './db/database.js';
import { keepStatisticsFresh } from './db/statistics.js';
import { createRateLimiter, type RateLimit } from './http/rate-limit.js';
import { createReminderWorker, type ReminderWorker, type WorkerOptions } from './jobs/worker.js';
import { createMessageWorker } from './messages/worker.js';
import type { JobWorker } from './jobs/queue-worker.js';
import { emailNotifier, mailTransport, type EmailConfig } from './notifier/email.js';
import type { Notifier } from './notifier/notifier.js';
import { webhookNotifier, type WebhookConfig } from './notifier/webhook.js';
import type { StaticDirs } from './routes/static.js';

export const DEFAULT_AUDIENCE = 'wellvisit-api';
export const DEFAULT_BODY_LIMIT_BYTES = 64 * 1024;
export const DEFAULT_RATE_LIMITS = {
  /** Per officer: bursts of 30 bookings, reschedules or cancellations, then one a second. */
  booking: { capacity: 30, refillPerSecond: 1 },
  /** Per client address: bursts of 600 tokens (a host warming a page of widgets), then 100/s. */
  tokens: { capacity: 600, refillPerSecond: 100 },
} as const satisfies Record<string, RateLimit>;

export interface ServerOptions {
  /** A migrated database (see `openDatabase` and `migrate`). */
  db: Database;
  /** The API key for `/v1/admin/*`. */
  adminKey: string;
  /** The HS256 key embed tokens are signed with (32 bytes or more). */
  tokenSecret: Uint8Array;
  /** The server's clock; tests inject one they can move forward. */
  now?: () => Date;
  /** The `aud` of the embed tokens this server issues and accepts. */
  audience?: string;
  /** Mounts `POST /demo/sign-in`. */
  demo?: boolean;
  webhook?: WebhookConfig;
  email?: EmailConfig;
  rateLimits?: { booking?: RateLimit | false; tokens?: RateLimit | false };
  bodyLimitBytes?: number;
  /** Reminder and visit-message delivery; `false` runs no workers in this instance. */
  worker?: Omit<WorkerOptions, 'db' | 'now' | 'notifiers'> | false;
  staticDirs?: StaticDirs;
  /** Check every response against its schema; on unless NODE_ENV is `production`. */
  checkResponses?: boolean;
}

export interface WellvisitServer {
  readonly app: Hono;
  readonly db: Database;
  readonly tokens: TokenService;
  readonly worker: ReminderWorker;
  /** Sends the outbox's messages about booked, moved and cancelled visits. */
  readonly messages: JobWorker;
  /** Answers one request without a socket (tests). */
  fetch(request: Request): Promise<Response>;
  /** Listens on `hostname:port` (127.0.0.1 and a free port by default) and starts the worker. */
  listen(options?: { port?: number; hostname?: string }): Promise<{ url: string }>;
  /** Stops listening and the worker; the database stays open for its owner to close. */
  close(): Promise<void>;
}

/** Wires storage, auth, the API, the reminder worker and the demo pages into one server. */
export function createServer(options: ServerOptions): WellvisitServer {
  const now = options.now ?? (() => new Date());
  const { db } = options;
  const tokens = createTokenService({
    secret: options.tokenSecret,
    audience: options.audience ?? DEFAULT_AUDIENCE,
    now,
  });
  const transport = options.email ? mailTransport(options.email) : undefined;
  const webhook = options.webhook ? webhookNotifier(options.webhook) : undefined;
  const notifiers: Partial<Record<ReminderChannel, Notifier>> = {
    ...(webhook ? { webhook } : {}),
    ...(options.email && transport ? { email: emailNotifier(options.email.from, transport) } : {}),
  };
  const channels = new Set(Object.keys(notifiers) as ReminderChannel[]);
  const backend = createSqlBackend({ db, now, channels }, tokens);
  const limit = (chosen: RateLimit | false | undefined, fallback: RateLimit) =>
    chosen === false ? undefined : createRateLimiter(db, chosen ?? fallback, now);
  const bookingLimiter = limit(options.rateLimits?.booking, DEFAULT_RATE_LIMITS.booking);
  const tokenLimiter = limit(options.rateLimits?.tokens, DEFAULT_RATE_LIMITS.tokens);

  const app = createApp({
    db,
    backend,
    tokens,
    adminKey: options.adminKey,
    demo: options.demo ?? false,
    bodyLimitBytes: options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES,
    ...(bookingLimiter ? { bookingLimiter } : {}),
    ...(tokenLimiter ? { tokenLimiter } : {}),
    staticDirs: options.staticDirs ?? {},
    checkResponses: options.checkResponses ?? process.env.NODE_ENV !== 'production',
  });
  const workerOptions = options.worker === false ? {} : options.worker;
  const worker = createReminderWorker({ db, now, notifiers, ...workerOptions });
  const messages = createMessageWorker({
    db,
    now,
    email: options.email && transport ? { from: options.email.from, transport } : undefined,
    webhook: webhook?.event,
    manageTokens: (request) => tokens.issue(request),
    ...workerOptions,
  });

  let server: ServerType | undefined;
  let stopStatistics: (() => void) | undefined;
  return {
    app,
    db,
    tokens,
    worker,
    messages,
    fetch: async (request) => app.fetch(request),
    listen: ({ port = 0, hostname = '127.0.0.1' } = {}) =>
      new Promise((resolve, reject) => {
        const listening = serve({ fetch: app.fetch, port, hostname }, (info: AddressInfo) => {
          if (options.worker !== false) {
            worker.start();
            messages.start();
          }
          stopStatistics ??= keepStatisticsFresh(db);
          resolve({ url: `http://${hostname}:${info.port}` });
        });
        listening.once('error', reject);
        server = listening;
      }),
    async close() {
      await Promise.all([worker.stop(), messages.stop()]);
      stopStatistics?.();
      stopStatistics = undefined;
      const listening = server;
      server = undefined;
      if (!listening) return;
      await new Promise<void>((resolve) => {
        listening.close(() => {
          resolve();
        });
        // Keep-alive sockets would hold close() open until their idle timeout.
        if ('closeAllConnections' in listening) listening.closeAllConnections();
      });
    },
  };
}
