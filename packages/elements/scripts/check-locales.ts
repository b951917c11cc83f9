// Fails when a source string has no Spanish template, when a Spanish template is no longer used,
// or when a msg() call has no explicit id (ids keep translations stable across wording changes).
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { templates } from '../src/locales/es.js';

const sourceRoot = new URL('../src/', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'locales' ? [] : sourceFiles(path);
    // localization.ts defines msg() rather than calling it.
    const isSource =
      entry.name.endsWith('.ts') &&
      !/\.(test|stories)\.ts$/.test(entry.name) &&
      entry.name !== 'localization.ts';
    return isSource ? [path] : [];
  });
}

const problems: string[] = [];
const used = new Set<string>();
for (const file of sourceFiles(sourceRoot)) {
  const text = readFileSync(file, 'utf8');
  const calls = text.match(/\bmsg\(/g)?.length ?? 0;
  const ids = [...text.matchAll(/\{\s*id:\s*'([^']+)'\s*,?\s*\}/g)].map((match) => match[1] ?? '');
  if (ids.length < calls) {
    problems.push(
      `${relative(sourceRoot, file)}: ${calls - ids.length} msg() call(s) without an id`,
    );
  }
  for (const id of ids) used.add(id);
}

const spanish = new Set(Object.keys(templates));
for (const id of used) if (!spanish.has(id)) problems.push(`no Spanish template for "${id}"`);
for (const id of spanish) if (!used.has(id)) problems.push(`unused Spanish template "${id}"`);

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`locales: ${used.size} strings, all translated to Spanish`);
