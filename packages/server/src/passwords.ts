/**
 * Query passwords of citizens' opinions: 8 random digits, stored hashed with scrypt.
 *
 * scrypt cost: the passwords are 8 random digits (~27 bits), so a slow hash cannot make them strong,
 * only make a stolen table costlier to search, while every anonymous submission pays it. N = 2^10
 * (1 MiB, ~2 ms) keeps submissions fast; guessing online is stopped by the lookup rate limits (per
 * address and per tracking code) and the 60-bit tracking code that must match too. Stored hashes
 * carry their N, so raising it later keeps old ones verifiable.
 */
import { randomBytes, randomInt, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const scryptAsync = promisify(scrypt) as (password: string, salt: Buffer, keylen: number, options: object) => Promise<Buffer>;
/** scrypt parameters; `TONGXIN_SCRYPT_N` (a power of two) lets an operator trade cost for throughput. */
const COST = { N: Number(process.env.TONGXIN_SCRYPT_N ?? 1024), r: 8, p: 1 };
if (!Number.isInteger(Math.log2(COST.N)) || COST.N < 2)
  throw new Error(`[tongxin] TONGXIN_SCRYPT_N must be a power of two, got ${process.env.TONGXIN_SCRYPT_N}`);

/** A query password: 8 random digits (easy to read aloud; guessing is rate-limited). */
export const newQueryPassword = () => String(randomInt(0, 100_000_000)).padStart(8, '0');

/** Hashes a password as `scrypt$N$salt$hash`. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scryptAsync(password, salt, 32, COST);
  return `scrypt$${COST.N}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

/** Whether `password` matches a stored hash (in constant time). */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [, n, salt, hash] = stored.split('$');
  if (!salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await scryptAsync(password, Buffer.from(salt, 'base64'), expected.length, { ...COST, N: Number(n) });
  return timingSafeEqual(actual, expected);
}

/**
 * New passwords with their hashes, computed ahead of time in a small pool refilled in the
 * background, so that hashing does not hold a database connection inside a submission's transaction.
 */
export function passwordPool(size = 32) {
  const ready: { password: string; hash: string }[] = [];
  let refilling = false;
  const make = async () => {
    const password = newQueryPassword();
    return { password, hash: await hashPassword(password) };
  };
  const refill = async () => {
    if (refilling) return;
    refilling = true;
    try {
      while (ready.length < size) ready.push(await make());
    } finally {
      refilling = false;
    }
  };
  return async () => {
    const pair = ready.shift();
    if (ready.length < size / 2) void refill();
    return pair ?? make();
  };
}
