/**
 * The demo server's clock: real time plus an offset that `POST /demo/advance-time` moves
 * forward, so a clinician can mark a visit booked a moment ago as attended after its start.
 */
export interface DemoClock {
  now: () => Date;
  /** Moves the clock forward; the offset only ever grows. */
  advance: (ms: number) => Date;
}

export function createDemoClock(realNow: () => number = Date.now): DemoClock {
  let offsetMs = 0;
  return {
    now: () => new Date(realNow() + offsetMs),
    advance(ms) {
      offsetMs += Math.max(0, ms);
      return new Date(realNow() + offsetMs);
    },
  };
}
