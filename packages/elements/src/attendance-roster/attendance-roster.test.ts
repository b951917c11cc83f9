import { chaiA11yAxe } from 'chai-a11y-axe';
import { chai, expect, fixture, html } from '@open-wc/testing';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { sendKeys } from '@web/test-runner-commands';
import {
  ConflictError,
  createMemoryBackend,
  NetworkError,
  type MemoryBackend,
  type WellvisitBackend,
} from '@wellvisit/sdk';
import { DEMO_SESSIONS } from '@wellvisit/sdk/demo';
import '../define/attendance-roster.js';
import { define } from '../shared/define.js';
import { setLocale } from '../shared/localization.js';
import { WvAttendanceRoster } from './attendance-roster.js';
import { spyOn } from '../testing/backend-spy.js';
import { until } from '../testing/until.js';
import { trackGlobalListeners } from '../testing/global-listeners.js';

chai.use(chaiA11yAxe);

// The row window's ResizeObserver can report a benign "loop completed with undelivered
// notifications" through window.onerror; @lit-labs/virtualizer's helper filters exactly that.
setupIgnoreWindowResizeObserverLoopErrors(before, after);

/** A Wednesday in November 2026: the demo department's current period is 2026-07. */
const NOW = new Date('2026-11-18T16:00:00Z');
const demo = (): MemoryBackend => createMemoryBackend({ seed: 'demo', now: () => NOW });
const admin = (memory = demo()) => memory.as(DEMO_SESSIONS.departmentAdmin);

const root = (el: WvAttendanceRoster) => el.shadowRoot!;
const grid = (el: WvAttendanceRoster) => root(el).querySelector<HTMLElement>('[role="grid"]');
const error = (el: WvAttendanceRoster) => root(el).querySelector<HTMLElement>('[part~="error"]');
const bodyRows = (el: WvAttendanceRoster) => [
  ...root(el).querySelectorAll<HTMLElement>('[part~="grid-body"] [role="row"]'),
];
const names = (el: WvAttendanceRoster) =>
  bodyRows(el).map((row) => row.querySelector('[part~="name-cell"]')?.textContent.trim());
const rowOf = (el: WvAttendanceRoster, name: string) =>
  bodyRows(el).find((row) => row.querySelector('[part~="name-cell"]')?.textContent.trim() === name);
const statusOf = (el: WvAttendanceRoster, name: string) =>
  rowOf(el, name)?.querySelector<HTMLElement>('[part~="status-label"]')?.dataset.status;
const filter = (el: WvAttendanceRoster, status: string) =>
  root(el).querySelector<HTMLButtonElement>(`[part~="filter"][data-status="${status}"]`)!;
const count = (el: WvAttendanceRoster, status: string) =>
  filter(el, status).querySelector('[part~="count"]')?.textContent.trim();
const summary = (el: WvAttendanceRoster) =>
  root(el).querySelector('[part~="summary"]')?.textContent.trim();

async function rosterFor(backend: WellvisitBackend, period?: string): Promise<WvAttendanceRoster> {
  const el = await fixture<WvAttendanceRoster>(
    period === undefined
      ? html`<wv-attendance-roster .backend=${backend}></wv-attendance-roster>`
      : html`<wv-attendance-roster .backend=${backend} period=${period}></wv-attendance-roster>`,
  );
  await until(() => grid(el) ?? error(el), 'the roster never loaded', { timeout: 5000 });
  // Rows are rendered only where the grid can be seen.
  el.scrollIntoView();
  const rowCount = grid(el)?.getAttribute('aria-rowcount');
  if (rowCount !== undefined && rowCount !== '1') {
    await until(() => bodyRows(el).length > 0, 'no rows were rendered');
  }
  return el;
}

/**
 * The row window renders the rows of a new scroll position or size in the frame after it sees
 * them (a scroll event, the ResizeObserver): tests that scroll let two frames pass first.
 */
