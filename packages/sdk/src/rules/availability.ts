// What a clinician's availability is before they save their own.
import type { Availability } from '../model/availability.js';

/** Until a clinician saves their own availability, they have no slots: no rules, no exceptions. */
export function emptyAvailability(clinicianId: string, timeZone: string): Availability {
  return {
    clinicianId,
    timeZone,
    slotMinutes: 50,
    bufferMinutes: 10,
    minNoticeMinutes: 24 * 60,
    horizonDays: 60,
    rules: [],
    exceptions: [],
  };
}
