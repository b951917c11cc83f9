/**
 * The autoloader for a plain page: registers each Wellvisit element when its tag first appears in
 * the document, loading that element's code from `define/` beside this file, so a page downloads
 * only the elements it renders. Like Shoelace's autoloader; imports nothing itself.
 */

/** The elements, by tag without `wv-`: each has `define/<name>.js` next to this file. */
const ELEMENTS = new Set([
  'provider',
  'booking',
  'reminders',
  'attendance-badge',
  'attendance-roster',
  'attendance-access-log',
  'department-policy',
  'clinician-schedule',
]);

const loading = new Map<string, Promise<unknown>>();

function load(name: string): Promise<unknown> {
  let pending = loading.get(name);
  if (!pending) {
    const url = new URL(`./define/${name}.js`, import.meta.url).href;
    pending = import(url).catch((error: unknown) => {
      console.error(`wellvisit: could not load <wv-${name}> from ${url}`, error);
    });
    loading.set(name, pending);
  }
  return pending;
}

/** Loads the code of every undefined Wellvisit element in `root`, the root included. */
async function discover(root: Element): Promise<void> {
  const names = new Set<string>();
  for (const { localName } of [root, ...root.querySelectorAll(':not(:defined)')]) {
    const name = localName.slice('wv-'.length);
    if (localName.startsWith('wv-') && ELEMENTS.has(name) && !customElements.get(localName)) {
      names.add(name);
    }
  }
  // Elements take their backend from the provider as they connect: it must be defined first.
  await (names.delete('provider') ? load('provider') : loading.get('provider'));
  await Promise.all([...names].map(load));
}

new MutationObserver((records) => {
  for (const { addedNodes } of records) {
    for (const node of addedNodes) if (node instanceof Element) void discover(node);
  }
}).observe(document.documentElement, { childList: true, subtree: true });
void discover(document.documentElement);
