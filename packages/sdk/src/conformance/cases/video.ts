import { check, checkEqual, checkRejects } from '../assert.js';
import type { WorldTest } from '../define.js';
import { findForbiddenKeys } from '../forbidden-keys.js';
import { POLICY, slotPair } from '../world.js';

const MINUTE = 60_000;
const TEMPLATE = 'https://video.example.org/{room}';
const PREFIX = 'https://video.example.org/';

export function videoCases(test: WorldTest): void {
  test("a virtual visit's video link reaches its officer and clinician, never the department", async (world) => {
    const [c0, c1] = world.clinicians;
    const room = await world.backend.admin.setVideoRoom(c0.id, { url: TEMPLATE });
    checkEqual(room, { url: TEMPLATE }, 'the room is set');
    const [a, b] = slotPair(await world.freeSlots({ clinicianId: c0.id, modality: 'virtual' }));
    const first = await world.book(0, a);
    const second = await world.book(1, b);
    const url = first.video?.url ?? '';
    check(url.startsWith(PREFIX) && url.length > PREFIX.length, `a room of its own, got ${url}`);
    check(second.video?.url !== url, 'a fresh room per visit');
    checkEqual(
      (await world.officer(0).officer.getVisit(first.id)).video,
      { url },
      'the officer reads it back',
    );
    const schedule = await world.clinician(0).clinician.listVisits();
    checkEqual(
      schedule.find((v) => v.id === first.id)?.video,
      { url },
      'the clinician sees the same link',
    );
    const [inPerson] = await world.freeSlots({ clinicianId: c1.id });
    check(inPerson, 'a department slot');
    check((await world.book(2, inPerson)).video === undefined, 'no link for an in-person visit');

    const directory = await world.officer(3).officer.listClinicians();
    check(!JSON.stringify(directory).includes(PREFIX), 'the directory shows no room');
    const department = world.departmentAdmin().department;
    const responses: [string, unknown][] = [
      ['department', await department.department()],
      ['updatePolicy', await department.updatePolicy(POLICY)],
      ['periods', await department.periods()],
      ['roster', await department.roster()],
      ['attendance', await department.attendance(world.officers[0]?.id ?? '')],
    ];
    for (const [name, response] of responses) {
      checkEqual(findForbiddenKeys(response), [], `${name}: no visit-like key`);
      check(!JSON.stringify(response).includes(PREFIX), `${name}: no video link`);
    }
  });

  test('a link with a window is withheld by the backend until minutes before the start', async (world) => {
    const [c0] = world.clinicians;
    const url = 'https://video.example.org/dr-fixed-room';
    await world.backend.admin.setVideoRoom(c0.id, { url, opensMinutesBefore: 15 });
    const [slot] = await world.freeSlots({ clinicianId: c0.id, modality: 'virtual' });
    check(slot, 'a free virtual slot');
    const booked = await world.book(0, slot);
    const opensAt = new Date(Date.parse(slot.start) - 15 * MINUTE).toISOString();
    check(booked.video?.url === undefined, 'not in the booking answer');
    check(Date.parse(booked.video?.opensAt ?? '') === Date.parse(opensAt), 'says when it opens');
    const early = await world.clinician(0).clinician.listVisits();
    check(early.find((v) => v.id === booked.id)?.video?.url === undefined, 'nor for the clinician');

    await world.advanceTo(booked.createdAt, slot.start, -10 * MINUTE);
    checkEqual(
      (await world.officer(0).officer.getVisit(booked.id)).video?.url,
      url,
      'the officer sees it ten minutes before',
    );
    const late = await world.clinician(0).clinician.listVisits();
    checkEqual(late.find((v) => v.id === booked.id)?.video?.url, url, 'and so does the clinician');
  });

  test('a video room is set for an existing clinician, with an https address', async (world) => {
    await checkRejects(
      world.backend.admin.setVideoRoom('no-such-clinician', { url: TEMPLATE }),
      { name: 'NotFoundError', code: 'not-found' },
      'an unknown clinician',
    );
    await checkRejects(
      world.backend.admin.setVideoRoom(world.clinicians[0].id, {
        url: 'http://video.example.org/{room}',
      }),
      { name: 'ValidationError' },
      'a plain-http room',
    );
  });
}
