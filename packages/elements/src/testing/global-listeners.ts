// Test support: watches listeners added to window and document, so a test can check that none
// outlives the element that added it.

export interface ListenerTracker {
  /** Listeners added since tracking began and not removed since, as `target:type`. */
  outstanding(): string[];
  stop(): void;
}

type Add = EventTarget['addEventListener'];
type Remove = EventTarget['removeEventListener'];

const captures = (options: boolean | EventListenerOptions | undefined): boolean =>
  typeof options === 'boolean' ? options : Boolean(options?.capture);

export function trackGlobalListeners(): ListenerTracker {
  const live = new Map<string, { name: string; listener: unknown; capture: boolean }>();
  let next = 0;
  const restore: (() => void)[] = [];
  for (const [name, target] of [
    ['window', window],
    ['document', document],
  ] as const) {
    const add: Add = target.addEventListener.bind(target);
    const remove: Remove = target.removeEventListener.bind(target);
    const find = (type: string, listener: unknown, capture: boolean) =>
      [...live].find(
        ([, entry]) =>
          entry.name === `${name}:${type}` &&
          entry.listener === listener &&
          entry.capture === capture,
      )?.[0];
    const patchedAdd: Add = (type, listener, options) => {
      const capture = captures(options);
      if (listener && find(type, listener, capture) === undefined) {
        live.set(`${next++}`, { name: `${name}:${type}`, listener, capture });
      }
      add(type, listener, options);
    };
    const patchedRemove: Remove = (type, listener, options) => {
      const key = find(type, listener, captures(options));
      if (key !== undefined) live.delete(key);
      remove(type, listener, options);
    };
    target.addEventListener = patchedAdd;
    target.removeEventListener = patchedRemove;
    restore.push(() => {
      // The patches are own properties; removing them uncovers the prototype's methods again.
      Reflect.deleteProperty(target, 'addEventListener');
      Reflect.deleteProperty(target, 'removeEventListener');
    });
  }
  return {
    outstanding: () => [...live.values()].map((entry) => entry.name),
    stop: () => {
      for (const undo of restore) undo();
    },
  };
}
