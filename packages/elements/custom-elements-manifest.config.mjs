import { readdirSync, readFileSync } from 'node:fs';
import { jsxTypesPlugin } from '@wc-toolkit/jsx-types';

// Elements are registered by `define('wv-x', Class)` in src/define/*.ts rather than by a
// decorator, so the analyzer cannot see their tags: this plugin reads those calls and marks
// each class as the custom element it defines.
const DEFINE_CALL = /define\(\s*'(wv-[a-z-]+)'\s*,\s*(\w+)\s*\)/g;

function registrations() {
  const found = new Map();
  for (const file of readdirSync('src/define')) {
    if (!file.endsWith('.ts')) continue;
    const text = readFileSync(`src/define/${file}`, 'utf8');
    for (const [, tagName, className] of text.matchAll(DEFINE_CALL)) {
      found.set(className, { tagName, definedIn: `src/define/${file}` });
    }
  }
  return found;
}

function tagsFromDefineCalls() {
  const byClass = registrations();
  return {
    name: 'wellvisit-define-calls',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        // define() itself calls customElements.define(tagName, …): not a definition of its own.
        module.exports = module.exports?.filter(
          (entry) => entry.kind !== 'custom-element-definition' || entry.name.startsWith('wv-'),
        );
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          // `dispatchEvent(new WvXEvent(…))` is picked up without a name; `@fires` names it.
          if (declaration.events) declaration.events = declaration.events.filter((e) => e.name);
          const registration = byClass.get(declaration.name);
          if (!registration) {
            // A class no define() call registers (the shared base class) is no element itself.
            delete declaration.customElement;
            continue;
          }
          declaration.customElement = true;
          declaration.tagName = registration.tagName;
          const definedIn = customElementsManifest.modules.find(
            (candidate) => candidate.path === registration.definedIn,
          );
          const definitions = definedIn ? (definedIn.exports ??= []) : [];
          if (!definitions.some((entry) => entry.name === registration.tagName)) {
            definitions.push({
              kind: 'custom-element-definition',
              name: registration.tagName,
              declaration: { name: declaration.name, module: module.path },
            });
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/locales/**', 'src/testing/**'],
  litelement: true,
  plugins: [
    tagsFromDefineCalls(),
    // JSX types for React 19 and other JSX users, from this manifest: `@wellvisit/elements/jsx`.
    jsxTypesPlugin({
      outdir: 'dist',
      fileName: 'jsx.d.ts',
      globalTypePath: './index.js',
      stronglyTypedEvents: true,
    }),
  ],
};
