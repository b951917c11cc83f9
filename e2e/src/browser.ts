import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromeArgs, chromePath } from '../../scripts/chrome-args.js';
import { repoRoot } from './demo-server.js';

/** Debian's Chromium (or CHROME_PATH) with the flags every browser test here uses. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromePath, headless: true, args: chromeArgs });
}

export const artifactsDir = join(repoRoot, 'test-artifacts');

/** A full-page screenshot in test-artifacts/ (gitignored), for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(artifactsDir, { recursive: true });
  await page.screenshot({ path: join(artifactsDir, `${name}.png`), fullPage: true });
}

/** Collects Content-Security-Policy violations and uncaught errors the page reports. */
export function watchPageProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
      problems.push(message.text());
    }
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}

/** Every text node and attribute value in the document and in every open shadow root. */
export function deepText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const node of root.querySelectorAll('*')) {
        for (const attribute of node.attributes) parts.push(attribute.value);
        for (const child of node.childNodes) {
          if (child.nodeType === Node.TEXT_NODE) parts.push(child.textContent ?? '');
        }
        if (node.shadowRoot) walk(node.shadowRoot);
      }
    };
    walk(document);
    return parts.join('\n');
  });
}
