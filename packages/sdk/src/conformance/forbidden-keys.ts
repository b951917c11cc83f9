/**
 * Keys that could carry something of a visit — when, with whom, how, where (its video link
 * included), or free text — or
 * the officer's email address, and therefore must never appear in anything the department side
 * sends or receives. Compared in
 * lower case. `timeZone`, `firstDay` and `lastDay` stay allowed: they describe the department
 * and its periods, not a visit.
 */
export const FORBIDDEN_KEYS = [
  'start',
  'end',
  'time',
  'at',
  'when',
  'date',
  'datetime',
  'duration',
  'modality',
  'place',
  'location',
  'address',
  'room',
  // A virtual visit's link: officer and clinician join with it, a department never sees one.
  'url',
  'outcome',
  'comment',
  'comments',
  'text',
  'summary',
  'description',
  // Not of a visit, but the officer's own: where their messages go never reaches the department.
  'email',
] as const;

/** Words that give a key away anywhere in it: `lastVisit`, `primary_clinician`, `visit-notes`. */
export const FORBIDDEN_WORDS = [
  'visit',
  'clinician',
  'appointment',
  'booking',
  'modality',
  'place',
  'location',
  'note',
  'reason',
  'diagnos',
  'noshow',
  'slot',
  'video',
] as const;

/** Any key beginning with one of these is forbidden too, e.g. `startsAt`, `cancelledBy`. */
export const FORBIDDEN_KEY_PREFIXES = [
  ...FORBIDDEN_WORDS,
  'practice',
  'booked',
  'cancel',
  'reschedul',
  'start',
  'end',
] as const;

type Word = (typeof FORBIDDEN_WORDS)[number];
type LowerForbidden =
  (typeof FORBIDDEN_KEYS)[number] | `${(typeof FORBIDDEN_KEY_PREFIXES)[number]}${string}`;
type ForbiddenShape =
  `${string}${Capitalize<Word>}${string}` | `${string}${'_' | '-'}${Word}${string}` | `${string}At`;

/** `K` itself when it is a forbidden key (a time stamp such as `bookedAt` included), else never. */
export type ForbiddenKey<K extends PropertyKey> = K extends string
  ? Lowercase<K> extends LowerForbidden
    ? K
    : K extends ForbiddenShape
      ? K
      : never
  : never;

const NAMES: ReadonlySet<string> = new Set(FORBIDDEN_KEYS);
const WORD_INSIDE = new RegExp(
  FORBIDDEN_WORDS.map((word) => `${word[0]?.toUpperCase() ?? ''}${word.slice(1)}|[_-]${word}`).join(
    '|',
  ),
);

/** True when `key` could carry a visit's time, clinician, modality, place or free text. */
export function isForbiddenKey(key: string): boolean {
  const lower = key.toLowerCase();
  return (
    NAMES.has(lower) ||
    FORBIDDEN_KEY_PREFIXES.some((prefix) => lower.startsWith(prefix)) ||
    WORD_INSIDE.test(key) ||
    /[a-z]At$/.test(key)
  );
}

/**
 * Walks `value` (objects, arrays, any depth) and returns the path of every forbidden key, e.g.
 * `['records[3].visitId']`. An empty array means the value is safe to show a department.
 */
export function findForbiddenKeys(value: unknown): string[] {
  const found: string[] = [];
  const seen = new WeakSet<object>();
  const walk = (node: unknown, path: string): void => {
    if (typeof node !== 'object' || node === null || seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node)) {
      node.forEach((item, index) => {
        walk(item, `${path}[${index}]`);
      });
      return;
    }
    for (const [key, child] of Object.entries(node)) {
      const childPath = path === '' ? key : `${path}.${key}`;
      if (isForbiddenKey(key)) found.push(childPath);
      walk(child, childPath);
    }
  };
  walk(value, '');
  return found;
}
