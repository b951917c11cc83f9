import * as z from 'zod/mini';
import { Instant } from './primitives.js';

/** Where a template puts a visit's room: `https://video.example.org/{room}`. */
export const ROOM_PLACEHOLDER = '{room}';

const HttpsUrl = z
  .url({ protocol: /^https$/, error: 'Use an https:// address' })
  .check(z.maxLength(500));

/**
 * How a practice gives one clinician's virtual visits a video link: a fixed room, or a template
 * whose `{room}` is filled with a fresh random room for each visit. Never shown to a department,
 * nor in the officers' clinician directory.
 */
export const VideoRoom = z.object({
  /** A fixed room, or a template containing `{room}` once. */
  url: z.string().check(
    z.maxLength(500),
    z.refine(
      (url) => HttpsUrl.safeParse(url.replace(ROOM_PLACEHOLDER, 'room')).success,
      'Use an https:// address, with {room} where the room goes',
    ),
    z.refine((url) => url.split(ROOM_PLACEHOLDER).length <= 2, 'Use {room} at most once'),
  ),
  /** Show the link only from this many minutes before the start (always when left out). */
  opensMinutesBefore: z.optional(z.int().check(z.gte(0), z.lte(1440))),
});
export type VideoRoom = z.infer<typeof VideoRoom>;

/**
 * A virtual visit's video link, as its officer and its clinician see it. The backend leaves out
 * `url` until `opensAt` and once the visit is no longer booked.
 */
export const VisitVideo = z.object({
  url: z.optional(HttpsUrl),
  /** From when `url` is shown; always when absent. */
  opensAt: z.optional(Instant),
});
export type VisitVideo = z.infer<typeof VisitVideo>;
