// Numbered parameters for a statement composed of parts (visit-writes.ts): each part adds its
// values and gets back their placeholders, cast, so no part needs to know the others' numbers.
export class Params {
  readonly values: unknown[] = [];

  /** `$n::type` for `value`; the cast also types parameters PostgreSQL cannot infer. */
  add(value: unknown, type: string): string {
    this.values.push(value);
    return `$${this.values.length}::${type}`;
  }
}
