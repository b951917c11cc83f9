import { consume } from '@lit/context';
import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { WellvisitBackend } from '@wellvisit/sdk';
import { backendContext } from './context.js';
import { NoBackendError } from './task-states.js';
import { themeStyles } from './theme.styles.js';

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * What every Wellvisit element shares: the theme attribute, and a backend that comes either from
 * the element's own `backend` property or from an enclosing `<wv-provider>`.
 */
export class WellvisitElement extends LitElement {
  static override styles = [themeStyles];

  /** `light`, `dark`, or `auto` to follow the system setting. */
  @property({ reflect: true }) theme: Theme = 'light';

  /** A backend for this element alone; otherwise the enclosing `<wv-provider>`'s is used. */
  @property({ attribute: false }) backend?: WellvisitBackend;

  @consume({ context: backendContext, subscribe: true })
  @state()
  protected providedBackend?: WellvisitBackend;

  /**
   * The backend in effect, or undefined when the element is not connected to one.
   * @internal
   */
  get activeBackend(): WellvisitBackend | undefined {
    return this.backend ?? this.providedBackend;
  }

  /**
   * The backend in effect; without one a `NoBackendError`, which the error state words plainly.
   * @internal
   */
  requireBackend(): WellvisitBackend {
    const backend = this.activeBackend;
    if (!backend) throw new NoBackendError();
    return backend;
  }
}
