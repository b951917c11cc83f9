// Video links of virtual visits, as pure decisions: which room a visit gets, and when its
// officer and clinician may see it. The engine applies both; the stores only keep the result.
import type { Modality } from '../model/enums.js';
import { ROOM_PLACEHOLDER, type VideoRoom, type VisitVideo } from '../model/video.js';
import type { Visit } from '../model/visit.js';
import { toInstant } from './time.js';

const MINUTE_MS = 60_000;

/**
 * The link a visit gets when it is booked or moved: none unless it is virtual and its clinician
 * has a room; the fixed room, or the template filled with `room` (fresh and random per visit).
 * A visit that stays virtual with the same clinician keeps its room (`kept`); the window opens
 * `opensMinutesBefore` the (new) start.
 */
export function videoFor(input: {
  setting: VideoRoom | undefined;
  modality: Modality;
  start: string;
  room: string;
  kept?: VisitVideo | undefined;
}): VisitVideo | undefined {
  const { setting, modality, start, room, kept } = input;
  if (modality !== 'virtual' || setting === undefined) return undefined;
  const url = kept?.url ?? setting.url.replace(ROOM_PLACEHOLDER, encodeURIComponent(room));
  const before = setting.opensMinutesBefore;
  return before === undefined
    ? { url }
    : { url, opensAt: toInstant(new Date(Date.parse(start) - before * MINUTE_MS)) };
}

/** The visit carrying `video`, or no video at all. */
export function withVideo(visit: Visit, video: VisitVideo | undefined): Visit {
  const rest: Visit = { ...visit };
  delete rest.video;
  return video === undefined ? rest : { ...rest, video };
}

/**
 * The visit as a person may see it at `now`: the link only while the visit is booked and from
 * `opensAt` on; before then only when it opens.
 */
export function shownVideo(visit: Visit, now: Date): Visit {
  const { video } = visit;
  if (video?.url === undefined) return visit;
  const open = video.opensAt === undefined || Date.parse(video.opensAt) <= now.getTime();
  if (visit.status === 'booked' && open) return visit;
  return withVideo(
    visit,
    visit.status === 'booked' && video.opensAt !== undefined
      ? { opensAt: video.opensAt }
      : undefined,
  );
}
