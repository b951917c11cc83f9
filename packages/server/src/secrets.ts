import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * A secret kept in a file of the data directory, made (owner-only) on first use: restarts keep
 * tokens valid and the demo's API key the same.
 */
async function keptSecret(dataDir: string, name: string, make: () => string): Promise<string> {
  const file = join(dataDir, name);
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'ENOENT') throw error;
  }
  await mkdir(dataDir, { recursive: true });
  const secret = make();
  // `wx`: if another instance made it first, fail and read theirs.
  try {
    await writeFile(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
    return secret;
  } catch {
    return (await readFile(file, 'utf8')).trim();
  }
}

export function tokenSecret(configured: string | undefined, dataDir: string): Promise<Uint8Array> {
  const text = configured
    ? Promise.resolve(configured)
    : keptSecret(dataDir, 'token-secret', () => randomBytes(32).toString('base64url'));
  return text.then((secret) => new TextEncoder().encode(secret));
}

/** The configured API key; in demo mode one is made and kept, so that it can be printed. */
export async function adminKey(
  configured: string | undefined,
  dataDir: string,
  demo: boolean,
): Promise<string> {
  if (configured) return configured;
  if (!demo) {
    throw new Error('Set WELLVISIT_ADMIN_KEY (32+ characters), or run with --demo');
  }
  return keptSecret(dataDir, 'admin-key', () => `wvk_${randomBytes(24).toString('base64url')}`);
}
