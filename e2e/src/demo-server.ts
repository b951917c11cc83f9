import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(repoRoot, 'packages/server/dist/cli.js');

export interface DemoServer {
  readonly url: string;
  readonly adminKey: string;
  stop(): Promise<void>;
}

/**
 * Starts the built CLI the way `pnpm start` does (`--demo`), on a free port and a fresh data
 * directory, and resolves once its banner names the URL.
 */
export async function startDemoServer(): Promise<DemoServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'wellvisit-e2e-'));
  const adminKey = randomBytes(24).toString('hex');
  const child: ChildProcess = spawn(
    process.execPath,
    [cli, '--demo', '--port', '0', '--data-dir', join(dataDir, 'data')],
    { env: { ...process.env, WELLVISIT_ADMIN_KEY: adminKey }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Pages\s+(http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      reject(new Error(`The server exited (${String(code)}) before listening:\n${output}`));
    });
  });
  return {
    url,
    adminKey,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
