/**
 * @wellvisit/server — the Wellvisit reference backend: the SDK's contract over HTTP on
 * embedded PGlite or PostgreSQL, with embed tokens, an attendance-only department API, an audit
 * log and reminder delivery.
 */
export {
  createServer,
  DEFAULT_AUDIENCE,
  DEFAULT_BODY_LIMIT_BYTES,
  DEFAULT_RATE_LIMITS,
  type ServerOptions,
  type WellvisitServer,
} from './server.js';
export type { Database, Queryable, Transaction } from './db/database.js';
export { openDatabase } from './db/open.js';
export { openPglite, type PgliteOptions } from './db/pglite.js';
export { openPostgres } from './db/postgres.js';
export { migrate, readMigrations, type Migration } from './db/migrate.js';
export { signWebhook, webhookKey, type WebhookConfig } from './notifier/webhook.js';
export type { EmailConfig } from './notifier/email.js';
export type { RateLimit } from './http/rate-limit.js';
export type { ReminderWorker } from './jobs/worker.js';
export type { JobWorker } from './jobs/queue-worker.js';
export { seedDemo } from './demo/seed.js';
export { demoWorld, type DemoWorld } from './demo/world.js';
export { openApiDocument } from './routes/openapi.js';
