/**
 * Bearer tokens of the mock: `txmock.<payload>.<check>`, where the payload is the signed-in user and
 * an expiry (base64url JSON) and the check a short keyed hash. No real signing (no key material
 * reaches the page): the mock only needs to tell its own tokens from anything else, and they keep
 * working after a reload because nothing is remembered between page loads.
 */
import { User } from '@tongxin/core';

const PREFIX = 'txmock';

const toBase64Url = (text: string) =>
  btoa(Array.from(new TextEncoder().encode(text), (b) => String.fromCharCode(b)).join(''))
    .replace(/=+$/, '')
    .replace(/\+/g, '-')
    .replace(/\//g, '_');
const fromBase64Url = (text: string) =>
  new TextDecoder('utf-8', { fatal: true }).decode(
    Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0)),
  );

/** FNV-1a (64-bit) of the secret and the payload: a check against typos and forgeries by accident, not an attacker. */
function check(secret: string, payload: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(`${secret}\n${payload}`)) {
    hash ^= BigInt(byte);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(36);
}

/** Issues and reads the mock's tokens. */
export function tokenKit(secret: string, ttlSeconds = 8 * 3600) {
  return {
    /** A token for `user`, valid for the TTL from `now`. */
    issue(user: User, now: Date): { token: string; expiresAt: Date } {
      const expiresAt = new Date(now.getTime() + ttlSeconds * 1000);
      const payload = toBase64Url(JSON.stringify({ user, exp: Math.floor(expiresAt.getTime() / 1000) }));
      return { token: `${PREFIX}.${payload}.${check(secret, payload)}`, expiresAt };
    },
    /** The user of a token this kit issued and that has not expired, else undefined. */
    verify(token: string, now: Date): User | undefined {
      const [prefix, payload, sum, ...rest] = token.split('.');
      if (prefix !== PREFIX || !payload || rest.length > 0 || sum !== check(secret, payload)) return undefined;
      try {
        const { user, exp } = JSON.parse(fromBase64Url(payload)) as { user: unknown; exp: unknown };
        if (typeof exp !== 'number' || exp * 1000 <= now.getTime()) return undefined;
        const parsed = User.safeParse(user);
        return parsed.success ? parsed.data : undefined;
      } catch {
        return undefined;
      }
    },
  };
}
