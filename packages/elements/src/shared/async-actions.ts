import type { ReactiveControllerHost } from 'lit';
import { isConflictError, type ConflictError } from '@wellvisit/sdk';

/** A notice worded when rendered, so in the language the element renders in then. */
export type Wording = () => string;

/**
 * A conflict means what is on screen is out of date: reload it. Returns the notice that answers
 * the conflict (then no error is shown), or undefined to show the error too.
 */
export type ConflictReload<Notice> = (
  error: ConflictError,
) => Notice | undefined | Promise<Notice | undefined>;

/**
 * The actions a person starts (book, excuse, mark attended, save): which are under way, by key,
 * and the outcome of the last one, a notice or an error. The host renders them.
 */
export class AsyncActions<Notice = string> {
  /** What the last action achieved, for a live region. */
  notice: Notice | undefined;
  /** Why the last action failed, if it did. */
  error: unknown;
  private readonly busyKeys = new Set<string>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onConflict?: ConflictReload<Notice>,
  ) {}

  /** Whether the action with this key is under way. */
  busy(key: string): boolean {
    return this.busyKeys.has(key);
  }

  /** Forgets the last outcome: the person moved on. */
  clear(): void {
    this.notice = this.error = undefined;
    this.host.requestUpdate();
  }

  /** Runs `work` unless the action with this key is under way; its result is the notice. */
  async run(key: string, work: () => Promise<Notice | undefined>): Promise<void> {
    if (this.busy(key)) return;
    this.busyKeys.add(key);
    this.clear();
    try {
      this.notice = await work();
    } catch (error) {
      await this.recover(error);
    } finally {
      this.busyKeys.delete(key);
      this.host.requestUpdate();
    }
  }

  /** A conflict the reload answers becomes a notice; any other failure is the error. */
  private async recover(error: unknown): Promise<void> {
    try {
      this.notice = isConflictError(error) ? await this.onConflict?.(error) : undefined;
      if (this.notice === undefined) this.error = error;
    } catch (failure) {
      this.error = failure;
    }
  }
}
