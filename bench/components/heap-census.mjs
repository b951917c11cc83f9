// Counts what a page's JS heap holds, by kind, from a V8 heap snapshot taken over CDP. Heap
// bytes alone also move with V8's compiled code and inline caches as the JIT settles; the census
// tells those apart from objects the page itself keeps alive (a leak).

/** V8 node types that are the page's own values, not the engine's code or bookkeeping. */
const PAGE_VALUE_TYPES = new Set(['object', 'closure', 'array', 'regexp', 'string', 'number']);
const STRING_TYPES = new Set(['string', 'concatenated string', 'sliced string']);

/** After two full collections: how many values of each constructor (or type) the page retains. */
export async function heapCensus(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks = [];
  const onChunk = ({ chunk }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);

  const { snapshot, nodes, strings } = JSON.parse(chunks.join(''));
  const fields = snapshot.meta.node_fields;
  const typeNames = snapshot.meta.node_types[0];
  const typeField = fields.indexOf('type');
  const nameField = fields.indexOf('name');
  const counts = new Map();
  for (let i = 0; i < nodes.length; i += fields.length) {
    const type = typeNames[nodes[i + typeField]];
    const kind = STRING_TYPES.has(type) ? 'string' : type;
    if (!PAGE_VALUE_TYPES.has(kind)) continue;
    const key = kind === 'object' ? strings[nodes[i + nameField]] : kind;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Values retained after minus before, by kind, largest first; only the kinds that changed. */
export function censusGrowth(before, after) {
  const kinds = new Set([...before.keys(), ...after.keys()]);
  const growth = [...kinds]
    .map((kind) => ({ kind, added: (after.get(kind) ?? 0) - (before.get(kind) ?? 0) }))
    .filter(({ added }) => added !== 0)
    .sort((a, b) => Math.abs(b.added) - Math.abs(a.added));
  return { net: growth.reduce((sum, { added }) => sum + added, 0), top: growth.slice(0, 5) };
}
