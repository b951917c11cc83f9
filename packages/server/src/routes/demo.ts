import type { Hono } from 'hono';
import * as z from 'zod/mini';
import { Id, NotFoundError, parseOrThrow, type Session } from '@wellvisit/sdk';
import { DEMO_SESSIONS } from '@wellvisit/sdk/demo';
import type { TokenService } from '../auth/tokens.js';
import type { Database } from '../db/database.js';
import { readJsonBody } from '../http/body.js';
import type { RateLimiter } from '../http/rate-limit.js';
import { findClinician, findDepartment, findOfficer } from '../store/directory.js';

const SignIn = z.object({
  role: z.enum(['officer', 'clinician', 'department-admin']),
  /** An officer, clinician or department id; the demo's first one of that role when left out. */
  id: z.optional(Id),
});

const DEMO_TOKEN_TTL_SECONDS = 3600;

/**
 * `POST /demo/sign-in {role, id?}`: an embed token for a demo principal, so the example pages
 * can show every role without a host backend. Mounted only in demo mode.
 */
export function mountDemo(
  app: Hono,
  deps: { db: Database; tokens: TokenService; limiter?: RateLimiter },
): void {
  const { db } = deps;

  const sessionFor = async (
    role: z.infer<typeof SignIn>['role'],
    id?: string,
  ): Promise<Session> => {
    if (role === 'officer') {
      const record = await findOfficer(db, id ?? DEMO_SESSIONS.officer.officerId);
      if (!record) throw new NotFoundError('No such officer', { code: 'not-found' });
      const { officer } = record;
      return { role, officerId: officer.id, departmentId: officer.departmentId };
    }
    if (role === 'clinician') {
      const record = await findClinician(db, id ?? DEMO_SESSIONS.clinician.clinicianId);
      if (!record) throw new NotFoundError('No such clinician', { code: 'not-found' });
      const { clinician } = record;
      return { role, clinicianId: clinician.id, practiceId: clinician.practiceId };
    }
    const department = await findDepartment(db, id ?? DEMO_SESSIONS.departmentAdmin.departmentId);
    if (!department) throw new NotFoundError('No such department', { code: 'not-found' });
    return { role, adminId: `admin-${department.id}`, departmentId: department.id };
  };

  app.post('/demo/sign-in', async (c) => {
    await deps.limiter?.take('demo-sign-in');
    const { role, id } = parseOrThrow(SignIn, (await readJsonBody(c)) ?? {}, 'sign-in');
    const session = await sessionFor(role, id);
    const token = await deps.tokens.issue({ session, ttlSeconds: DEMO_TOKEN_TTL_SECONDS });
    return c.json({ ...token, session });
  });
}
