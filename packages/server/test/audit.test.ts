import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { snapshotPglite } from './support/databases.js';
import { startTestServer, type TestServer } from './support/server.js';
import { createTestWorld, type TestWorld } from './support/world.js';

let db: Database;
let server: TestServer;
let world: TestWorld;

beforeAll(async () => {
  db = await snapshotPglite();
  server = await startTestServer(db);
  world = await createTestWorld(server);
});

afterAll(async () => {
  await server.close();
  await db.close();
});

const events = (where: string, params: unknown[]) =>
  db.query<{
    action: string;
    actor_role: string;
    actor_id: string;
    officer_id: string | null;
    visit_id: string | null;
  }>(
    `SELECT action, actor_role, actor_id, officer_id, visit_id FROM audit_events WHERE ${where} ORDER BY at, id`,
    params,
  );

describe('the audit log', () => {
  it('records every department read of attendance, and the officer can list them', async () => {
    const { ids, sessions } = world;
    const admin = await world.as(sessions.adminA);
    const officer = await world.as(sessions.officerA1);
    expect(await officer.officer.attendanceAccessLog()).toEqual([]);

    const roster = await admin.department.roster({ limit: 1 });
    expect(roster.records).toHaveLength(1);
    await admin.department.attendance(ids.officerA1);
    // The officer reading their own attendance is not someone else reading it.
    await officer.officer.attendance();

    // A page of one, but its counts cover both officers: both are read.
    const logged = await events(`action = 'attendance.read' AND officer_id = ANY($1::text[])`, [
      [ids.officerA1, ids.officerA2],
    ]);
    expect(logged.map((event) => event.officer_id).sort()).toEqual(
      [ids.officerA1, ids.officerA1, ids.officerA2].sort(),
    );
    expect(
      logged.every(
        (event) =>
          event.action === 'attendance.read' &&
          event.actor_role === 'department-admin' &&
          event.actor_id === sessions.adminA.adminId &&
          event.visit_id === null,
      ),
    ).toBe(true);
    const log = await officer.officer.attendanceAccessLog();
    expect(log.length).toBe(2);
    expect(log.every((entry) => entry.actorRole === 'department-admin')).toBe(true);
    // Another officer sees only the reads of their own attendance.
    const other = await world.as(sessions.officerA2);
    expect((await other.officer.attendanceAccessLog()).length).toBe(1);
  });

  it('a full roster read is one audit event per officer shown', async () => {
    const admin = await world.as(world.sessions.adminA);
    const before = await events(`actor_role = 'department-admin'`, []);
    const roster = await admin.department.roster();
    const after = await events(`actor_role = 'department-admin'`, []);
    expect(after.length - before.length).toBe(roster.records.length);
  });

  it('records every read of a visit, by the officer and by the clinician', async () => {
    const { ids, sessions } = world;
    const [slot] = await world.slots(sessions.officerA1, ids.clinicianC);
    if (!slot) throw new Error('a free slot');
    const officer = await world.as(sessions.officerA1);
    const visit = await officer.officer.book({
      clinicianId: slot.clinicianId,
      start: slot.start,
      modality: 'virtual',
    });
    expect(await events('visit_id = $1', [visit.id])).toEqual([]);
    await officer.officer.getVisit(visit.id);
    await officer.officer.listVisits();
    await (await world.as(sessions.clinicianC)).clinician.listVisits();
    const reads = await events('visit_id = $1', [visit.id]);
    expect(reads.map((e) => [e.action, e.actor_role, e.actor_id])).toEqual([
      ['visit.read', 'officer', ids.officerA1],
      ['visit.read', 'officer', ids.officerA1],
      ['visit.read', 'clinician', ids.clinicianC],
    ]);
  });

  it('records a corrected mark as an event of the clinician, about the officer and the visit', async () => {
    const { ids, sessions } = world;
    const [slot] = await world.slots(sessions.officerA2, ids.clinicianC);
    if (!slot) throw new Error('a free slot');
    const officer = await world.as(sessions.officerA2);
    const visit = await officer.officer.book({
      clinicianId: slot.clinicianId,
      start: slot.start,
      modality: 'virtual',
    });
    server.advanceTime(Date.parse(visit.start) - Date.parse(visit.createdAt) + 60_000);
    const clinician = (await world.as(sessions.clinicianC)).clinician;
    await clinician.markAttendance(visit.id, { outcome: 'fulfilled' });
    const marks = `action = 'attendance.corrected' AND visit_id = $1`;
    expect(await events(marks, [visit.id])).toEqual([]);
    await clinician.markAttendance(visit.id, { outcome: 'noshow' });
    expect(await events(marks, [visit.id])).toEqual([
      {
        action: 'attendance.corrected',
        actor_role: 'clinician',
        actor_id: ids.clinicianC,
        officer_id: ids.officerA2,
        visit_id: visit.id,
      },
    ]);
    // Not a read: the officer's access log does not list it.
    const log = await (await world.as(sessions.officerA2)).officer.attendanceAccessLog();
    expect(log.every((entry) => entry.actorRole !== 'clinician')).toBe(true);
  });
});
