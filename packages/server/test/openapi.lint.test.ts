import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from '../src/routes/openapi.js';

const packageDir = join(import.meta.dirname, '..');
const redocly = join(packageDir, 'node_modules/.bin/redocly');

describe('the OpenAPI document under redocly recommended-strict', () => {
  it('has no errors and no warnings', { timeout: 60_000 }, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'wellvisit-openapi-'));
    try {
      await writeFile(
        join(dir, 'openapi.json'),
        JSON.stringify(openApiDocument('http://127.0.0.1:8787')),
      );
      await copyFile(
        join(packageDir, 'openapi.lint-ignore.yaml'),
        join(dir, '.redocly.lint-ignore.yaml'),
      );
      const { stdout } = await promisify(execFile)(
        redocly,
        ['lint', '--extends=recommended-strict', '--format=json', 'openapi.json'],
        { cwd: dir, env: { ...process.env, REDOCLY_TELEMETRY: 'off', NO_COLOR: '1' } },
      ).catch((error: unknown) => ({ stdout: (error as { stdout?: string }).stdout ?? '' }));
      const report = JSON.parse(stdout.slice(stdout.indexOf('{'))) as {
        totals: { errors: number; warnings: number; ignored: number };
        problems: { ruleId: string; message: string }[];
      };
      expect(report.problems.map((p) => `${p.ruleId}: ${p.message}`)).toEqual([]);
      expect(report.totals).toMatchObject({ errors: 0, warnings: 0, ignored: 1 });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
