import { provide } from '@lit/context';
import { LitElement, css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { createHttpBackend, type WellvisitBackend } from '@wellvisit/sdk';
import { backendContext } from '../shared/context.js';
import { setLocale } from '../shared/localization.js';

/**
 * @summary Connects the Wellvisit elements inside it to a backend and sets their language.
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

  /** The language of the elements inside: `en` or `es` (a tag like `es-MX` works too). */
  @property({ reflect: true }) locale?: string;

  @provide({ context: backendContext })
  protected provided?: WellvisitBackend;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (
      changed.has('backend') ||
      changed.has('apiBase') ||
      changed.has('token') ||
      changed.has('tokenProvider')
    ) {
      this.provided = this.resolveBackend();
    }
    if (changed.has('locale') || !this.hasUpdated) {
      const locale = this.locale ?? document.documentElement.lang;
      setLocale(locale).catch((error: unknown) => {
        console.error('wv-provider: could not load locale', locale, error);
      });
    }
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
