import { chaiA11yAxe } from 'chai-a11y-axe';
import { chai, expect, fixture, html } from '@open-wc/testing';
import { createMemoryBackend, NetworkError, type MemoryBackend } from '@wellvisit/sdk';
import { DEMO_SESSIONS } from '@wellvisit/sdk/demo';
import '../define/attendance-access-log.js';
import { spyOn } from '../testing/backend-spy.js';
import { setLocale } from '../shared/localization.js';
import type { WvAttendanceAccessLog } from './attendance-access-log.js';
import { until } from '../testing/until.js';

chai.use(chaiA11yAxe);

const NOW = new Date('2026-11-18T16:00:00Z');
const demo = (): MemoryBackend => createMemoryBackend({ seed: 'demo', now: () => NOW });

const root = (el: WvAttendanceAccessLog) => el.shadowRoot!;
const parts = (el: WvAttendanceAccessLog, name: string) => [
  ...root(el).querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];

async function logFor(backend: ReturnType<MemoryBackend['as']>) {
  const el = await fixture<WvAttendanceAccessLog>(
    html`<wv-attendance-access-log
      .backend=${backend}
      time-zone="America/New_York"
    ></wv-attendance-access-log>`,
  );
  await until(
    () => parts(el, 'list')[0] ?? parts(el, 'empty')[0] ?? parts(el, 'error')[0],
    'the log never loaded',
  );
  return el;
}

describe('<wv-attendance-access-log>', () => {
  afterEach(async () => {
    await setLocale('en');
  });

  describe('defaults', () => {
    it('says so when nobody has read the officer’s attendance', async () => {
      const el = await logFor(demo().as(DEMO_SESSIONS.officer));
      expect(parts(el, 'empty')[0]?.textContent).to.contain('Nobody has seen your attendance yet.');
    });

    it('lists each department read, newest first, by role and time only', async () => {
      const memory = demo();
      await memory
        .as(DEMO_SESSIONS.departmentAdmin)
        .department.attendance(DEMO_SESSIONS.officer.officerId);
      const el = await logFor(memory.as(DEMO_SESSIONS.officer));
      const [entry] = parts(el, 'entry');
      expect(parts(el, 'entry')).to.have.length(1);
      expect(entry?.querySelector('[part~="reader"]')?.textContent).to.equal('Your department');
      expect(entry?.querySelector('time')?.getAttribute('datetime')).to.equal(
        '2026-11-18T16:00:00Z',
      );
      expect(entry?.querySelector('time')?.textContent).to.contain('11:00');
      // The reader's internal id stays out of the page.
      expect(root(el).textContent).not.to.contain(DEMO_SESSIONS.departmentAdmin.adminId);
    });
  });

  describe('error states', () => {
    it('refuses a session that is not an officer’s', async () => {
      const el = await logFor(demo().as(DEMO_SESSIONS.departmentAdmin));
      expect(parts(el, 'error')).to.have.length(1);
    });

    it('offers a retry when the log cannot be read', async () => {
      const spy = spyOn(demo().as(DEMO_SESSIONS.officer));
      spy.fail(
        (call) => call === 'officer.attendanceAccessLog',
        () => new NetworkError('offline'),
      );
      const el = await logFor(spy.backend);
      expect(parts(el, 'retry-button')).to.have.length(1);
    });
  });

  describe('localization', () => {
    it('speaks Spanish', async () => {
      await setLocale('es');
      const el = await logFor(demo().as(DEMO_SESSIONS.officer));
      await until(() => parts(el, 'empty')[0]?.textContent.includes('Nadie'));
      expect(parts(el, 'heading')[0]?.textContent).to.contain('Quién ha visto su asistencia');
    });
  });

  describe('accessibility', () => {
    it('passes axe with entries', async () => {
      const memory = demo();
      await memory.as(DEMO_SESSIONS.departmentAdmin).department.roster();
      const el = await logFor(memory.as(DEMO_SESSIONS.officer));
      await expect(el).to.be.accessible();
    });
  });
});
