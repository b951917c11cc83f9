import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromeArgs, chromePath } from '../../scripts/chrome-args.js';
import { forcedColorsPlugin } from './test-runner/forced-colors.js';

export default {
  files: 'src/**/*.test.ts',
  nodeResolve: { exportConditions: ['wellvisit-source', 'browser', 'development'] },
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }),
    forcedColorsPlugin(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromePath, headless: true, args: chromeArgs },
    }),
  ],
  testFramework: { config: { timeout: 10_000 } },
};
