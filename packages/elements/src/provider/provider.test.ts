import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createMemoryBackend, type MemoryBackend, type Session } from '@wellvisit/sdk';
import { DEMO_SESSIONS } from '@wellvisit/sdk/demo';
import '../define/provider.js';
import '../define/booking.js';
import '../define/reminders.js';
import '../define/attendance-badge.js';
import { trackGlobalListeners } from '../testing/global-listeners.js';
import type { WvBooking } from '../booking/booking.js';
import type { WvReminders } from '../reminders/reminders.js';
import { define } from '../shared/define.js';
import { setLocale } from '../shared/localization.js';
import { memoryFetch } from '../testing/memory-fetch.js';
import { WvProvider } from './provider.js';

const API_BASE = 'https://wellvisit.example.org';
const JORGE = 'clinician-jorge-salazar';
const GRACE: Session = {
  role: 'officer',
  officerId: 'officer-grace-whitfield',
  departmentId: 'riverton-pd',
};

const demo = (): MemoryBackend => createMemoryBackend({ seed: 'demo' });
const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const part = (el: HTMLElement, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/**
 * Waits until a nested booking element has loaded its clinician's free times (and returns the
 * clinician and place it shows) or failed (and returns the error).
 */
async function bookingShows(el: WvBooking): Promise<string> {
  await waitUntil(
    () => !part(el, 'loading') && (part(el, 'error') ?? part(el, 'slot-grid') ?? part(el, 'empty')),
    'the booking never loaded',
  );
  return text(part(el, 'error') ?? part(el, 'context'));
}

async function mountBooking(provider: ReturnType<typeof html>) {
  const wrapper = await fixture<HTMLDivElement>(html`<div>${provider}</div>`);
  return {
    provider: wrapper.querySelector('wv-provider')!,
    booking: wrapper.querySelector('wv-booking')!,
  };
}

/** Routes the page's fetch to a memory backend for the length of one test. */
function useMemoryServer(memory: MemoryBackend) {
  const server = memoryFetch(memory, API_BASE);
  const original = Object.getOwnPropertyDescriptor(window, 'fetch')!;
  window.fetch = server.fetch;
  return {
    requests: server.requests,
    restore: () => {
      Object.defineProperty(window, 'fetch', original);
    },
  };
}

describe('<wv-provider>', () => {
  describe('defaults', () => {
    it('renders its children as they are, adding no box of its own', async () => {
      const el = await fixture<WvProvider>(html`<wv-provider><p>inside</p></wv-provider>`);
      expect(getComputedStyle(el).display).to.equal('contents');
      expect(el.shadowRoot!.querySelector('slot')).to.exist;
      expect(text(el.querySelector('p'))).to.equal('inside');
    });

    it('connects nothing without a backend or a token', async () => {
      const { booking } = await mountBooking(
        html`<wv-provider api-base=${API_BASE}>
          <wv-booking modality="virtual" clinician=${JORGE}></wv-booking>
        </wv-provider>`,
      );
      expect(await bookingShows(booking)).to.include('not connected');
    });
  });

  describe('attributes and properties', () => {
    it('gives its backend to the elements inside it, however deeply nested', async () => {
      const { booking } = await mountBooking(
        html`<wv-provider .backend=${demo().as(DEMO_SESSIONS.officer)}>
          <section>
            <div><wv-booking modality="virtual" clinician=${JORGE}></wv-booking></div>
          </section>
        </wv-provider>`,
      );
      expect(await bookingShows(booking)).to.equal('Jorge Salazar · Virtual');
    });

    it("lets an element's own backend win over the provider's", async () => {
      const memory = demo();
      const { booking } = await mountBooking(
        html`<wv-provider .backend=${memory.as(DEMO_SESSIONS.departmentAdmin)}>
          <wv-booking
            .backend=${memory.as(DEMO_SESSIONS.officer)}
            modality="virtual"
            clinician=${JORGE}
          ></wv-booking>
        </wv-provider>`,
      );
      expect(await bookingShows(booking)).to.equal('Jorge Salazar · Virtual');
    });

    it('passes a new backend down when it changes', async () => {
      const memory = demo();
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <wv-provider .backend=${memory.as({ ...GRACE, officerId: 'officer-zoe-martin' })}>
            <wv-reminders></wv-reminders>
          </wv-provider>
        </div>`,
      );
      const provider = wrapper.querySelector('wv-provider')!;
      const reminders = wrapper.querySelector<WvReminders>('wv-reminders')!;
      await waitUntil(() => part(reminders, 'visit'), 'no visit for Zoë');
      provider.backend = memory.as(GRACE);
      await waitUntil(
        () => reminders.shadowRoot!.textContent.includes('No upcoming appointments.'),
        'the new backend did not reach the element',
      );
    });

    it('with api-base and token, connects over HTTP with the token', async () => {
      const memory = demo();
      const { token } = await memory.admin.issueToken({ session: DEMO_SESSIONS.officer });
      const server = useMemoryServer(memory);
      try {
        const { booking } = await mountBooking(
          html`<wv-provider api-base=${API_BASE} token=${token}>
            <wv-booking modality="virtual" clinician=${JORGE}></wv-booking>
          </wv-provider>`,
        );
        expect(await bookingShows(booking)).to.equal('Jorge Salazar · Virtual');
        expect(server.requests.length).to.be.greaterThan(0);
        for (const request of server.requests) {
          expect(request.url.startsWith(`${API_BASE}/v1/`)).to.equal(true);
          expect(request.headers.get('authorization')).to.equal(`Bearer ${token}`);
        }
      } finally {
        server.restore();
      }
    });

    it('with a tokenProvider, asks it for the token', async () => {
      const memory = demo();
      const { token } = await memory.admin.issueToken({ session: DEMO_SESSIONS.officer });
      let asked = 0;
      const tokenProvider = () => {
        asked += 1;
        return Promise.resolve(token);
      };
      const server = useMemoryServer(memory);
      try {
        const { booking } = await mountBooking(
          html`<wv-provider api-base=${API_BASE} .tokenProvider=${tokenProvider}>
            <wv-booking modality="virtual" clinician=${JORGE}></wv-booking>
          </wv-provider>`,
        );
        expect(await bookingShows(booking)).to.equal('Jorge Salazar · Virtual');
        expect(asked).to.be.greaterThan(0);
        expect(server.requests.at(-1)?.headers.get('authorization')).to.equal(`Bearer ${token}`);
      } finally {
        server.restore();
      }
    });

    it('prefers a given backend to api-base, making no HTTP request', async () => {
      const server = useMemoryServer(demo());
      try {
        const { booking } = await mountBooking(
          html`<wv-provider
            .backend=${demo().as(DEMO_SESSIONS.officer)}
            api-base=${API_BASE}
            token="unused-token"
          >
            <wv-booking modality="virtual" clinician=${JORGE}></wv-booking>
          </wv-provider>`,
        );
        expect(await bookingShows(booking)).to.equal('Jorge Salazar · Virtual');
        expect(server.requests).to.have.length(0);
      } finally {
        server.restore();
      }
    });

    it('with an empty token or a malformed api-base, connects nothing and says why', async () => {
      const errors: unknown[][] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => errors.push(args);
      try {
        for (const [apiBase, token] of [
          [API_BASE, ''],
          ['wellvisit.example.org', 'a-token'],
        ] as const) {
          errors.length = 0;
          const { provider, booking } = await mountBooking(
            html`<wv-provider api-base=${apiBase} token=${token}>
              <wv-booking modality="virtual" clinician=${JORGE}></wv-booking>
            </wv-provider>`,
          );
          await provider.updateComplete;
          expect(await bookingShows(booking)).to.include('not connected');
          expect(String(errors[0]?.[0])).to.include('wv-provider');
        }
      } finally {
        console.error = original;
      }
    });

    it('with an expired or forged token, the element says the session expired', async () => {
      const server = useMemoryServer(demo());
      try {
        const { booking } = await mountBooking(
          html`<wv-provider api-base=${API_BASE} token="forged-token">
            <wv-booking modality="virtual" clinician=${JORGE}></wv-booking>
          </wv-provider>`,
        );
        expect(await bookingShows(booking)).to.include('Your session has expired');
      } finally {
        server.restore();
      }
    });
  });

  describe('localization', () => {
    afterEach(() => setLocale('en'));

    const heading = (booking: WvBooking) => text(part(booking, 'heading'));
    const WHERE = { en: 'Where would you like to meet?', es: '¿Dónde prefiere reunirse?' };

    for (const locale of ['es', 'es-MX']) {
      it(`with locale="${locale}", renders the elements inside in Spanish`, async () => {
        const { booking } = await mountBooking(
          html`<wv-provider locale=${locale} .backend=${demo().as(DEMO_SESSIONS.officer)}>
            <wv-booking></wv-booking>
          </wv-provider>`,
        );
        await waitUntil(() => heading(booking) === WHERE.es, `${locale} did not select Spanish`);
      });
    }

    it('gives each provider its own language: one page, English and Spanish', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <wv-provider locale="en" .backend=${demo().as(DEMO_SESSIONS.officer)}>
            <wv-booking></wv-booking>
          </wv-provider>
          <wv-provider locale="es" .backend=${demo().as(DEMO_SESSIONS.officer)}>
            <wv-booking></wv-booking>
          </wv-provider>
        </div>`,
      );
      const [english, spanish] = [...wrapper.querySelectorAll('wv-booking')];
      await waitUntil(() => spanish && heading(spanish) === WHERE.es, 'never spoke Spanish');
      expect(heading(english!)).to.equal(WHERE.en);
    });

    it('follows the lang of the nearest ancestor, and changes to it after load', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="en-US">
          <section>
            <wv-provider .backend=${demo().as(DEMO_SESSIONS.officer)}>
              <wv-booking></wv-booking>
            </wv-provider>
          </section>
        </div>`,
      );
      const booking = wrapper.querySelector('wv-booking')!;
      await waitUntil(() => heading(booking) === WHERE.en, 'never rendered');
      wrapper.setAttribute('lang', 'es');
      await waitUntil(() => heading(booking) === WHERE.es, 'did not follow lang="es"');
      wrapper.querySelector('section')!.setAttribute('lang', 'en');
      await waitUntil(() => heading(booking) === WHERE.en, 'did not follow the nearer lang');
    });

    it('formats dates by the full locale, with English text for languages it has none for', async () => {
      const dueBy = async (locale: string) => {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div>
            <wv-provider locale=${locale} .backend=${demo().as(GRACE)}>
              <wv-attendance-badge></wv-attendance-badge>
            </wv-provider>
          </div>`,
        );
        const badge = wrapper.querySelector('wv-attendance-badge')!;
        await waitUntil(() => part(badge, 'label'), 'the badge never loaded');
        return text(part(badge, 'label'));
      };
      expect(await dueBy('en-US')).to.match(/^Due by [A-Z][a-z]+ \d{1,2}, \d{4}$/);
      expect(await dueBy('en-GB')).to.match(/^Due by \d{1,2} [A-Z][a-z]+ \d{4}$/);
      expect(await dueBy('de-DE')).to.match(/^Due by \d{1,2}\. [A-Z][a-zä]+ \d{4}$/);
    });

    it("switches the badge's screen-reader text with the language", async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="en">
          <wv-provider .backend=${demo().as(DEMO_SESSIONS.officer)}>
            <wv-attendance-badge></wv-attendance-badge>
          </wv-provider>
        </div>`,
      );
      const badge = wrapper.querySelector('wv-attendance-badge')!;
      const spoken = () => text(badge.shadowRoot!.querySelector('.visually-hidden'));
      await waitUntil(() => spoken().startsWith('Your attendance'), 'never rendered');
      wrapper.setAttribute('lang', 'es');
      await waitUntil(() => spoken().startsWith('Su asistencia'), 'stayed in English');
    });
  });

  describe('safety', () => {
    it('can be defined twice without throwing', async () => {
      // A second copy of the module (another URL) runs its define call again.
      const again = '../define/provider.ts?again';
      await import(/* @vite-ignore */ again);
      expect(() => {
        define('wv-provider', class extends HTMLElement {});
      }).to.not.throw();
      expect(customElements.get('wv-provider')).to.equal(WvProvider);
    });

    it('leaves no global listener behind', async () => {
      const tracker = trackGlobalListeners();
      try {
        const { provider, booking } = await mountBooking(
          html`<wv-provider locale="en" .backend=${demo().as(DEMO_SESSIONS.officer)}>
            <wv-booking modality="virtual" clinician=${JORGE}></wv-booking>
          </wv-provider>`,
        );
        await bookingShows(booking);
        provider.remove();
        expect(tracker.outstanding()).to.deep.equal([]);
      } finally {
        tracker.stop();
      }
    });
  });
});
