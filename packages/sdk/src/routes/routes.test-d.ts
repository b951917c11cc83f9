import { describe, expectTypeOf, it } from 'vitest';
import type {
  AdminApi,
  ClinicianApi,
  DepartmentApi,
  OfficerApi,
  WellvisitBackend,
} from '../contract/index.js';
import type { ApiRoutes, RouteName } from './routes.js';

// The route table is the one declaration of every endpoint: the HTTP backend, the memory
// backend's checks and the server are generated from it. These fail to compile when the table
// and the contract drift apart.

type ContractName =
  | 'session'
  | `officer.${keyof OfficerApi}`
  | `clinician.${keyof ClinicianApi}`
  | `department.${keyof DepartmentApi}`
  | `admin.${keyof AdminApi}`;

type Api = {
  session: { session: WellvisitBackend['session'] };
  officer: OfficerApi;
  clinician: ClinicianApi;
  department: DepartmentApi;
  admin: AdminApi;
};
type MethodOf<N extends string> = N extends `${infer G}.${infer M}`
  ? G extends keyof Api
    ? M extends keyof Api[G]
      ? Api[G][M]
      : never
    : never
  : Api['session']['session'];

/** How many arguments come before the call options. */
type Arity<F> = F extends (...args: infer A) => unknown
  ? Required<A> extends [...infer Before, unknown]
    ? Before['length']
    : never
  : never;
type ArgCount<R> = R extends { args: readonly unknown[] } ? R['args']['length'] : 0;

describe('the route table', () => {
  it('has one route per contract method, and no other', () => {
    expectTypeOf<RouteName>().toEqualTypeOf<ContractName>();
  });

  it('maps every argument of each method, before the call options', () => {
    type Mismatched = {
      [N in RouteName]: Arity<MethodOf<N>> extends ArgCount<ApiRoutes[N]> ? never : N;
    }[RouteName];
    expectTypeOf<Mismatched>().toEqualTypeOf<never>();
  });
});
