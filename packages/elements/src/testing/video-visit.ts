import type { MemoryBackend, Session, VideoRoom, Visit } from '@wellvisit/sdk';

const DAY_MS = 86_400_000;

/** An officer of the demo with nothing booked, to book the stories' video visits. */
export const GRACE: Session = {
  role: 'officer',
  officerId: 'officer-grace-whitfield',
  departmentId: 'riverton-pd',
};

/** A template room: each visit gets its own. */
export const DEMO_ROOM: VideoRoom = { url: 'https://video.example.org/{room}' };

/**
 * Gives a demo clinician a video room and books their first virtual slot from tomorrow, as
 * `officer`: a virtual visit with its link, for stories and tests.
 */
export async function bookVideoVisit(
  memory: MemoryBackend,
  clinicianId: string,
  room: VideoRoom = DEMO_ROOM,
  officer: Session = GRACE,
): Promise<Visit> {
  await memory.admin.setVideoRoom(clinicianId, room);
  const api = memory.as(officer).officer;
  const now = memory.now().getTime();
  const [slot] = await api.listSlots({
    from: new Date(now + DAY_MS).toISOString(),
    to: new Date(now + 15 * DAY_MS).toISOString(),
    clinicianId,
    modality: 'virtual',
  });
  if (!slot) throw new Error(`No free virtual slot of ${clinicianId}`);
  return api.book({ clinicianId, start: slot.start, modality: 'virtual' });
}
