import { describe, expect, it, vi } from 'vitest';
import { findForbiddenKeys } from '../../conformance/index.js';
import { UnauthorizedError, ValidationError } from '../../errors/index.js';
import { ATTENDANCE_STATUSES, type AuditEvent } from '../../model/index.js';
import { DEMO_SESSIONS } from '../../demo.js';
import { createMemoryBackend, type StorageLike } from './index.js';

const DAY = 86_400_000;
const NOW = new Date('2026-03-10T15:00:00Z');
const fixedClock = () => new Date(NOW);

function memoryStorage(): StorageLike & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      items.set(key, value);
    },
  };
}

const range = (from = NOW) => ({
  from: from.toISOString(),
  to: new Date(from.getTime() + 14 * DAY).toISOString(),
});

describe('options', () => {
  it('refuses bad options with a ValidationError naming the option', () => {
    expect(() => createMemoryBackend({ now: 'today' as never })).toThrow(ValidationError);
    expect(() => createMemoryBackend({ seed: 'everything' as never })).toThrow(/seed/);
    expect(() =>
      createMemoryBackend({ persist: { storage: {} as StorageLike, key: 'k' } }),
    ).toThrow(/storage/);
  });

  it('refuses a seed that points at nothing, and adds none of it', () => {
    expect(() =>
      createMemoryBackend({
        seed: {
          officers: [
            { id: 'o-1', departmentId: 'nowhere', displayName: 'Ana Ruiz', timeZone: 'UTC' },
          ],
        },
      }),
    ).toThrow(/officers\.0\.departmentId/);
  });

  it('refuses an invalid session for as()', () => {
    const memory = createMemoryBackend();
    expect(() => memory.as({ role: 'superuser' } as never)).toThrow(ValidationError);
  });

  it('moves its clock forward only', () => {
    const memory = createMemoryBackend({ now: fixedClock });
    memory.advanceTime(DAY);
    expect(memory.now().getTime()).toBe(NOW.getTime() + DAY);
    expect(() => {
      memory.advanceTime(-1);
    }).toThrow(ValidationError);
  });
});

describe('the demo seed', () => {
  it('has a department whose roster shows completed, due and excused, names only', async () => {
    const memory = createMemoryBackend({ seed: 'demo', now: fixedClock });
    const admin = memory.as(DEMO_SESSIONS.departmentAdmin).department;
    const roster = await admin.roster();
    expect(roster.total).toBe(12);
    expect(roster.counts.completed).toBeGreaterThan(0);
    expect(roster.counts.due).toBeGreaterThan(0);
    expect(roster.counts.excused).toBe(1);
    const [, previous] = await admin.periods();
    const last = await admin.roster({ periodId: previous!.id });
    expect(last.counts.overdue).toBeGreaterThan(0);
    expect(last.counts.completed).toBeGreaterThan(0);
    const harbor = memory.as({
      role: 'department-admin',
      adminId: 'admin-harbor',
      departmentId: 'harbor-county-so',
    });
    expect((await harbor.department.roster()).counts['not-required']).toBe(3);
    expect(findForbiddenKeys(roster)).toEqual([]);
  });

  it('has clinicians with varied languages, credentials and modalities, and free slots', async () => {
    const memory = createMemoryBackend({ seed: 'demo', now: fixedClock });
    const ana = memory.as(DEMO_SESSIONS.officer).officer;
    const clinicians = await ana.listClinicians();
    expect(clinicians).toHaveLength(4);
    expect(new Set(clinicians.flatMap((c) => c.languages)).size).toBeGreaterThan(2);
    expect(new Set(clinicians.flatMap((c) => c.modalities))).toEqual(
      new Set(['department', 'practice', 'virtual']),
    );
    expect(clinicians.some((c) => !c.lawEnforcementTrained)).toBe(true);
    const slots = await ana.listSlots(range());
    expect(new Set(slots.map((s) => s.clinicianId)).size).toBe(4);
  });

  it('gives the demo clinician a schedule with past and upcoming visits', async () => {
    const memory = createMemoryBackend({ seed: 'demo', now: fixedClock });
    const maya = memory.as(DEMO_SESSIONS.clinician).clinician;
    const visits = await maya.listVisits({
      from: new Date(NOW.getTime() - 400 * DAY).toISOString(),
    });
    expect(new Set(visits.map((v) => v.status))).toEqual(new Set(['fulfilled', 'booked']));
    expect(visits.every((v) => v.officerDisplayName.length > 0)).toBe(true);
  });

  it('lays itself around the clock, so it works on any day', async () => {
    for (const day of ['2026-01-01T06:00:00Z', '2026-07-01T12:00:00Z', '2028-02-29T23:30:00Z']) {
      const memory = createMemoryBackend({ seed: 'demo', now: () => new Date(day) });
      const ana = memory.as(DEMO_SESSIONS.officer).officer;
      expect((await ana.listSlots(range(new Date(day)))).length).toBeGreaterThan(10);
      const roster = await memory.as(DEMO_SESSIONS.departmentAdmin).department.roster();
      expect(ATTENDANCE_STATUSES).toContain(roster.records[0]?.status);
    }
  });
});

