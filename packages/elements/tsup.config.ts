import { defineConfig, type Options } from 'tsup';
import { minifyTemplatesPlugin } from './build/minify-templates.js';

/** For pages without a bundler: lit and the SDK inlined, minified, production builds. */
const forPlainPages: Options = {
  format: ['esm'],
  target: 'es2022',
  minify: true,
  sourcemap: true,
  clean: false,
  noExternal: [/.*/],
  esbuildPlugins: [minifyTemplatesPlugin],
  esbuildOptions(options) {
    options.conditions = ['production', 'browser', 'import'];
    options.legalComments = 'none';
  },
};

export default defineConfig([
  // For bundler users: one module per element and per registration file, lit as a dependency.
  {
    entry: ['src/index.ts', 'src/all.ts', 'src/define/*.ts'],
    format: ['esm'],
    target: 'es2022',
    dts: true,
    sourcemap: true,
    clean: true,
    splitting: true,
    treeshake: true,
    external: [/^lit/, /^@lit/, /^@lit-labs/, /^@wellvisit\/sdk/],
    esbuildPlugins: [minifyTemplatesPlugin],
  },
  // One file that works copied alone: every element and locale, no import of any other file.
  {
    ...forPlainPages,
    entry: { 'bundle/wellvisit-elements': 'src/all.ts' },
    splitting: false,
  },
  // A folder to copy whole: the autoloader and each element's code, sharing chunks, so a page
  // downloads only the elements it renders.
  {
    ...forPlainPages,
    entry: ['src/autoloader.ts', 'src/define/*.ts'],
    outDir: 'dist/cdn',
    splitting: true,
  },
]);
