import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as z from 'zod/mini';

export const DEFAULT_PORT = 8787;
export const DEFAULT_DATA_DIR = '.wellvisit/data';

export interface Config {
  port: number;
  /** Holds the PGlite database (unless `databaseUrl`) and the generated secrets. */
  dataDir: string;
  databaseUrl: string | undefined;
  demo: boolean;
  adminKey: string | undefined;
  tokenSecret: string | undefined;
  webhook: { url: string; secret: string } | undefined;
  email: { smtpUrl: string; from: string } | undefined;
  /** Per officer, shared by every instance on the database: `<burst>/<per second>`. */
  bookingLimit: { capacity: number; refillPerSecond: number } | undefined;
  help: boolean;
}

export const USAGE = `wellvisit-server — the Wellvisit reference backend

Usage: wellvisit-server [--port N] [--data-dir DIR] [--database-url URL] [--demo]

  --port N            listen on 127.0.0.1:N (default: $PORT or ${DEFAULT_PORT})
  --data-dir DIR      PGlite database and generated secrets (default: ${DEFAULT_DATA_DIR})
  --database-url URL  use this PostgreSQL instead of PGlite (default: $DATABASE_URL)
  --demo              seed a demo world on first start, enable POST /demo/sign-in
  --help              show this

Environment:
  WELLVISIT_ADMIN_KEY       API key for /v1/admin/* (generated and printed in demo mode)
  WELLVISIT_TOKEN_SECRET    embed-token signing secret, 32+ characters (else kept in the data dir)
  WELLVISIT_DATA_DIR        the data directory, when --data-dir is not given
  WELLVISIT_WEBHOOK_URL     where reminders and visit events are POSTed (Standard Webhooks),
                            signed with WELLVISIT_WEBHOOK_SECRET (whsec_<base64>, or 32+ characters)
  WELLVISIT_SMTP_URL        SMTP server for visit messages (booked, moved, cancelled, with calendar
                            invitations) and email reminders, sent from WELLVISIT_EMAIL_FROM
  WELLVISIT_BOOKING_LIMIT   bookings, reschedules and cancellations per officer: BURST/PER_SECOND
                            (default 30/1), counted across every instance on the database
`;

const BookingLimit = z.pipe(
  z.string().check(z.regex(/^[1-9]\d*\/(\d*\.)?\d*[1-9]\d*$/, 'Use BURST/PER_SECOND, e.g. 30/1')),
  z.transform((text: string) => {
    const [capacity, refillPerSecond] = text.split('/').map(Number) as [number, number];
    return { capacity, refillPerSecond };
  }),
);
const Port = z.coerce.number().check(z.int(), z.gte(0), z.lte(65_535));
const Secret = z.string().check(z.minLength(32, 'Use at least 32 characters'));

function fail(message: string): never {
  throw new Error(`${message}\n\n${USAGE}`);
}

function parsed<T>(schema: z.ZodMiniType<T>, value: unknown, name: string): T {
  const result = z.safeParse(schema, value);
  if (!result.success) fail(`${name}: ${result.error.issues[0]?.message ?? 'invalid'}`);
  return result.data;
}

/** Reads the command line and the environment; throws with the usage on anything invalid. */
export function readConfig(argv: string[], env: NodeJS.ProcessEnv): Config {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        port: { type: 'string' },
        'data-dir': { type: 'string' },
        'database-url': { type: 'string' },
        demo: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
    }));
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  const webhookUrl = env.WELLVISIT_WEBHOOK_URL;
  const smtpUrl = env.WELLVISIT_SMTP_URL;
  return {
    port: parsed(Port, values.port ?? env.PORT ?? DEFAULT_PORT, '--port'),
    dataDir: resolve(values['data-dir'] ?? env.WELLVISIT_DATA_DIR ?? DEFAULT_DATA_DIR),
    databaseUrl: values['database-url'] ?? (env.DATABASE_URL || undefined),
    demo: values.demo,
    adminKey: env.WELLVISIT_ADMIN_KEY
      ? parsed(Secret, env.WELLVISIT_ADMIN_KEY, 'WELLVISIT_ADMIN_KEY')
      : undefined,
    tokenSecret: env.WELLVISIT_TOKEN_SECRET
      ? parsed(Secret, env.WELLVISIT_TOKEN_SECRET, 'WELLVISIT_TOKEN_SECRET')
      : undefined,
    webhook: webhookUrl
      ? {
          url: parsed(z.url({ protocol: /^https?$/ }), webhookUrl, 'WELLVISIT_WEBHOOK_URL'),
          secret: parsed(Secret, env.WELLVISIT_WEBHOOK_SECRET, 'WELLVISIT_WEBHOOK_SECRET'),
        }
      : undefined,
    email: smtpUrl
      ? {
          smtpUrl,
          from: parsed(z.email(), env.WELLVISIT_EMAIL_FROM, 'WELLVISIT_EMAIL_FROM'),
        }
      : undefined,
    bookingLimit: env.WELLVISIT_BOOKING_LIMIT
      ? parsed(BookingLimit, env.WELLVISIT_BOOKING_LIMIT, 'WELLVISIT_BOOKING_LIMIT')
      : undefined,
    help: values.help,
  };
}
