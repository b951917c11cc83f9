import { chaiA11yAxe } from 'chai-a11y-axe';
import { chai, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  createMemoryBackend,
  NetworkError,
  type MemoryBackend,
  type Session,
} from '@wellvisit/sdk';
import { DEMO_SESSIONS } from '@wellvisit/sdk/demo';
import '../define/attendance-badge.js';
import { spyOn } from '../testing/backend-spy.js';
import { trackGlobalListeners } from '../testing/global-listeners.js';
import { define } from '../shared/define.js';
import { setLocale } from '../shared/localization.js';
import { WvAttendanceBadge } from './attendance-badge.js';
import { until } from '../testing/until.js';

chai.use(chaiA11yAxe);

/** A Wednesday in November 2026: the demo department's current period is 2026-07. */
const NOW = new Date('2026-11-18T16:00:00Z');
const officer = (officerId: string): Session => ({
  role: 'officer',
  officerId,
  departmentId: 'riverton-pd',
});

function demo(): MemoryBackend {
  return createMemoryBackend({ seed: 'demo', now: () => NOW });
}

const root = (el: WvAttendanceBadge) => el.shadowRoot!;
const badge = (el: WvAttendanceBadge) =>
  root(el).querySelector<HTMLElement>('[part~="badge"]:not([part~="loading"])');
const error = (el: WvAttendanceBadge) => root(el).querySelector<HTMLElement>('[part~="error"]');

async function settled(el: WvAttendanceBadge): Promise<void> {
  await until(() => badge(el) ?? error(el), 'the badge never finished loading');
  await el.updateComplete;
}

async function badgeFor(
  session: Session,
  memory = demo(),
  attrs: { period?: string; officerId?: string } = {},
) {
  const el = await fixture<WvAttendanceBadge>(
    html`<wv-attendance-badge
      .backend=${memory.as(session)}
      period=${ifDefined(attrs.period)}
      officer-id=${ifDefined(attrs.officerId)}
    ></wv-attendance-badge>`,
  );
  await settled(el);
  return el;
}

