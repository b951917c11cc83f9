#!/usr/bin/env node
import { readConfig, USAGE, type Config } from './config.js';
import type { Database } from './db/database.js';
import { openDatabase } from './db/open.js';
import { createDemoClock } from './demo/clock.js';
import { mountDemoExtras } from './demo/extras.js';
import { seedDemo } from './demo/seed.js';
import { demoWorld } from './demo/world.js';
import { elementsDistDir, examplesDir } from './paths.js';
import { adminKey as readAdminKey, tokenSecret as readTokenSecret } from './secrets.js';
import { createServer } from './server.js';

function describeStore(config: Config): string {
  if (!config.databaseUrl) return `PGlite in ${config.dataDir}`;
  const url = new URL(config.databaseUrl);
  return `PostgreSQL at ${url.hostname}:${url.port || '5432'}${url.pathname}`;
}

function banner(config: Config, url: string, adminKey: string, seeded: boolean): string {
  const lines = [
    `Wellvisit server${config.demo ? ' (demo)' : ''} on ${describeStore(config)}`,
    '',
    `  Pages     ${url}/`,
    `  API       ${url}/v1/`,
    `  OpenAPI   ${url}/openapi.json`,
    `  Health    ${url}/healthz`,
  ];
  if (config.demo) {
    const signIn = (body: string) =>
      `curl -s -X POST ${url}/demo/sign-in -H 'content-type: application/json' -d '${body}'`;
    lines.push(
      '',
      `  API key   ${adminKey}   (for /v1/admin/*; keep it on a server)`,
      '',
      seeded
        ? '  Demo data seeded: Riverton PD (1,000 officers), Harbor County SO, Lakeside Counseling.'
        : '  Demo data reopened from the data directory.',
      '',
      '  Demo sign-in (an embed token for each role; demo mode only):',
      `    officer           Ana Ruiz         ${signIn('{"role":"officer"}')}`,
      `    clinician         Dr. Maya Brooks  ${signIn('{"role":"clinician"}')}`,
      `    department-admin  Riverton PD      ${signIn('{"role":"department-admin"}')}`,
      '    another person: add an id, e.g. {"role":"officer","id":"officer-zoe-martin"}',
    );
  }
  lines.push('', emailLine(config));
  return lines.join('\n');
}

/** Whether visit emails go out, and how to make them. */
function emailLine(config: Config): string {
  if (config.email) {
    const smtp = new URL(config.email.smtpUrl);
    return `  Email     visit messages and reminders via ${smtp.hostname}:${smtp.port || '25'}, from ${config.email.from}`;
  }
  return [
    '  Email     off. To send booking, change and cancellation emails, start with an SMTP server:',
    '              WELLVISIT_SMTP_URL=smtp://127.0.0.1:1025 WELLVISIT_EMAIL_FROM=visits@example.org pnpm start',
  ].join('\n');
}

async function main(): Promise<void> {
  const config = readConfig(process.argv.slice(2), process.env);
  if (config.help) {
    console.log(USAGE);
    return;
  }
  const [adminKey, tokenSecret] = await Promise.all([
    readAdminKey(config.adminKey, config.dataDir, config.demo),
    readTokenSecret(config.tokenSecret, config.dataDir),
  ]);
  const db: Database = await openDatabase(config);
  const seeded = config.demo ? await seedDemo(db, () => demoWorld(new Date()), new Date()) : false;
  // The demo's clock can be moved forward (POST /demo/advance-time); a real server's cannot.
  const clock = config.demo ? createDemoClock() : undefined;
  const server = createServer({
    db,
    adminKey,
    tokenSecret,
    demo: config.demo,
    ...(clock ? { now: clock.now } : {}),
    ...(config.webhook ? { webhook: config.webhook } : {}),
    ...(config.email ? { email: config.email } : {}),
    ...(config.bookingLimit ? { rateLimits: { booking: config.bookingLimit } } : {}),
    staticDirs: { pages: examplesDir, elements: elementsDistDir },
  });
  if (clock) await mountDemoExtras(server.app, { clock, adminKey, examplesDir });
  const { url } = await server.listen({ port: config.port });
  console.log(banner(config, url, adminKey, seeded));

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping`);
    void server
      .close()
      .then(() => db.close())
      .then(() => process.exit(0));
  };
  process.on('SIGINT', () => {
    stop('SIGINT');
  });
  process.on('SIGTERM', () => {
    stop('SIGTERM');
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
