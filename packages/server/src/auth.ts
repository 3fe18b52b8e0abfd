/**
 * Bearer tokens: JWTs from the host site's identity provider, verified with `jose` against
 * configured keys — HS256 for development, ES256/RS256 public keys or a JWKS URL for production.
 * Claims: `sub` (user id), `name`, `tenant` (6-digit county code), `roles`, optional `member_id`
 * and `unit_id`. A dev-only login signs tokens for seeded demo accounts.
 */
import { type Role, User } from '@tongxin/core';
import { createLocalJWKSet, createRemoteJWKSet, importSPKI, type JWTPayload, type JWTVerifyGetKey, jwtVerify, SignJWT } from 'jose';

/** How tokens are verified. */
export interface AuthOptions {
  /** Shared secret for HS256 (development; also signs dev-login tokens). */
  hs256Secret?: string;
  /** PEM public keys (SPKI) for ES256 / RS256. */
  publicKeys?: { alg: 'ES256' | 'RS256'; pem: string }[];
  /** A JWKS URL of the identity provider. */
  jwksUrl?: string;
  /** A JWKS document given inline (tests, air-gapped setups). */
  jwks?: { keys: object[] };
  issuer?: string;
  audience?: string;
}

/** The verified caller. */
export type Principal = User;

const ROLES: readonly Role[] = ['citizen', 'member', 'staff', 'unit', 'admin'];

/** Builds a verifier; undefined means the token is not valid (expired, wrong key, bad claims). */
export async function createVerifier(options: AuthOptions): Promise<(token: string) => Promise<Principal | undefined>> {
  const keys: { alg: string; key: Parameters<typeof jwtVerify>[1] }[] = [];
  if (options.hs256Secret) keys.push({ alg: 'HS256', key: new TextEncoder().encode(options.hs256Secret) });
  for (const { alg, pem } of options.publicKeys ?? []) keys.push({ alg, key: await importSPKI(pem, alg) });
  const sets: { algs: string[]; get: JWTVerifyGetKey }[] = [];
  if (options.jwksUrl) sets.push({ algs: ['ES256', 'RS256'], get: createRemoteJWKSet(new URL(options.jwksUrl)) });
  if (options.jwks)
    sets.push({ algs: ['ES256', 'RS256'], get: createLocalJWKSet(options.jwks as Parameters<typeof createLocalJWKSet>[0]) });
  const claims = { ...(options.issuer && { issuer: options.issuer }), ...(options.audience && { audience: options.audience }) };

  return async (token) => {
    let payload: JWTPayload | undefined;
    for (const { alg, key } of keys) {
      try {
        payload = (await jwtVerify(token, key as Uint8Array, { algorithms: [alg], ...claims })).payload;
        break;
      } catch {}
    }
    for (const set of sets) {
      if (payload) break;
      try {
        payload = (await jwtVerify(token, set.get, { algorithms: set.algs, ...claims })).payload;
      } catch {}
    }
    if (!payload) return undefined;
    const roles = Array.isArray(payload.roles) ? payload.roles.filter((r): r is Role => ROLES.includes(r as Role)) : [];
    const user = User.safeParse({
      id: payload.sub,
      name: payload.name ?? payload.sub,
      tenant: payload.tenant,
      roles,
      ...(typeof payload.member_id === 'string' && { memberId: payload.member_id }),
      ...(typeof payload.unit_id === 'string' && { unitId: payload.unit_id }),
    });
    return user.success ? user.data : undefined;
  };
}

/** Signs an HS256 token for a user (dev login, tests). */
export async function signToken(user: User, secret: string, ttlSeconds = 8 * 3600): Promise<{ token: string; expiresAt: Date }> {
  const expiresAt = new Date(Date.now() + ttlSeconds * 1000);
  const token = await new SignJWT({
    name: user.name,
    tenant: user.tenant,
    roles: user.roles,
    ...(user.memberId && { member_id: user.memberId }),
    ...(user.unitId && { unit_id: user.unitId }),
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(user.id)
    .setIssuedAt()
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(new TextEncoder().encode(secret));
  return { token, expiresAt };
}
