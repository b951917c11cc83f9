import { SignJWT, jwtVerify } from 'jose';
import * as z from 'zod/mini';
import { MANAGE_LINK_MAX_SECONDS } from '@wellvisit/sdk/server';
import {
  Id,
  UnauthorizedError,
  type EmbedToken,
  type Session,
  type TokenRequest,
} from '@wellvisit/sdk';

const ISSUER = 'wellvisit-server';
const DEFAULT_TTL_SECONDS = 900;
/** The longest lifetime a token may claim (`exp - iat`), as `TokenRequest.ttlSeconds` allows. */
const MAX_TTL_SECONDS = 3600;
/** Verified tokens remembered at once: a page of widgets shares one; each is kept until it expires. */
const CACHED_TOKENS = 10_000;

const invalid = () => new UnauthorizedError('The token is not valid', { code: 'invalid-token' });
const expired = (cause?: unknown) =>
  new UnauthorizedError('The token has expired', { code: 'token-expired', cause });

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
  iat: z.number(),
  exp: z.number(),
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

  /** The signature, issuer, audience, lifetime and claims of a token not seen before. */
  async function check(token: string): Promise<{ grant: TokenGrant; exp: number }> {
    if (!isCanonical(token)) throw invalid();
    let payload: unknown;
    try {
      ({ payload } = await jwtVerify(token, secret, {
        algorithms: ['HS256'],
        issuer: ISSUER,
        audience,
        currentDate: now(),
        requiredClaims: ['exp', 'iat'],
      }));
    } catch (cause) {
      if ((cause as { code?: unknown }).code === 'ERR_JWT_EXPIRED') throw expired(cause);
      throw new UnauthorizedError('The token is not valid', { code: 'invalid-token', cause });
    }
    const claims = z.safeParse(Claims, payload);
    // A token must not outlive what this server issues, whoever holds the secret.
    // A manage link's token (one visit) may live up to a day, as the SDK's rule for links says.
    const longest =
      claims.success && claims.data.vid !== undefined ? MANAGE_LINK_MAX_SECONDS : MAX_TTL_SECONDS;
    if (!claims.success || claims.data.exp - claims.data.iat > longest) throw invalid();
    const grant = {
      session: sessionOf(claims.data),
      ...(claims.data.origin === undefined ? {} : { allowedOrigin: claims.data.origin }),
    };
    return { grant, exp: claims.data.exp };
  }

  // Verified tokens until they expire: one HMAC and parse per token, not per request. When full,
  // the oldest goes (tokens live at most an hour, so it is the first to expire), never all at once.
  const verified = new Map<string, { grant: TokenGrant; exp: number }>();
  function remember(token: string, grant: TokenGrant, exp: number): void {
    const oldest = verified.keys().next();
    if (verified.size >= CACHED_TOKENS && !oldest.done) verified.delete(oldest.value);
    verified.set(token, { grant, exp });
  }

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
      const cached = verified.get(token);
      if (cached) {
        if (seconds() < cached.exp) return cached.grant;
        verified.delete(token);
        throw expired();
      }
      const { grant, exp } = await check(token);
      remember(token, grant, exp);
      return grant;
    },
  };
}
