import type { ClinicianApi } from '../../contract/index.js';
import { WIRE_ROUTES as R } from './routes.js';
import type { Send } from './transport.js';

export function httpClinicianApi(send: Send): ClinicianApi {
  return {
    me: (options) => send(R['clinician.me'], {}, options),
    listVisits: (range, options) =>
      send(R['clinician.listVisits'], { query: range ?? {} }, options),
    markAttendance: (visitId, mark, options) =>
      send(R['clinician.markAttendance'], { params: { id: visitId }, body: mark }, options),
    availability: (options) => send(R['clinician.availability'], {}, options),
    setAvailability: (availability, options) =>
      send(R['clinician.setAvailability'], { body: availability }, options),
  };
}
