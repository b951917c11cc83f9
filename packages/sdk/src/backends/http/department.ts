import type { DepartmentApi } from '../../contract/index.js';
import { WIRE_ROUTES as R } from './routes.js';
import type { Send } from './transport.js';

export function httpDepartmentApi(send: Send): DepartmentApi {
  return {
    department: (options) => send(R['department.department'], {}, options),
    updatePolicy: (policy, options) =>
      send(R['department.updatePolicy'], { body: policy }, options),
    periods: (options) => send(R['department.periods'], {}, options),
    roster: (query, options) => send(R['department.roster'], { query: query ?? {} }, options),
    attendance: (officerId, periodId, options) =>
      send(R['department.attendance'], { params: { officerId }, query: { periodId } }, options),
    excuse: (officerId, periodId, options) =>
      send(R['department.excuse'], { params: { officerId, periodId } }, options),
    unexcuse: (officerId, periodId, options) =>
      send(R['department.unexcuse'], { params: { officerId, periodId } }, options),
  };
}