describe('<wv-attendance-badge>', () => {
  describe('defaults', () => {
    it("shows an officer's own status for the current period, in words and with an icon", async () => {
      const el = await badgeFor(DEMO_SESSIONS.officer);
      expect(badge(el)?.dataset.status).to.equal('completed');
      expect(root(el).querySelector('[part~="label"]')?.textContent.trim()).to.equal('Completed');
      expect(root(el).querySelector('svg[part~="icon"]')?.getAttribute('aria-hidden')).to.equal(
        'true',
      );
      expect(root(el).textContent).to.contain('Your attendance, July 2026 – June 2027:');
    });

    it('says loading in a live region until the status arrives', async () => {
      const el = await fixture<WvAttendanceBadge>(
        html`<wv-attendance-badge
          .backend=${demo().as(DEMO_SESSIONS.officer)}
        ></wv-attendance-badge>`,
      );
      expect(root(el).querySelector('[role="status"] [part~="loading"]')?.textContent).to.contain(
        'Loading',
      );
      await settled(el);
      expect(root(el).querySelector('[role="status"] [part~="badge"]')).to.exist;
    });

    it('explains that it is not connected when there is no backend', async () => {
      const el = await fixture<WvAttendanceBadge>(
        html`<wv-attendance-badge></wv-attendance-badge>`,
      );
      await settled(el);
      expect(error(el)?.textContent).to.contain('not connected');
      expect(error(el)?.querySelector('button')).to.equal(null);
    });
  });

  describe('attributes and properties', () => {
    it('shows the period named by `period`', async () => {
      const el = await badgeFor(DEMO_SESSIONS.officer, demo(), { period: '2025-07' });
      expect(badge(el)?.dataset.status).to.equal('overdue');
      expect(el.getAttribute('period')).to.equal('2025-07');
    });

    it('reads an empty period attribute as the current period', async () => {
      const el = await badgeFor(DEMO_SESSIONS.officer, demo(), { period: '' });
      expect(badge(el)?.dataset.status).to.equal('completed');
    });

    it('shows the last day to check in while a visit is due', async () => {
      const el = await badgeFor(officer('officer-keisha-grant'));
      expect(badge(el)?.dataset.status).to.equal('due');
      expect(badge(el)?.textContent).to.contain('Due by July 30, 2027');
    });

    it('shows a department admin the status of the officer named by officer-id', async () => {
      const memory = demo();
      const el = await badgeFor(DEMO_SESSIONS.departmentAdmin, memory, {
        officerId: 'officer-hannah-cho',
      });
      expect(badge(el)?.dataset.status).to.equal('excused');
      expect(root(el).textContent).to.contain('Hannah Cho');
      el.officerId = 'officer-marcus-bell';
      await until(() => badge(el)?.dataset.status === 'completed');
    });

    it('shows not required when the department does not require attendance', async () => {
      const el = await badgeFor(
        { role: 'department-admin', adminId: 'admin-harbor', departmentId: 'harbor-county-so' },
        demo(),
        { officerId: 'officer-ray-mendez' },
      );
      expect(badge(el)?.dataset.status).to.equal('not-required');
      expect(badge(el)?.textContent).to.contain('Not required');
    });

    it('asks a department admin for an officer-id', async () => {
      const el = await badgeFor(DEMO_SESSIONS.departmentAdmin);
      expect(error(el)?.textContent).to.contain('officer-id');
    });

    it("refuses to show an officer anyone else's status", async () => {
      const el = await badgeFor(DEMO_SESSIONS.officer, demo(), {
        officerId: 'officer-marcus-bell',
      });
      expect(badge(el)).to.equal(null);
      expect(error(el)?.textContent).to.contain('permission');
    });

    it('refuses a clinician session', async () => {
      const el = await badgeFor(DEMO_SESSIONS.clinician);
      expect(error(el)?.textContent).to.contain('permission');
    });

    it('reports a period that is not a period id', async () => {
      const el = await badgeFor(DEMO_SESSIONS.officer, demo(), { period: 'last-year' });
      expect(badge(el)).to.equal(null);
      expect(error(el)?.getAttribute('role')).to.equal('alert');
    });
  });

  describe('events', () => {
    it('sends no event to the host page', async () => {
      const seen: string[] = [];
      const listen = (event: Event) => seen.push(event.type);
      for (const type of ['wv-booked', 'wv-attendance-marked', 'wv-availability-saved']) {
        document.addEventListener(type, listen);
      }
      await badgeFor(DEMO_SESSIONS.officer);
      for (const type of ['wv-booked', 'wv-attendance-marked', 'wv-availability-saved']) {
        document.removeEventListener(type, listen);
      }
      expect(seen).to.deep.equal([]);
    });
  });

  describe('keyboard', () => {
    it('retries from the keyboard after a failure', async () => {
      const spy = spyOn(demo().as(DEMO_SESSIONS.officer));
      spy.fail(
        (call) => call === 'officer.attendance',
        () => new NetworkError('offline'),
      );
      const el = await fixture<WvAttendanceBadge>(
        html`<wv-attendance-badge .backend=${spy.backend}></wv-attendance-badge>`,
      );
      await settled(el);
      spy.heal();
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement?.getAttribute('part')).to.contain('retry-button');
      await sendKeys({ press: 'Enter' });
      await until(() => badge(el)?.dataset.status === 'completed', 'retry did not reload');
    });
  });

  describe('error states', () => {
    it('says the connection failed and retries on request', async () => {
      const spy = spyOn(demo().as(DEMO_SESSIONS.officer));
      spy.fail(
        () => true,
        () => new NetworkError('offline'),
      );
      const el = await fixture<WvAttendanceBadge>(
        html`<wv-attendance-badge .backend=${spy.backend}></wv-attendance-badge>`,
      );
      await settled(el);
      expect(error(el)?.textContent).to.contain('Could not connect');
      spy.heal();
      error(el)?.querySelector('button')?.click();
      await until(() => badge(el), 'retry did not reload');
      expect(badge(el)?.dataset.status).to.equal('completed');
    });

    it('says not found for an officer outside the department', async () => {
      const el = await badgeFor(DEMO_SESSIONS.departmentAdmin, demo(), {
        officerId: 'officer-ray-mendez',
      });
      expect(error(el)?.textContent).to.contain('Not found');
    });
  });

  describe('accessibility', () => {
    it('passes axe while loading, for every status, and in error', async () => {
      const loading = await fixture<WvAttendanceBadge>(
        html`<wv-attendance-badge
          .backend=${demo().as(DEMO_SESSIONS.officer)}
        ></wv-attendance-badge>`,
      );
      await expect(loading).to.be.accessible();
      const memory = demo();
      const harbor = {
        role: 'department-admin',
        adminId: 'admin-harbor',
        departmentId: 'harbor-county-so',
      } as const;
      const cases: [Session, string, string][] = [
        [DEMO_SESSIONS.departmentAdmin, 'officer-ana-ruiz', 'completed'],
        [DEMO_SESSIONS.departmentAdmin, 'officer-keisha-grant', 'due'],
        [DEMO_SESSIONS.departmentAdmin, 'officer-hannah-cho', 'excused'],
        [harbor, 'officer-ray-mendez', 'not-required'],
      ];
      for (const [session, officerId, status] of cases) {
        const el = await badgeFor(session, memory, { officerId });
        expect(badge(el)?.dataset.status).to.equal(status);
        await expect(el).to.be.accessible();
      }
      const overdue = await badgeFor(DEMO_SESSIONS.officer, memory, { period: '2025-07' });
      expect(badge(overdue)?.dataset.status).to.equal('overdue');
      await expect(overdue).to.be.accessible();
      const failed = await badgeFor(DEMO_SESSIONS.clinician, memory);
      await expect(failed).to.be.accessible();
    });

    it('passes axe in the dark theme', async () => {
      const el = await fixture<WvAttendanceBadge>(
        html`<wv-attendance-badge
          theme="dark"
          .backend=${demo().as(DEMO_SESSIONS.officer)}
          period="2025-07"
        ></wv-attendance-badge>`,
      );
      await settled(el);
      await expect(el).to.be.accessible();
    });
  });

  describe('theming', () => {
    it('lets --wv-color-success reach the badge', async () => {
      const el = await fixture<WvAttendanceBadge>(
        html`<wv-attendance-badge
          style="--wv-color-success: rgb(1, 2, 3)"
          .backend=${demo().as(DEMO_SESSIONS.officer)}
        ></wv-attendance-badge>`,
      );
      await settled(el);
      expect(getComputedStyle(badge(el)!).color).to.equal('rgb(1, 2, 3)');
    });

    it('keeps its look inside hostile page CSS', async () => {
      const el = await fixture<WvAttendanceBadge>(
        html`<div style="text-transform: uppercase; letter-spacing: 9px; color: red">
          <wv-attendance-badge .backend=${demo().as(DEMO_SESSIONS.officer)}></wv-attendance-badge>
        </div>`,
      ).then((wrapper) => wrapper.querySelector('wv-attendance-badge')!);
      await settled(el);
      const style = getComputedStyle(badge(el)!);
      expect(style.textTransform).to.equal('none');
      expect(style.letterSpacing).to.equal('normal');
    });
  });

  describe('localization', () => {
    after(async () => {
      await setLocale('en');
    });

    it('speaks Spanish', async () => {
      await setLocale('es');
      const el = await badgeFor(DEMO_SESSIONS.officer);
      expect(root(el).querySelector('[part~="label"]')?.textContent.trim()).to.equal('Completada');
      expect(root(el).textContent).to.contain('Su asistencia');
    });
  });

  describe('safety', () => {
    it('renders markup in a name as text', async () => {
      const memory = demo();
      const name = '<img src=x onerror="window.__wvPwned=1"><script>window.__wvPwned=2</script>';
      await memory.admin.createOfficer({
        id: 'officer-payload',
        departmentId: 'riverton-pd',
        displayName: name,
        timeZone: 'America/Chicago',
      });
      const el = await badgeFor(DEMO_SESSIONS.departmentAdmin, memory, {
        officerId: 'officer-payload',
      });
      expect(root(el).textContent).to.contain(name);
      expect(root(el).querySelector('img, script')).to.equal(null);
      expect((window as { __wvPwned?: number }).__wvPwned).to.equal(undefined);
    });

    it('can be defined twice without throwing', async () => {
      await import('../define/attendance-badge.js');
      expect(() => {
        define('wv-attendance-badge', WvAttendanceBadge);
        define('wv-attendance-badge', class extends WvAttendanceBadge {});
      }).not.to.throw();
      expect(customElements.get('wv-attendance-badge')).to.equal(WvAttendanceBadge);
    });

    it('leaves no global listener behind', async () => {
      const tracker = trackGlobalListeners();
      try {
        const el = await badgeFor(DEMO_SESSIONS.officer);
        el.remove();
        expect(tracker.outstanding()).to.deep.equal([]);
      } finally {
        tracker.stop();
      }
    });
  });
});
