import { consume } from '@lit/context';
import { LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { WellvisitBackend } from '@wellvisit/sdk';
import { backendContext, localeContext } from './context.js';
import {
  loadTemplates,
  matchLocale,
  onDefaultLocaleChange,
  renderIn,
  resolveLocale,
  templatesReady,
} from './localization.js';
import { NoBackendError } from './task-states.js';
import { themeStyles } from './theme.styles.js';

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * What every Wellvisit element shares: the theme attribute; a backend that comes either from the
 * element's own `backend` property or from an enclosing `<wv-provider>`; and a locale, the
 * provider's, else the nearest `lang`, else the page's default (`setLocale`).
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

  @consume({ context: localeContext, subscribe: true })
  @state()
  protected providedLocale?: string;

  private stopFollowingDefault?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopFollowingDefault = onDefaultLocaleChange(() => {
      this.requestUpdate();
    });
  }

  override disconnectedCallback(): void {
    this.stopFollowingDefault?.();
    super.disconnectedCallback();
  }

  /** Renders in this element's locale; Spanish text loads on first use, then renders again. */
  protected override update(changed: PropertyValues): void {
    const locale = resolveLocale(
      this.providedLocale ?? this.closest('[lang]')?.getAttribute('lang'),
    );
    if (!templatesReady(locale)) {
      void loadTemplates(matchLocale(locale)).then(() => {
        this.requestUpdate();
      });
    }
    renderIn(locale, () => {
      super.update(changed);
    });
  }

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
