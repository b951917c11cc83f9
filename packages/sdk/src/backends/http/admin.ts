import type { AdminApi } from '../../contract/index.js';
import { WIRE_ROUTES as R } from './routes.js';
import type { Send } from './transport.js';

/** Program set-up over HTTP, with the API key as the token: for a host's server, never a browser. */
export function httpAdminApi(send: Send): AdminApi {
  return {
    createDepartment: (department, options) =>
      send(R['admin.createDepartment'], { body: department }, options),
    createOfficer: (officer, options) => send(R['admin.createOfficer'], { body: officer }, options),
    createPractice: (practice, options) =>
      send(R['admin.createPractice'], { body: practice }, options),
    createClinician: (clinician, options) =>
      send(R['admin.createClinician'], { body: clinician }, options),
    issueToken: (request, options) => send(R['admin.issueToken'], { body: request }, options),
  };
}
