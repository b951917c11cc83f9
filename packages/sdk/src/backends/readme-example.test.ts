import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const repoDir = resolve(packageDir, '../..');
const tsx = join(repoDir, 'node_modules/.bin/tsx');

/** The first ```ts block after `heading`. */
async function exampleUnder(readme: string, heading: string): Promise<string> {
  const text = await readFile(readme, 'utf8');
  const section = text.slice(text.indexOf(`\n${heading}\n`));
  const block = /```ts\n([\s\S]*?)```/.exec(section)?.[1];
  if (section.length === text.length + 1 || block === undefined) {
    throw new Error(`No \`\`\`ts block under "${heading}" in ${readme}`);
  }
  return block;
}

describe('the README example', () => {
  it('is the same in the SDK README and in the root README', async () => {
    const sdk = await exampleUnder(join(packageDir, 'README.md'), '## Quick start');
    const root = await exampleUnder(join(repoDir, 'README.md'), '## SDK');
    expect(root).toBe(sdk);
  });

  // As JavaScript (.mjs, no types in it) and as TypeScript (.mts), as the README says.
  it.each(['example.mjs', 'example.mts'])(
    'runs as pasted into %s',
    { timeout: 60_000 },
    async (file) => {
      const code = await exampleUnder(join(packageDir, 'README.md'), '## Quick start');
      const dir = await mkdtemp(join(tmpdir(), 'wellvisit-readme-'));
      try {
        // A project of its own, where `@wellvisit/sdk` resolves the way an install would.
        await mkdir(join(dir, 'node_modules/@wellvisit'), { recursive: true });
        await symlink(packageDir, join(dir, 'node_modules/@wellvisit/sdk'), 'dir');
        await writeFile(join(dir, file), code);
        const { stdout } = await promisify(execFile)(tsx, ['--conditions=wellvisit-source', file], {
          cwd: dir,
          timeout: 50_000,
        });
        const lines = stdout.trim().split('\n');
        expect(lines[0]).toMatch(/^Booked visit_[0-9a-f]+ at \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00Z$/);
        const statuses = lines.slice(1);
        expect(statuses).toHaveLength(12);
        for (const line of statuses) {
          expect(line).toMatch(/^[^:]+: (completed|due|overdue|excused|not-required)$/);
        }
        expect(statuses).toContain('Hannah Cho: excused');
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  );
});
