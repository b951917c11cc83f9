import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvCell } from './export-attendance.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const cli = join(here, '../../packages/server/dist/cli.js');
const adminKey = randomBytes(24).toString('hex');
let server;
let dataDir;
let url;

/** Runs the script as a user would, against the server this file started. */
async function runExport(args) {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [join(here, 'export-attendance.mjs'), ...args],
    { env: { ...process.env, WELLVISIT_URL: url, WELLVISIT_ADMIN_KEY: adminKey } },
  );
  return stdout.trimEnd().split('\r\n');
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'wellvisit-sdk-node-'));
  server = spawn(process.execPath, [cli, '--demo', '--port', '0', '--data-dir', dataDir], {
    env: { ...process.env, WELLVISIT_ADMIN_KEY: adminKey },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  url = await new Promise((resolve, reject) => {
    let output = '';
    server.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /Pages\s+(http:\/\/[\d.:]+)\//.exec(output);
      if (match) resolve(match[1]);
    });
    server.once('exit', (code) => reject(new Error(`server exited ${code}: ${output}`)));
  });
}, 180_000);

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('export-attendance', () => {
  it("exports every officer of the department's current period, attendance only", async () => {
    const [header, ...rows] = await runExport(['--department', 'riverton-pd']);
    expect(header).toBe('officerId,officerName,periodId,status');
    expect(rows).toHaveLength(1000);
    expect(rows).toContainEqual(
      expect.stringMatching(/^officer-marcus-bell,Marcus Bell,[^,]+,completed$/),
    );
    expect(rows).toContainEqual(
      expect.stringMatching(/^officer-hannah-cho,Hannah Cho,[^,]+,excused$/),
    );
    expect(new Set(rows.map((row) => row.split(',')[2])).size).toBe(1);
  }, 60_000);

  it('exports another department, and the period asked for', async () => {
    const [, first] = await runExport(['--department', 'harbor-county-so']);
    const periodId = first.split(',')[2];
    const rows = await runExport(['--department', 'harbor-county-so', '--period', periodId]);
    expect(rows.slice(1)).toHaveLength(3);
    expect(rows.slice(1).every((row) => row.endsWith(`,${periodId},not-required`))).toBe(true);
  }, 60_000);

  it('fails with the usage when the department is missing', async () => {
    await expect(runExport([])).rejects.toThrow(/Usage/);
  });

  it('quotes cells and keeps spreadsheets from reading them as formulas', () => {
    expect(csvCell("Tom O'Neill")).toBe("Tom O'Neill");
    expect(csvCell('Doe, "Jr"')).toBe('"Doe, ""Jr"""');
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
  });
});
