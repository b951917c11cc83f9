// Runs in headless Chromium (bundled by bench/components.mjs). Measures the time from "data
// ready" (every backend call answers from memory, already resolved) to rendered rows, and the JS
// heap across mount/unmount cycles. The backend is the SDK's memory backend with its answers
// cached, so the clock measures the element, not the backend.
import '../../packages/elements/src/define/booking.js';
import '../../packages/elements/src/define/attendance-roster.js';
import { createMemoryBackend } from '../../packages/sdk/src/index.js';
import { DEMO_SESSIONS } from '../../packages/sdk/src/demo.js';

/** Answers every call from a cache filled by a first, unmeasured call: data is ready. */
function cached(api) {
  const memo = new Map();
  const wrapped = {};
  for (const name of Object.keys(api)) {
    wrapped[name] = async (...args) => {
      const key = `${name}:${JSON.stringify(args[0] ?? null)}`;
      if (!memo.has(key)) memo.set(key, await api[name](args[0]));
      return memo.get(key);
    };
  }
  return wrapped;
}

const now = new Date();
const memory = createMemoryBackend({ seed: 'demo', now: () => now });
const officer = memory.as(DEMO_SESSIONS.officer);
const admin = memory.as(DEMO_SESSIONS.departmentAdmin);

const bookingBackend = { ...officer, officer: cached(officer.officer) };

async function rosterBackend(officers) {
  const first = await admin.department.roster({ limit: 10_000 });
  const statuses = ['completed', 'due', 'overdue', 'excused'];
  const records = Array.from({ length: officers }, (_, i) => ({
    officerId: `bench-officer-${i}`,
    officerName: `Officer ${String(i).padStart(5, '0')}`,
    periodId: first.period.id,
    status: statuses[i % statuses.length],
  }));
  const page = { ...first, records, nextCursor: undefined };
  const department = cached(admin.department);
  return {
    ...admin,
    department: { ...department, roster: () => Promise.resolve(page) },
  };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Waits (bounded) until `ready` holds inside the element's shadow tree. */
async function until(el, ready) {
  for (let i = 0; i < 2_000; i++) {
    await el.updateComplete;
    if (el.shadowRoot && ready(el.shadowRoot)) return;
    await tick();
  }
  const parts = [...(el.shadowRoot?.querySelectorAll('[part]') ?? [])].map((n) => n.part.value);
  throw new Error(`${el.localName} did not render (parts: ${parts.join(', ')})`);
}

function mountBooking(clinicianId) {
  const el = document.createElement('wv-booking');
  el.backend = bookingBackend;
  el.setAttribute('modality', 'virtual');
  el.setAttribute('clinician', clinicianId);
  el.setAttribute('time-zone', 'America/Chicago');
  return el;
}

function mountRoster(backend) {
  const el = document.createElement('wv-attendance-roster');
  el.backend = backend;
  return el;
}

const slotsShown = (root) => root.querySelector('[part~="slot"]') !== null;
const rowsShown = (root) => root.querySelectorAll('[role="row"][aria-rowindex]').length > 2;

/** Mounts, waits until rendered, returns the milliseconds taken, and unmounts. */
async function timeMount(mount, ready) {
  const el = mount();
  const started = performance.now();
  document.body.append(el);
  await until(el, ready);
  const ms = performance.now() - started;
  el.remove();
  return ms;
}

async function setUp() {
  // The clinician with the most free times in the coming week, so the grid has something to show.
  const clinicians = await officer.officer.listClinicians({ modality: 'virtual' });
  const week = {
    from: now.toISOString(),
    to: new Date(now.getTime() + 7 * 86_400_000).toISOString(),
  };
  let clinicianId = clinicians[0].id;
  let most = -1;
  for (const { id } of clinicians) {
    const slots = await officer.officer.listSlots({
      clinicianId: id,
      modality: 'virtual',
      ...week,
    });
    if (slots.length > most) [clinicianId, most] = [id, slots.length];
  }
  const roster = await rosterBackend(10_000);
  const booking = () => mountBooking(clinicianId);
  const roster10k = () => mountRoster(roster);
  // Fill the caches and warm the JIT; not measured.
  for (let i = 0; i < 3; i++) {
    await timeMount(booking, slotsShown);
    await timeMount(roster10k, rowsShown);
  }
  return { booking, roster10k };
}

const ready = setUp();

Object.assign(window, {
  async benchRender(which, runs) {
    const mounts = await ready;
    const results = [];
    for (let i = 0; i < runs; i++) {
      results.push(
        which === 'booking'
          ? await timeMount(mounts.booking, slotsShown)
          : await timeMount(mounts.roster10k, rowsShown),
      );
    }
    return results;
  },
  async cycle(which, cycles) {
    const mounts = await ready;
    for (let i = 0; i < cycles; i++) {
      if (which === 'booking') await timeMount(mounts.booking, slotsShown);
      else await timeMount(mounts.roster10k, rowsShown);
    }
  },
});
