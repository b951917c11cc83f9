import { SignJWT, jwtVerify } from 'jose';
import * as z from 'zod/mini';
import {
  Id,
  UnauthorizedError,
  type EmbedToken,
  type Session,
  type TokenRequest,
} from '@wellvisit/sdk';

const ISSUER = 'wellvisit-server';
const DEFAULT_TTL_SECONDS = 900;

/** What a verified embed token grants: one principal, maybe pinned to one page origin. */
export interface TokenGrant {
  session: Session;
  allowedOrigin?: string;
}

const Claims = z.object({
  sub: Id,
  role: z.enum(['officer', 'clinician', 'department-admin']),
  /** The tenant: the department (officer, department admin) or the practice (clinician). */
  tid: Id,
  origin: z.optional(z.string()),
  /** A manage link's token: one visit of the officer's. */
  vid: z.optional(Id),
});

export interface TokenService {
  issue(request: TokenRequest): Promise<EmbedToken>;
  /** Throws `UnauthorizedError` for a missing, tampered, expired or foreign token. */
  verify(token: string): Promise<TokenGrant>;
}

/**
 * Whether every part of a compact JWT is canonical base64url. Decoders ignore the spare bits of
 * the last character, so without this check a token whose final character was changed could
 * still verify: any change to a token must make it invalid.
 */
function isCanonical(token: string): boolean {
  const parts = token.split('.');
  return (
    parts.length === 3 &&
    parts.every((part) => Buffer.from(part, 'base64url').toString('base64url') === part)
  );
}

function principal(session: Session): { sub: string; tid: string } {
  switch (session.role) {
    case 'officer':
      return { sub: session.officerId, tid: session.departmentId };
    case 'clinician':
      return { sub: session.clinicianId, tid: session.practiceId };
    case 'department-admin':
      return { sub: session.adminId, tid: session.departmentId };
  }
}

function sessionOf(claims: z.infer<typeof Claims>): Session {
  switch (claims.role) {
    case 'officer':
      return {
        role: 'officer',
        officerId: claims.sub,
        departmentId: claims.tid,
        ...(claims.vid === undefined ? {} : { visitId: claims.vid }),
      };
    case 'clinician':
      return { role: 'clinician', clinicianId: claims.sub, practiceId: claims.tid };
    case 'department-admin':
      return { role: 'department-admin', adminId: claims.sub, departmentId: claims.tid };
  }
}

/**
 * Short-lived embed tokens: HS256 JWTs scoped to one principal, one audience and optionally one
 * page origin. `now` is the server's clock, so tests can move time forward.
 */
export function createTokenService(options: {
  secret: Uint8Array;
  audience: string;
  now: () => Date;
}): TokenService {
  const { secret, audience, now } = options;
  const seconds = () => Math.floor(now().getTime() / 1000);
  return {
    async issue(request) {
      const issuedAt = seconds();
      const expiresAt = issuedAt + (request.ttlSeconds ?? DEFAULT_TTL_SECONDS);
      const { sub, tid } = principal(request.session);
      const token = await new SignJWT({
        role: request.session.role,
        tid,
        ...(request.session.role === 'officer' && request.session.visitId !== undefined
          ? { vid: request.session.visitId }
          : {}),
        ...(request.allowedOrigin === undefined
          ? {}
          : { origin: new URL(request.allowedOrigin).origin }),
      })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setSubject(sub)
        .setIssuer(ISSUER)
        .setAudience(audience)
        .setIssuedAt(issuedAt)
        .setExpirationTime(expiresAt)
        .sign(secret);
      return { token, expiresAt: new Date(expiresAt * 1000).toISOString().replace('.000Z', 'Z') };
    },
    async verify(token) {
      if (!isCanonical(token)) {
        throw new UnauthorizedError('The token is not valid', { code: 'invalid-token' });
      }
      let payload: unknown;
      try {
        ({ payload } = await jwtVerify(token, secret, {
          algorithms: ['HS256'],
          issuer: ISSUER,
          audience,
          currentDate: now(),
        }));
      } catch (cause) {
        const expired = (cause as { code?: unknown }).code === 'ERR_JWT_EXPIRED';
        throw new UnauthorizedError(expired ? 'The token has expired' : 'The token is not valid', {
          code: expired ? 'token-expired' : 'invalid-token',
          cause,
        });
      }
      const claims = z.safeParse(Claims, payload);
      if (!claims.success)
        throw new UnauthorizedError('The token is not valid', { code: 'invalid-token' });
      return {
        session: sessionOf(claims.data),
        ...(claims.data.origin === undefined ? {} : { allowedOrigin: claims.data.origin }),
      };
    },
  };
}
