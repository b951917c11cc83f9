import { provide } from '@lit/context';
import { LitElement, css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { createHttpBackend, type WellvisitBackend } from '@wellvisit/sdk';
import { backendContext, localeContext } from '../shared/context.js';

/**
 * @summary Connects the Wellvisit elements inside it to a backend and sets their language.
 *
 * The language is `locale` if set, else the `lang` of the provider or its nearest ancestor, and
 * follows changes to either; two providers on one page may speak two languages.
 *
 * Give it a `backend` (for example `createMemoryBackend()` in a demo), or an `api-base` with a
 * short-lived embed `token` — better, a `tokenProvider` function that fetches a fresh one from
 * your own server, so the browser never holds a long-lived secret.
 *
 * @slot - The Wellvisit elements to connect.
 */
export class WvProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** A ready backend. Takes precedence over `api-base`. */
  @property({ attribute: false }) backend?: WellvisitBackend;

  /** The Wellvisit server's base URL, e.g. `https://wellvisit.example.org`. */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /** A short-lived embed token minted by your server. */
  @property() token?: string;

  /** Returns a fresh embed token; called when the current one expires. */
  @property({ attribute: false }) tokenProvider?: () => Promise<string>;

  /**
   * The locale of the elements inside, e.g. `es-MX`: text in English or Spanish (English for
   * other languages), dates and numbers by the full tag. The nearest `lang` when left out.
   */
  @property({ reflect: true }) locale?: string;

  @provide({ context: backendContext })
  protected provided?: WellvisitBackend;

  @provide({ context: localeContext })
  protected providedLocale?: string;

  /** Watches `lang` on this element and its ancestors (on any element: cheap, and rare). */
  private readonly langObserver = new MutationObserver(() => {
    this.resolveLocale();
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.langObserver.observe(this.ownerDocument.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
    this.resolveLocale();
  }

  override disconnectedCallback(): void {
    this.langObserver.disconnect();
    super.disconnectedCallback();
  }

  private resolveLocale(): void {
    this.providedLocale = this.locale || this.closest('[lang]')?.getAttribute('lang') || undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (
      changed.has('backend') ||
      changed.has('apiBase') ||
      changed.has('token') ||
      changed.has('tokenProvider')
    ) {
      this.provided = this.resolveBackend();
    }
    if (changed.has('locale')) this.resolveLocale();
  }

  private resolveBackend(): WellvisitBackend | undefined {
    if (this.backend) return this.backend;
    const token = this.tokenProvider ?? this.token;
    if (!this.apiBase || token === undefined) return undefined;
    try {
      return createHttpBackend({ baseUrl: this.apiBase, token });
    } catch (error) {
      // A bad api-base or an empty token must not break the page: the elements inside say they
      // are not connected, and the console says why.
      console.error('wv-provider: cannot connect with this api-base and token', error);
      return undefined;
    }
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wv-provider': WvProvider;
  }
}
