import { API_ROUTES, ROUTE_SUMMARIES, type ApiRoute } from '@wellvisit/sdk/server';
import { ORIGIN_ROUTES } from './origins.js';

/** A route with its line of documentation, as this server mounts and documents it. */
export type DocumentedRoute = ApiRoute & { readonly summary: string };

/** Every route this server serves: the SDK's table and the server's own admin routes. */
export const SERVER_ROUTES: Readonly<Record<string, DocumentedRoute>> = {
  ...Object.fromEntries(
    Object.entries(API_ROUTES).map(([name, route]) => [
      name,
      { ...route, summary: ROUTE_SUMMARIES[name as keyof typeof ROUTE_SUMMARIES] },
    ]),
  ),
  ...ORIGIN_ROUTES,
};