describe('tokens', () => {
  it('issues opaque random tokens that expire', async () => {
    const memory = createMemoryBackend({ seed: 'demo', now: fixedClock });
    const issued = await memory.admin.issueToken({
      session: DEMO_SESSIONS.officer,
      ttlSeconds: 60,
    });
    const again = await memory.admin.issueToken({ session: DEMO_SESSIONS.officer, ttlSeconds: 60 });
    expect(issued.token).not.toBe(again.token);
    expect(issued.token).not.toContain(DEMO_SESSIONS.officer.officerId);
    expect(issued.token.length).toBeGreaterThan(40);
    expect(issued.expiresAt).toBe('2026-03-10T15:01:00Z');
    const ana = memory.connect(issued.token);
    expect((await ana.session()).role).toBe('officer');
    memory.advanceTime(60_000);
    await expect(ana.session()).rejects.toMatchObject({
      name: 'UnauthorizedError',
      code: 'token-expired',
    });
  });

  it('stops acting for a principal that does not exist', async () => {
    const memory = createMemoryBackend();
    const ghost = memory.as({ role: 'officer', officerId: 'ghost', departmentId: 'nowhere' });
    await expect(ghost.officer.me()).rejects.toBeInstanceOf(UnauthorizedError);
    await expect(ghost.session()).rejects.toBeInstanceOf(UnauthorizedError);
  });
});

describe('call options', () => {
  it('rejects with the reason of an aborted signal, and does nothing', async () => {
    const memory = createMemoryBackend({ seed: 'demo', now: fixedClock });
    const ana = memory.as(DEMO_SESSIONS.officer).officer;
    const preferences = { channels: [], leadTimesMinutes: [30], discreet: false };
    const reason = new Error('gone');
    await expect(
      ana.setReminderPreferences(preferences, { signal: AbortSignal.abort(reason) }),
    ).rejects.toBe(reason);
    expect((await ana.reminderPreferences()).leadTimesMinutes).not.toEqual([30]);
  });

  it('refuses a signal that is not one', async () => {
    const memory = createMemoryBackend({ seed: 'demo', now: fixedClock });
    await expect(
      memory.as(DEMO_SESSIONS.officer).officer.me({ signal: 'stop' as never }),
    ).rejects.toMatchObject({ name: 'ValidationError', issues: [{ path: ['signal'] }] });
  });
});

