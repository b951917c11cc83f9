import * as z from 'zod/mini';
import type { OfficerApi } from '../../contract/index.js';
import { IdempotencyKey } from '../../model/index.js';
import { WIRE_ROUTES as R } from './routes.js';
import type { Send } from './transport.js';

export function httpOfficerApi(send: Send): OfficerApi {
  return {
    me: (options) => send(R['officer.me'], {}, options),
    listClinicians: (filter, options) =>
      send(R['officer.listClinicians'], { query: filter ?? {} }, options),
    listSlots: (query, options) => send(R['officer.listSlots'], { query }, options),
    book: (request, options) =>
      send(R['officer.book'], { body: request, idempotencyKey: keyOf(request) }, options),
    listVisits: (range, options) => send(R['officer.listVisits'], { query: range ?? {} }, options),
    getVisit: (visitId, options) =>
      send(R['officer.getVisit'], { params: { id: visitId } }, options),
    reschedule: (visitId, request, options) =>
      send(R['officer.reschedule'], { params: { id: visitId }, body: request }, options),
    cancel: (visitId, request, options) =>
      send(R['officer.cancel'], { params: { id: visitId }, body: request ?? {} }, options),
    attendance: (periodId, options) =>
      send(R['officer.attendance'], { query: { periodId } }, options),
    attendanceAccessLog: (options) => send(R['officer.attendanceAccessLog'], {}, options),
    reminders: (options) => send(R['officer.reminders'], {}, options),
    reminderPreferences: (options) => send(R['officer.reminderPreferences'], {}, options),
    setReminderPreferences: (preferences, options) =>
      send(R['officer.setReminderPreferences'], { body: preferences }, options),
  };
}

/** The booking's idempotency key when it is a valid one; the server names any invalid one. */
function keyOf(request: unknown): string | undefined {
  const key = (request as { idempotencyKey?: unknown } | undefined)?.idempotencyKey;
  const result = z.safeParse(IdempotencyKey, key);
  return result.success ? result.data : undefined;
}
