// Where the bytes of one bundle go: each part's marginal min+gzip cost, i.e. how much smaller the
// gzipped bundle gets when that part's code is cut out of it. Gzip shares a dictionary across the
// file, so a part's own gzipped size would overstate it; the marginals add up to about the whole.
//
// `node bench/size/breakdown.mjs [entry]` prints one JSON line; `pnpm bench` renders it as a table.
// The entry is built like size-limit builds it (esbuild, minified, lazily loaded locales left out),
// and the built packages' source maps attribute every output byte to a source file.
import { build } from 'esbuild';
import { SourceMapConsumer } from 'source-map-js';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const entry = process.argv[2] ?? 'packages/elements/dist/all.js';

/** The part of the product a source file belongs to, by its path. */
const PARTS = [
  [/\/(lit|lit-html|lit-element|@lit\/reactive-element)\//, 'lit'],
  [/\/@lit\/(context|localize|task)\//, 'lit add-ons: context, localize, task'],
  [/\/ky\//, 'ky'],
  [/\/zod\//, 'zod/mini'],
  [/packages\/sdk\/src\/backends\//, 'SDK: HTTP backend'],
  [/packages\/sdk\/src\/(model|errors)\//, 'SDK: model and errors'],
  [/packages\/sdk\/src\/(rules|calendar)\//, 'SDK: rules and calendar files'],
  [/packages\/elements\/src\/(booking)\//, '<wv-booking>'],
  [/packages\/elements\/src\/(reminders)\//, '<wv-reminders>'],
  [/packages\/elements\/src\/(attendance-badge)\//, '<wv-attendance-badge>'],
  [/packages\/elements\/src\/(attendance-roster)\//, '<wv-attendance-roster>'],
  [/packages\/elements\/src\/(clinician-schedule)\//, '<wv-clinician-schedule>'],
  [/packages\/elements\/src\//, 'elements: provider, theme, shared'],
];
const partOf = (source) => PARTS.find(([pattern]) => pattern.test(source))?.[1] ?? 'other';

const lazyLocales = {
  name: 'lazy-locales-external',
  setup(b) {
    b.onResolve({ filter: /(^|\/)(es-[A-Z0-9]+|locales\/es)\.js$/ }, ({ path, kind }) =>
      kind === 'dynamic-import' ? { path, external: true } : undefined,
    );
  },
};

const result = await build({
  entryPoints: [entry],
  absWorkingDir: root,
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  write: false,
  outfile: 'breakdown.js',
  sourcemap: 'external',
  conditions: ['production', 'browser', 'import'],
  plugins: [lazyLocales],
});
const code = result.outputFiles.find((file) => file.path.endsWith('.js')).text;
const map = new SourceMapConsumer(
  JSON.parse(result.outputFiles.find((file) => file.path.endsWith('.map')).text),
);

// Each output character's part: from one mapping to the next.
const lineStarts = [0];
for (let i = 0; i < code.length; i += 1) if (code[i] === '\n') lineStarts.push(i + 1);
const owner = new Array(code.length).fill('other');
const mappings = [];
map.eachMapping((mapping) => mappings.push(mapping), null, SourceMapConsumer.GENERATED_ORDER);
mappings.forEach((mapping, i) => {
  const next = mappings[i + 1];
  const start = lineStarts[mapping.generatedLine - 1] + mapping.generatedColumn;
  const end = next ? lineStarts[next.generatedLine - 1] + next.generatedColumn : code.length;
  owner.fill(partOf(mapping.source ?? ''), start, end);
});

const gzipped = (text) => gzipSync(text, { level: 9 }).length;
const total = gzipped(code);
const parts = [...new Set(owner)].map((part) => {
  let rest = '';
  let minified = 0;
  for (let i = 0; i < code.length; i += 1) {
    if (owner[i] === part) minified += 1;
    else rest += code[i];
  }
  return { part, minified, gzip: total - gzipped(rest) };
});
parts.sort((a, b) => b.gzip - a.gzip);
console.log(JSON.stringify({ entry, minified: code.length, gzip: total, parts }));
