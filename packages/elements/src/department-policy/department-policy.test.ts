import { chaiA11yAxe } from 'chai-a11y-axe';
import { chai, expect, fixture, html } from '@open-wc/testing';
import { createMemoryBackend, type MemoryBackend } from '@wellvisit/sdk';
import { DEMO_SESSIONS } from '@wellvisit/sdk/demo';
import '../define/department-policy.js';
import { setLocale } from '../shared/localization.js';
import type { WvDepartmentPolicy } from './department-policy.js';
import { until } from '../testing/until.js';

chai.use(chaiA11yAxe);

// The demo's clock: the real one, so the element's "today" and the backend's agree.
const demo = (): MemoryBackend => createMemoryBackend({ seed: 'demo' });
const admin = (memory = demo()) => memory.as(DEMO_SESSIONS.departmentAdmin);

const root = (el: WvDepartmentPolicy) => el.shadowRoot!;
const part = (el: WvDepartmentPolicy, name: string) =>
  root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (el: WvDepartmentPolicy, name: string) =>
  part(el, name)?.textContent.replace(/\s+/g, ' ').trim() ?? '';

async function policyFor(backend: ReturnType<MemoryBackend['as']>) {
  const el = await fixture<WvDepartmentPolicy>(
    html`<wv-department-policy .backend=${backend}></wv-department-policy>`,
  );
  await until(() => part(el, 'form') ?? part(el, 'error'), 'the policy never loaded');
  return el;
}

describe('<wv-department-policy>', () => {
  afterEach(async () => {
    await setLocale('en');
  });

  it('shows the policy in effect and when the program started', async () => {
    const el = await policyFor(admin());
    expect(text(el, 'current')).to.equal(
      'In effect: Every year, attendance required, 30 grace days, discreet reminders.',
    );
    expect(text(el, 'program-start')).to.match(/^Program started \w+ \d+, \d{4}\.$/);
    expect(part(el, 'scheduled')).to.equal(null);
  });

  it('schedules a change for the next period and says from which day', async () => {
    const backend = admin();
    const el = await policyFor(backend);
    const form = part(el, 'form') as HTMLFormElement;
    form.querySelector<HTMLInputElement>('[name="graceDays"]')!.value = '14';
    form.querySelector<HTMLInputElement>('[name="required"]')!.checked = false;
    part(el, 'save-button')!.click();
    await until(() => text(el, 'notice').startsWith('Scheduled'));
    const [change] = (await backend.department.department()).policyChanges;
    expect(change?.policy.graceDays).to.equal(14);
    expect(change?.policy.required).to.equal(false);
    await until(() => part(el, 'scheduled'));
    expect(text(el, 'scheduled')).to.contain('attendance not required, 14 grace days');
    expect(text(el, 'current')).to.contain('attendance required, 30 grace days');
  });

  it('speaks Spanish', async () => {
    await setLocale('es');
    const el = await policyFor(admin());
    await until(() => text(el, 'heading') === 'Política de asistencia');
    expect(text(el, 'current')).to.contain('Cada año');
  });

  it('shows an error for a session that is not a department admin’s', async () => {
    const el = await policyFor(demo().as(DEMO_SESSIONS.officer));
    expect(part(el, 'error')).not.to.equal(null);
  });

  it('passes axe', async () => {
    const el = await policyFor(admin());
    await expect(el).to.be.accessible();
  });
});