async function settled(): Promise<void> {
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

async function ctrl(key: string): Promise<void> {
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: key });
  await sendKeys({ up: 'Control' });
}

async function search(el: WvAttendanceRoster, text: string): Promise<void> {
  const input = root(el).querySelector<HTMLInputElement>('[part~="search"]')!;
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

describe('<wv-attendance-roster>', () => {
  describe('defaults', () => {
    it('shows the period deadline and the share of required officers completed', async () => {
      const backend = admin();
      const el = await rosterFor(backend);
      const page = await backend.department.roster();
      const { completed, due, overdue } = page.counts;
      const share = Math.round((100 * completed) / (completed + due + overdue));
      const deadline = root(el).querySelector('[part~="deadline"]')?.textContent ?? '';
      expect(deadline.replace(/\s+/g, ' ')).to.contain('Due by July 30, 2027.');
      expect(deadline).to.contain(`${share}% of required officers completed.`);
    });

    it("lists every officer's status for the current period in an ARIA grid", async () => {
      const el = await rosterFor(admin());
      expect(grid(el)?.getAttribute('aria-rowcount')).to.equal('13');
      expect(names(el)).to.include.members(['Ana Ruiz', 'Hannah Cho', 'Victor Nguyen']);
      expect(statusOf(el, 'Ana Ruiz')).to.equal('completed');
      expect(statusOf(el, 'Hannah Cho')).to.equal('excused');
      expect(statusOf(el, 'Keisha Grant')).to.equal('due');
      const indexes = bodyRows(el).map((row) => row.getAttribute('aria-rowindex'));
      expect(indexes[0]).to.equal('2');
      expect(summary(el)).to.equal('Showing 12 of 12 officers, July 2026 – June 2027.');
    });

    it('counts each status on its filter button', async () => {
      const el = await rosterFor(admin());
      expect(count(el, 'all')).to.equal('12');
      expect(count(el, 'completed')).to.equal('3');
      expect(count(el, 'due')).to.equal('8');
      expect(count(el, 'excused')).to.equal('1');
      expect(count(el, 'overdue')).to.equal('0');
      expect(filter(el, 'all').getAttribute('aria-pressed')).to.equal('true');
    });

    it('offers the periods of the department, the current one chosen', async () => {
      const el = await rosterFor(admin());
      await until(() => root(el).querySelector('[part~="period-select"]'));
      const select = root(el).querySelector<HTMLSelectElement>('[part~="period-select"]')!;
      expect(select.value).to.equal('2026-07');
      expect([...select.options].map((option) => option.value)).to.include('2025-07');
    });
  });

  describe('attributes and properties', () => {
    it('shows the period named by `period`', async () => {
      const el = await rosterFor(admin(), '2025-07');
      expect(statusOf(el, 'Samuel Adeyemi')).to.equal('completed');
      expect(statusOf(el, 'Ana Ruiz')).to.equal('overdue');
      expect(count(el, 'overdue')).to.equal('11');
    });

    it('loads another period when one is picked, and reflects it', async () => {
      const el = await rosterFor(admin());
      await until(() => root(el).querySelector('[part~="period-select"]'));
      const select = root(el).querySelector<HTMLSelectElement>('[part~="period-select"]')!;
      select.value = '2025-07';
      select.dispatchEvent(new Event('change'));
      await until(() => statusOf(el, 'Ana Ruiz') === 'overdue', 'period did not change');
      expect(el.getAttribute('period')).to.equal('2025-07');
    });

    it('filters by status with the count buttons, and back to all', async () => {
      const el = await rosterFor(admin());
      filter(el, 'completed').click();
      await until(() => names(el).length === 3);
      expect(names(el)).to.have.members(['Ana Ruiz', 'Marcus Bell', 'Priya Natarajan']);
      expect(filter(el, 'completed').getAttribute('aria-pressed')).to.equal('true');
      expect(grid(el)?.getAttribute('aria-rowcount')).to.equal('4');
      filter(el, 'completed').click();
      await until(() => names(el).length === 12);
    });

    it('searches names without regard to case or accents, and counts the matches', async () => {
      const el = await rosterFor(admin());
      await search(el, 'ZOE');
      await until(() => names(el).length === 1);
      expect(names(el)).to.deep.equal(['Zoë Martin']);
      expect(count(el, 'all')).to.equal('1');
      expect(count(el, 'due')).to.equal('1');
      expect(count(el, 'completed')).to.equal('0');
    });

    it('says so when nothing matches', async () => {
      const el = await rosterFor(admin());
      await search(el, 'nobody by this name');
      await until(() => root(el).querySelector('[part~="empty"]'));
      expect(bodyRows(el)).to.have.length(0);
      expect(root(el).querySelector('[part~="empty"]')?.textContent).to.contain(
        'No officers match',
      );
    });

    it('excuses an officer and removes the excusal again', async () => {
      const memory = demo();
      const el = await rosterFor(admin(memory));
      const button = () =>
        rowOf(el, 'Keisha Grant')?.querySelector<HTMLButtonElement>('[part~="excuse-button"]');
      expect(button()?.textContent).to.contain('Excuse');
      button()?.click();
      await until(() => statusOf(el, 'Keisha Grant') === 'excused');
      expect(root(el).querySelector('[part~="notice"]')?.textContent).to.contain(
        'Keisha Grant is excused',
      );
      const stored = await admin(memory).department.attendance('officer-keisha-grant');
      expect(stored.status).to.equal('excused');
      button()?.click();
      await until(() => statusOf(el, 'Keisha Grant') === 'due');
      expect(root(el).querySelector('[part~="notice"]')?.textContent).to.contain(
        'no longer excused',
      );
    });

    it('offers no excusal for a completed officer', async () => {
      const el = await rosterFor(admin());
      expect(rowOf(el, 'Ana Ruiz')?.querySelector('[part~="excuse-button"]')).to.equal(null);
    });

    it('exports the shown rows as CSV with attendance columns only', async () => {
      const el = await rosterFor(admin());
      filter(el, 'completed').click();
      await until(() => names(el).length === 3);
      const blobs: Blob[] = [];
      const names_: string[] = [];
      const create = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        blobs.push(blob as Blob);
        return create(blob);
      };
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        names_.push(this.download);
      };
      try {
        root(el).querySelector<HTMLButtonElement>('[part~="export-button"]')?.click();
      } finally {
        URL.createObjectURL = create;
        Reflect.deleteProperty(HTMLAnchorElement.prototype, 'click');
      }
      expect(names_).to.deep.equal(['attendance-2026-07.csv']);
      const lines = (await blobs[0]!.text()).trim().split('\r\n');
      expect(lines[0]).to.equal('officer_id,officer_name,period,status');
      expect(lines.slice(1).sort()).to.deep.equal([
        'officer-ana-ruiz,Ana Ruiz,2026-07,completed',
        'officer-marcus-bell,Marcus Bell,2026-07,completed',
        'officer-priya-natarajan,Priya Natarajan,2026-07,completed',
      ]);
    });
  });

  describe('events', () => {
    it('sends no event to the host page, not even on an excusal', async () => {
      const seen: string[] = [];
      const listen = (event: Event) => seen.push(event.type);
      const types = ['wv-booked', 'wv-attendance-marked', 'wv-availability-saved', 'change'];
      for (const type of types) document.addEventListener(type, listen);
      try {
        const el = await rosterFor(admin());
        rowOf(el, 'Keisha Grant')?.querySelector<HTMLButtonElement>('button')?.click();
        await until(() => statusOf(el, 'Keisha Grant') === 'excused');
      } finally {
        for (const type of types) document.removeEventListener(type, listen);
      }
      expect(seen).to.deep.equal([]);
    });
  });

  describe('keyboard', () => {
    it('is one tab stop; arrows, Home/End and Ctrl+End move the active cell', async () => {
      const el = await rosterFor(admin());
      await search(el, ''); // settle
      root(el).querySelector<HTMLInputElement>('[part~="search"]')!.focus();
      await sendKeys({ press: 'Tab' }); // export button
      await sendKeys({ press: 'Tab' }); // "All" filter
      for (let i = 0; i < 6; i += 1) await sendKeys({ press: 'Tab' }); // the other filters
      expect(root(el).activeElement).to.equal(grid(el));
      const active = () => grid(el)?.getAttribute('aria-activedescendant');
      expect(active()).to.equal('cell-0-0');
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowRight' });
      expect(active()).to.equal('cell-1-1');
      await sendKeys({ press: 'End' });
      expect(active()).to.equal('cell-1-3');
      await ctrl('End');
      expect(active()).to.equal('cell-11-3');
      await ctrl('Home');
      expect(active()).to.equal('cell-0-0');
      await sendKeys({ press: 'ArrowUp' });
      expect(active()).to.equal('cell-0-0');
      expect(root(el).querySelector('#cell-0-0')?.hasAttribute('data-active')).to.equal(true);
    });

    it('makes a clicked cell the active one', async () => {
      const el = await rosterFor(admin());
      const cell = root(el).querySelector('#cell-2-1')!;
      cell.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(grid(el)?.getAttribute('aria-activedescendant')).to.equal('cell-2-1');
      expect(cell.hasAttribute('data-active')).to.equal(true);
    });

    it('excuses the officer of the active row with Enter', async () => {
      const el = await rosterFor(admin());
      await search(el, 'keisha');
      await until(() => names(el).length === 1);
      grid(el)!.focus();
      await sendKeys({ press: 'End' });
      await sendKeys({ press: 'Enter' });
      await until(() => statusOf(el, 'Keisha Grant') === 'excused', 'Enter did not excuse');
      await sendKeys({ press: ' ' });
      await until(() => statusOf(el, 'Keisha Grant') === 'due', 'Space did not unexcuse');
    });

    it('toggles a status filter with the space bar', async () => {
      const el = await rosterFor(admin());
      filter(el, 'excused').focus();
      await sendKeys({ press: ' ' });
      await until(() => names(el).length === 1);
      expect(names(el)).to.deep.equal(['Hannah Cho']);
    });
  });

  describe('error states', () => {
    it('says the connection failed and retries on request', async () => {
      const spy = spyOn(admin());
      spy.fail(
        (call) => call === 'department.roster',
        () => new NetworkError('offline'),
      );
      const el = await rosterFor(spy.backend);
      expect(error(el)?.textContent).to.contain('Could not connect');
      spy.heal();
      error(el)?.querySelector('button')?.click();
      await until(() => bodyRows(el).length > 0, 'retry did not load');
    });

    it('refreshes the roster when an excusal conflicts', async () => {
      const spy = spyOn(admin());
      const el = await rosterFor(spy.backend);
      spy.fail(
        (call) => call === 'department.excuse',
        () => new ConflictError('changed', { code: 'conflict' }),
      );
      const before = spy.calls.filter((call) => call === 'department.roster').length;
      rowOf(el, 'Keisha Grant')?.querySelector<HTMLButtonElement>('button')?.click();
      await until(() => root(el).querySelector('[part~="error"][role="alert"]'));
      await until(
        () => spy.calls.filter((call) => call === 'department.roster').length > before,
        'the roster was not refreshed',
      );
    });

    it('keeps the row as it was when an excusal cannot be sent', async () => {
      const spy = spyOn(admin());
      const el = await rosterFor(spy.backend);
      spy.fail(
        (call) => call === 'department.excuse',
        () => new NetworkError('offline'),
      );
      rowOf(el, 'Keisha Grant')?.querySelector<HTMLButtonElement>('button')?.click();
      await until(() => root(el).querySelector('[part~="error"][role="alert"]'));
      expect(root(el).querySelector('[part~="error"]')?.textContent).to.contain(
        'Could not connect',
      );
      expect(statusOf(el, 'Keisha Grant')).to.equal('due');
    });

    it('refuses an officer session', async () => {
      const el = await rosterFor(createMemoryBackend({ seed: 'demo' }).as(DEMO_SESSIONS.officer));
      expect(error(el)?.textContent).to.contain('permission');
    });
  });

  describe('with 10,000 officers', () => {
    const big = (): MemoryBackend =>
      createMemoryBackend({
        now: () => NOW,
        seed: {
          departments: [
            {
              id: 'metro-pd',
              name: 'Metro PD',
              timeZone: 'America/Chicago',
              policy: { cadence: 'annual', periodStartMonth: 7, required: true, graceDays: 30 },
            },
          ],
          officers: Array.from({ length: 10_000 }, (_, i) => ({
            id: `officer-${String(i).padStart(5, '0')}`,
            departmentId: 'metro-pd',
            displayName: `Officer ${String(i).padStart(5, '0')}`,
            timeZone: 'America/Chicago',
          })),
          excusals: Array.from({ length: 40 }, (_, i) => ({
            officerId: `officer-${String(i * 250).padStart(5, '0')}`,
            periodId: '2026-07',
          })),
        },
      });
    const metroAdmin = {
      role: 'department-admin',
      adminId: 'admin-metro',
      departmentId: 'metro-pd',
    } as const;

    it('keeps fewer than 100 rows in the DOM, with the true row count', async () => {
      const el = await rosterFor(big().as(metroAdmin));
      expect(grid(el)?.getAttribute('aria-rowcount')).to.equal('10001');
      expect(bodyRows(el).length).to.be.greaterThan(0).and.lessThan(100);
      expect(summary(el)).to.contain('10,000 of 10,000');
    });

    it('searches and filters all of them', async () => {
      const el = await rosterFor(big().as(metroAdmin));
      await search(el, 'officer 09999');
      await until(() => names(el).length === 1);
      expect(names(el)).to.deep.equal(['Officer 09999']);
      await search(el, '');
      filter(el, 'excused').click();
      await el.updateComplete;
      expect(grid(el)?.getAttribute('aria-rowcount')).to.equal('41');
      expect(count(el, 'excused')).to.equal('40');
      await until(() => bodyRows(el).every((row) => row.querySelector('[data-status="excused"]')));
    });

    it('points aria-activedescendant only at a cell that is in the DOM', async () => {
      const el = await rosterFor(big().as(metroAdmin));
      const g = grid(el)!;
      await until(() => g.getAttribute('aria-activedescendant') === 'cell-0-0');
      await settled();
      // Scroll some 100 rows down: the active first row leaves the DOM.
      g.scrollTop = 5000;
      await until(() => !root(el).querySelector('#cell-0-0'), 'row 0 stayed rendered');
      await until(() => !g.hasAttribute('aria-activedescendant'), 'a dangling reference');
      g.focus();
      await sendKeys({ press: 'ArrowDown' });
      await until(() => g.getAttribute('aria-activedescendant') === 'cell-1-0');
      expect(root(el).querySelector('#cell-1-0')).to.exist;
    });

    it('keeps up with fast typing, the list shrinking between renders', async () => {
      const el = await rosterFor(big().as(metroAdmin));
      for (const text of ['o', 'of', 'officer 0', 'officer 009', 'officer 00999']) {
        await search(el, text); // no wait for the row window between keystrokes
      }
      filter(el, 'due').click();
      await el.updateComplete;
      await until(() => names(el).length === 1);
      expect(names(el)).to.deep.equal(['Officer 00999']);
    });

    it('renders more rows when the grid grows', async () => {
      const el = await rosterFor(big().as(metroAdmin));
      await settled();
      const lastIndex = () =>
        Math.max(...bodyRows(el).map((row) => Number(row.getAttribute('aria-rowindex'))));
      const before = lastIndex();
      el.style.setProperty('--wv-roster-height', '3000px');
      await until(() => lastIndex() > before + 20, 'the taller grid got no more rows');
      expect(bodyRows(el).length).to.be.lessThan(100);
    });

    it('reaches the last officer from the keyboard', async () => {
      const el = await rosterFor(big().as(metroAdmin));
      await settled();
      grid(el)!.focus();
      await ctrl('End');
      await until(() => root(el).querySelector('#cell-9999-3'), 'the last row never rendered', {
        timeout: 5000,
      });
      const last = root(el).querySelector('#cell-9999-3')!.closest('[role="row"]')!;
      expect(last.getAttribute('aria-rowindex')).to.equal('10001');
      expect(last.textContent).to.contain('Officer 09999');
      expect(bodyRows(el).length).to.be.lessThan(100);
    });
  });

  describe('accessibility', () => {
    it('passes axe while loading, populated, filtered to nothing, and in error', async () => {
      const loading = await fixture<WvAttendanceRoster>(
        html`<wv-attendance-roster .backend=${admin()}></wv-attendance-roster>`,
      );
      await expect(loading).to.be.accessible();
      const el = await rosterFor(admin());
      await expect(el).to.be.accessible();
      await search(el, 'nobody');
      await until(() => root(el).querySelector('[part~="empty"]'));
      await expect(el).to.be.accessible();
      const failed = await rosterFor(
        createMemoryBackend({ seed: 'demo' }).as(DEMO_SESSIONS.clinician),
      );
      await expect(failed).to.be.accessible();
    });

    it('passes axe in the dark theme', async () => {
      const el = await fixture<WvAttendanceRoster>(
        html`<wv-attendance-roster
          theme="dark"
          .backend=${admin()}
          period="2025-07"
        ></wv-attendance-roster>`,
      );
      await until(() => bodyRows(el).length > 0);
      await expect(el).to.be.accessible();
    });
  });

  describe('theming', () => {
    it('lets --wv-color-accent reach a pressed filter', async () => {
      const el = await fixture<WvAttendanceRoster>(
        html`<wv-attendance-roster
          style="--wv-color-accent: rgb(1, 2, 3)"
          .backend=${admin()}
        ></wv-attendance-roster>`,
      );
      await until(() => bodyRows(el).length > 0);
      expect(getComputedStyle(filter(el, 'all')).backgroundColor).to.equal('rgb(1, 2, 3)');
    });
  });

  describe('localization', () => {
    after(async () => {
      await setLocale('en');
    });

    it('speaks Spanish', async () => {
      await setLocale('es');
      const el = await rosterFor(admin());
      expect(summary(el)).to.contain('Mostrando 12 de 12 agentes');
      expect(filter(el, 'completed').textContent).to.contain('Completada');
    });
  });

  describe('safety', () => {
    it('renders markup in names as text', async () => {
      const memory = demo();
      const name = '<img src=x onerror="window.__wvPwned=1"><script>window.__wvPwned=2</script>';
      await memory.admin.createOfficer({
        id: 'officer-payload',
        departmentId: 'riverton-pd',
        displayName: name,
        timeZone: 'America/Chicago',
      });
      const el = await rosterFor(admin(memory));
      await search(el, 'img');
      await until(() => names(el).length === 1);
      expect(names(el)).to.deep.equal([name]);
      expect(root(el).querySelector('img, script')).to.equal(null);
      expect((window as { __wvPwned?: number }).__wvPwned).to.equal(undefined);
    });

    it('can be defined twice without throwing', () => {
      expect(() => {
        define('wv-attendance-roster', WvAttendanceRoster);
        define('wv-attendance-roster', class extends WvAttendanceRoster {});
      }).not.to.throw();
      expect(customElements.get('wv-attendance-roster')).to.equal(WvAttendanceRoster);
    });

    it('leaves no global listener behind', async () => {
      const tracker = trackGlobalListeners();
      try {
        const el = await rosterFor(admin());
        el.remove();
        expect(tracker.outstanding()).to.deep.equal([]);
      } finally {
        tracker.stop();
      }
    });
  });
});
