import { defineConfig } from 'tsup';

export default defineConfig([
  // One output module per source module (no bundling): with `sideEffects: false`, a browser
  // bundle that imports `MODALITIES` drops every schema, backend and rule it does not use. A
  // single bundled file would keep all of them, since zod schema construction is not pure.
  {
    entry: ['src/**/*.ts', '!src/**/*.test.ts', '!src/**/*.test-d.ts', '!src/**/testing/**'],
    format: ['esm'],
    target: 'es2022',
    bundle: false,
    sourcemap: true,
    clean: true,
  },
  // Declarations for the public entry points.
  {
    entry: {
      index: 'src/index.ts',
      'server/index': 'src/server/index.ts',
      demo: 'src/demo.ts',
      'conformance/index': 'src/conformance/index.ts',
    },
    format: ['esm'],
    target: 'es2022',
    dts: { only: true },
    clean: false,
  },
]);
