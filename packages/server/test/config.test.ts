import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PORT, readConfig } from '../src/config.js';
import { adminKey, tokenSecret } from '../src/secrets.js';

describe('command line and environment', () => {
  it('defaults: PGlite in .wellvisit/data, port 8787, no demo', () => {
    const config = readConfig([], {});
    expect(config).toMatchObject({
      port: DEFAULT_PORT,
      dataDir: resolve('.wellvisit/data'),
      databaseUrl: undefined,
      demo: false,
    });
  });

  it('flags win over the environment, and the environment over defaults', () => {
    expect(readConfig([], { PORT: '9000', DATABASE_URL: 'postgres://x/y' })).toMatchObject({
      port: 9000,
      databaseUrl: 'postgres://x/y',
    });
    expect(
      readConfig(
        ['--port', '9100', '--database-url', 'postgres://a/b', '--demo', '--data-dir', '/tmp/wv'],
        {
          PORT: '9000',
          DATABASE_URL: 'postgres://x/y',
        },
      ),
    ).toMatchObject({ port: 9100, databaseUrl: 'postgres://a/b', demo: true, dataDir: '/tmp/wv' });
  });

  it('refuses bad values with the usage', () => {
    expect(() => readConfig(['--port', 'eighty'], {})).toThrow(/--port[^]*Usage/);
    expect(() => readConfig(['--bogus'], {})).toThrow(/bogus[^]*Usage/);
    expect(() => readConfig([], { WELLVISIT_ADMIN_KEY: 'short' })).toThrow(/WELLVISIT_ADMIN_KEY/);
    expect(() => readConfig([], { WELLVISIT_WEBHOOK_URL: 'https://hooks.example/x' })).toThrow(
      /WELLVISIT_WEBHOOK_SECRET/,
    );
  });

  it('reads webhook and SMTP settings', () => {
    const config = readConfig([], {
      WELLVISIT_WEBHOOK_URL: 'https://hooks.example/x',
      WELLVISIT_WEBHOOK_SECRET: 'a'.repeat(32),
      WELLVISIT_SMTP_URL: 'smtp://mail.example:587',
      WELLVISIT_EMAIL_FROM: 'reminders@example.org',
    });
    expect(config.webhook).toEqual({ url: 'https://hooks.example/x', secret: 'a'.repeat(32) });
    expect(config.email).toEqual({
      smtpUrl: 'smtp://mail.example:587',
      from: 'reminders@example.org',
    });
  });
});

describe('secrets', () => {
  it('the token secret is made once, owner-only, and kept across restarts', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'wellvisit-secrets-'));
    try {
      const first = await tokenSecret(undefined, dir);
      const second = await tokenSecret(undefined, dir);
      expect(first.length).toBeGreaterThanOrEqual(32);
      expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
      expect((await stat(join(dir, 'token-secret'))).mode & 0o777).toBe(0o600);
      const configured = await tokenSecret('x'.repeat(40), dir);
      expect(new TextDecoder().decode(configured)).toBe('x'.repeat(40));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('the API key comes from the environment, or is made in demo mode only', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'wellvisit-secrets-'));
    try {
      await expect(adminKey(undefined, dir, false)).rejects.toThrow(/WELLVISIT_ADMIN_KEY/);
      const made = await adminKey(undefined, dir, true);
      expect(made).toMatch(/^wvk_[A-Za-z0-9_-]{32}$/);
      expect(await adminKey(undefined, dir, true)).toBe(made);
      expect((await readFile(join(dir, 'admin-key'), 'utf8')).trim()).toBe(made);
      expect(await adminKey('k'.repeat(32), dir, true)).toBe('k'.repeat(32));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
