import { existsSync } from 'node:fs';
import type { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';

export interface StaticDirs {
  /** Served at `/`: the example pages and the demo's landing page. */
  pages?: string;
  /** Served at `/elements/`: the web components' build. */
  elements?: string;
}

/** Serves the demo's pages from the same process as the API; folders that are absent are skipped. */
export function mountStatic(app: Hono, dirs: StaticDirs): void {
  if (dirs.elements !== undefined && existsSync(dirs.elements)) {
    const root = dirs.elements;
    app.use(
      '/elements/*',
      serveStatic({ root, rewriteRequestPath: (path) => path.replace(/^\/elements/, '') }),
    );
  }
  if (dirs.pages !== undefined && existsSync(dirs.pages)) {
    app.use('/*', serveStatic({ root: dirs.pages }));
  }
}
