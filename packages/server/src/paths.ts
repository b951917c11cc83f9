import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The package's own folder, found from this module whether it runs from `src/` (tests) or from
 * the bundled `dist/`: the first ancestor holding `migrations/`.
 */
function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'migrations')) && existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('wellvisit: cannot find the server package folder');
    dir = parent;
  }
}

export const packageRoot = findPackageRoot();
export const migrationsDir = join(packageRoot, 'migrations');
/** In the monorepo: the example pages and the elements build the demo serves. */
export const examplesDir = join(packageRoot, '..', '..', 'examples');
export const elementsDistDir = join(packageRoot, '..', 'elements', 'dist');
