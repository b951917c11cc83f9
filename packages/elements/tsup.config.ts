import { defineConfig } from 'tsup';
import { minifyTemplatesPlugin } from './build/minify-templates.js';

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
  // For a plain <script type="module"> with no bundler: everything in one minified file.
  {
    entry: { 'bundle/wellvisit-elements': 'src/all.ts' },
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
  },
]);
