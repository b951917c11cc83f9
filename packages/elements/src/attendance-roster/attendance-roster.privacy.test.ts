import { expect, fixture, html } from '@open-wc/testing';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import {
  createMemoryBackend,
  MODALITIES,
  type ClinicianVisit,
  type MemoryBackend,
} from '@wellvisit/sdk';
import { DEMO_SESSIONS } from '@wellvisit/sdk/demo';
import { findForbiddenKeys } from '@wellvisit/sdk/conformance';
import '../define/attendance-roster.js';
import '../define/attendance-badge.js';
import { formatDate, formatShortDate, formatTime, localDateOf } from '../shared/format.js';
import { modalityLabel } from '../shared/messages.js';
import type { WvAttendanceRoster } from './attendance-roster.js';
import { spyOn } from '../testing/backend-spy.js';
import { until } from '../testing/until.js';

setupIgnoreWindowResizeObserverLoopErrors(before, after);

const NOW = new Date('2026-11-18T16:00:00Z');
const ZONE = 'America/Chicago';
const CLINICIAN_IDS = [
  'clinician-maya-brooks',
  'clinician-jorge-salazar',
  'clinician-erin-walsh',
  'clinician-samir-haddad',
];

/** Every visit of the demo world, as its clinicians see them: booked, fulfilled, no-show, cancelled. */
async function allVisits(memory: MemoryBackend): Promise<ClinicianVisit[]> {
  const lists = await Promise.all(
    CLINICIAN_IDS.map((clinicianId) =>
      memory
        .as({ role: 'clinician', clinicianId, practiceId: 'lakeside-counseling' })
        .clinician.listVisits({ from: '2024-01-01T00:00:00Z', to: '2028-01-01T00:00:00Z' }),
    ),
  );
  return lists.flat();
}

/** Everything about visits that must never reach a department's screen. */
async function visitFacts(memory: MemoryBackend): Promise<string[]> {
  const visits = await allVisits(memory);
  const clinicians = await memory.as(DEMO_SESSIONS.officer).officer.listClinicians();
  const facts = new Set<string>();
  for (const visit of visits) {
    for (const instant of [visit.start, visit.end]) {
      facts.add(instant);
      facts.add(instant.slice(0, 16));
      facts.add(formatTime(instant, ZONE));
      facts.add(formatTime(instant, 'UTC'));
      facts.add(formatDate(instant, ZONE));
      facts.add(formatShortDate(instant, ZONE));
      facts.add(localDateOf(instant, ZONE));
    }
    if (visit.place) facts.add(visit.place);
    facts.add(visit.id);
  }
  for (const clinician of clinicians) {
    facts.add(clinician.displayName);
    facts.add(clinician.displayName.replace(/^Dr\. /, ''));
  }
  for (const modality of MODALITIES) facts.add(modalityLabel(modality));
  expect(visits.map((v) => v.status)).to.include.members(['booked', 'fulfilled']);
  return [...facts];
}

/** All text and attribute values in a shadow tree, nested shadow roots included. */
function everythingShown(root: ShadowRoot): string {
  const parts: string[] = [root.textContent];
  for (const element of root.querySelectorAll('*')) {
    for (const attribute of element.attributes) parts.push(`${attribute.name}=${attribute.value}`);
    if (element.shadowRoot) parts.push(everythingShown(element.shadowRoot));
  }
  return parts.join('\n');
}

function leaks(shown: string, facts: readonly string[]): string[] {
  const words = /\b(practice|virtual|clinician|visit|appointment|modality)\b/i;
  return [...facts.filter((fact) => shown.includes(fact)), ...(words.exec(shown) ?? [])];
}

describe('a department session never sees visit data', () => {
  it('renders no visit time, clinician, modality or place in the roster, in any state', async () => {
    const memory = createMemoryBackend({ seed: 'demo', now: () => NOW });
    const facts = await visitFacts(memory);
    const spy = spyOn(memory.as(DEMO_SESSIONS.departmentAdmin));
    const el = await fixture<WvAttendanceRoster>(
      html`<wv-attendance-roster .backend=${spy.backend}></wv-attendance-roster>`,
    );
    const root = el.shadowRoot!;
    const rows = () => root.querySelectorAll('[part~="grid-body"] [role="row"]');
    await until(() => rows().length === 12, 'the roster never loaded');
    expect(leaks(everythingShown(root), facts)).to.deep.equal([]);

    // Excuse someone, filter, search and look at the previous period: still nothing.
    root.querySelector<HTMLButtonElement>('[part~="excuse-button"]')?.click();
    await until(() => root.querySelector('[part~="notice"]')?.textContent.trim());
    expect(leaks(everythingShown(root), facts)).to.deep.equal([]);
    root.querySelector<HTMLButtonElement>('[part~="filter"][data-status="completed"]')?.click();
    await until(() => rows().length === 3);
    expect(leaks(everythingShown(root), facts)).to.deep.equal([]);
    el.period = '2025-07';
    await until(() => root.querySelector('[data-status="completed"][part~="status-label"]'));
    expect(leaks(everythingShown(root), facts)).to.deep.equal([]);

    // It asked the department API only, and nothing it got back could carry a visit.
    expect(spy.calls.every((call) => call.startsWith('department.'))).to.equal(true);
    expect(findForbiddenKeys(spy.results)).to.deep.equal([]);
  });

  it('renders no visit data in a department badge', async () => {
    const memory = createMemoryBackend({ seed: 'demo', now: () => NOW });
    const facts = await visitFacts(memory);
    const spy = spyOn(memory.as(DEMO_SESSIONS.departmentAdmin));
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        ${['officer-ana-ruiz', 'officer-daniel-kowalski', 'officer-tom-o-neill'].map(
          (officerId) =>
            html`<wv-attendance-badge
              .backend=${spy.backend}
              officer-id=${officerId}
            ></wv-attendance-badge>`,
        )}
      </div>`,
    );
    const badges = [...wrapper.querySelectorAll('wv-attendance-badge')];
    await until(() => badges.every((badge) => badge.shadowRoot?.querySelector('[part="badge"]')));
    for (const badge of badges) {
      expect(leaks(everythingShown(badge.shadowRoot!), facts)).to.deep.equal([]);
    }
    expect(
      spy.calls.every((call) => call === 'session' || call.startsWith('department.')),
    ).to.equal(true);
    expect(findForbiddenKeys(spy.results)).to.deep.equal([]);
  });
});
