import * as z from 'zod/mini';
import { Instant } from './primitives.js';
import { urlTemplate } from './url-template.js';

/** Where a template puts a visit's room: `https://video.example.org/{room}`. */
export const ROOM_PLACEHOLDER = '{room}';

/**
 * How a practice gives one clinician's virtual visits a video link: a fixed room, or a template
 * whose `{room}` is filled with a fresh random room for each visit. Never shown to a department,
 * nor in the officers' clinician directory.
 */
export const VideoRoom = z.object({
  /** A fixed room, or a template containing `{room}` once. */
  url: urlTemplate([], [ROOM_PLACEHOLDER]),
  /** Show the link only from this many minutes before the start (always when left out). */
  opensMinutesBefore: z.optional(z.int().check(z.gte(0), z.lte(1440))),
});
export type VideoRoom = z.infer<typeof VideoRoom>;

/**
 * A virtual visit's video link, as its officer and its clinician see it. The backend leaves out
 * `url` until `opensAt` and once the visit is no longer booked.
 */
export const VisitVideo = z.object({
  url: z.optional(urlTemplate([])),
  /** From when `url` is shown; always when absent. */
  opensAt: z.optional(Instant),
});
export type VisitVideo = z.infer<typeof VisitVideo>;
