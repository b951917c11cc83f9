// tsup emits the registration entries' declarations (dist/define/*.d.ts, dist/all.d.ts) as an
// empty `export {}`, so `import '@wellvisit/elements/define/booking.js'` alone would not type
// `document.createElement('wv-booking')` or `addEventListener('wv-booked', …)`. Point each one at
// the package's declarations, which carry the HTMLElementTagNameMap and
// GlobalEventHandlersEventMap entries.
import { readdirSync, writeFileSync } from 'node:fs';

const header =
  '// Registers the element(s); the tag and event types come from the package entry.\n';
for (const file of readdirSync('dist/define').filter((name) => name.endsWith('.d.ts'))) {
  writeFileSync(`dist/define/${file}`, `${header}import '../index.js';\nexport {};\n`);
}
writeFileSync('dist/all.d.ts', `${header}import './index.js';\nexport {};\n`);