describe('persistence', () => {
  it('saves every change and picks the state up again', async () => {
    const storage = memoryStorage();
    const persist = { storage, key: 'wellvisit-demo' };
    const first = createMemoryBackend({ seed: 'demo', now: fixedClock, persist });
    const ana = first.as(DEMO_SESSIONS.officer).officer;
    const [slot] = await ana.listSlots(range());
    const visit = await ana.book({
      clinicianId: slot!.clinicianId,
      start: slot!.start,
      modality: slot!.modality,
      idempotencyKey: 'persisted-key-1',
    });
    const second = createMemoryBackend({ seed: 'demo', now: fixedClock, persist });
    const again = second.as(DEMO_SESSIONS.officer).officer;
    expect(await again.getVisit(visit.id)).toEqual(visit);
    const replay = await again.book({
      clinicianId: slot!.clinicianId,
      start: slot!.start,
      modality: slot!.modality,
      idempotencyKey: 'persisted-key-1',
    });
    expect(replay.id).toBe(visit.id);
  });

  it('never saves tokens', async () => {
    const storage = memoryStorage();
    const memory = createMemoryBackend({ seed: 'demo', persist: { storage, key: 'k' } });
    const { token } = await memory.admin.issueToken({ session: DEMO_SESSIONS.officer });
    await memory.connect(token).officer.me();
    expect(storage.items.get('k')).not.toContain(token);
  });

  it('ignores unreadable saved state and starts from the seed', async () => {
    const storage = memoryStorage();
    storage.setItem('k', '{"format":"something else"}');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const memory = createMemoryBackend({
      seed: 'demo',
      now: fixedClock,
      persist: { storage, key: 'k' },
    });
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
    expect((await memory.as(DEMO_SESSIONS.officer).officer.me()).displayName).toBe('Ana Ruiz');
    expect(JSON.parse(storage.items.get('k') ?? '{}')).toMatchObject({
      format: 'wellvisit-memory/1',
    });
  });
});

describe('audit', () => {
  function auditOf(storage: ReturnType<typeof memoryStorage>): AuditEvent[] {
    return (JSON.parse(storage.items.get('k') ?? '{}') as { audit: AuditEvent[] }).audit;
  }

  it('writes an event for every visit read, by officer and clinician', async () => {
    const storage = memoryStorage();
    const memory = createMemoryBackend({
      seed: 'demo',
      now: fixedClock,
      persist: { storage, key: 'k' },
    });
    const ana = memory.as(DEMO_SESSIONS.officer).officer;
    const [slot] = await ana.listSlots(range());
    const visit = await ana.book({
      clinicianId: slot!.clinicianId,
      start: slot!.start,
      modality: slot!.modality,
    });
    await ana.getVisit(visit.id);
    await ana.listVisits();
    const reads = auditOf(storage).filter(
      (e) => e.action === 'visit.read' && e.visitId === visit.id,
    );
    expect(reads.map((e) => e.actorRole)).toEqual(['officer', 'officer']);
    const clinician = memory.as({
      role: 'clinician',
      clinicianId: slot!.clinicianId,
      practiceId: 'lakeside-counseling',
    });
    await clinician.clinician.listVisits();
    expect(
      auditOf(storage).filter((e) => e.visitId === visit.id && e.actorRole === 'clinician'),
    ).toHaveLength(1);
  });

  it('writes an event for every attendance a department reads, and none for the officer', async () => {
    const storage = memoryStorage();
    const memory = createMemoryBackend({
      seed: 'demo',
      now: fixedClock,
      persist: { storage, key: 'k' },
    });
    const admin = memory.as(DEMO_SESSIONS.departmentAdmin).department;
    // A page of five, but counts of every officer: each of them is read.
    const page = await admin.roster({ limit: 5 });
    await admin.attendance('officer-marcus-bell');
    await memory.as(DEMO_SESSIONS.officer).officer.attendance();
    const reads = auditOf(storage).filter((e) => e.action === 'attendance.read');
    expect(page.records).toHaveLength(5);
    expect(reads).toHaveLength(page.total + 1);
    expect(page.total).toBeGreaterThan(5);
    expect(
      reads.every((e) => e.actorRole === 'department-admin' && e.actorId === 'admin-riverton'),
    ).toBe(true);
  });
});
