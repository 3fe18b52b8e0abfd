/**
 * Rate limits for the routes anyone may call: token buckets per client address and per user, in
 * memory (each instance limits on its own; behind a load balancer the effective limit is that
 * times the number of instances).
 */

/** A bucket: `burst` requests at once, refilled by one every `refillSeconds`. */
export interface Bucket {
  burst: number;
  refillSeconds: number;
}

/** Limits by group of routes. */
export interface RateLimitOptions {
  /** Anonymous submissions: opinions and attachments. */
  submit?: Bucket;
  /** Looking an opinion up by tracking code and password (guards against guessing). */
  lookup?: Bucket;
  /** Lookups of one tracking code, from any address (guessing its password from many machines). */
  lookupCode?: Bucket;
  /** The dev login. */
  login?: Bucket;
}

const GROUPS: Record<string, keyof RateLimitOptions> = {
  createOpinion: 'submit',
  uploadAttachment: 'submit',
  lookupOpinion: 'lookup',
  devLogin: 'login',
};

/** Token buckets keyed by group and caller. */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly limits: Required<RateLimitOptions>;

  constructor(
    options: RateLimitOptions,
    private readonly now = () => Date.now(),
  ) {
    this.limits = {
      submit: options.submit ?? { burst: 30, refillSeconds: 20 },
      lookup: options.lookup ?? { burst: 10, refillSeconds: 6 },
      lookupCode: options.lookupCode ?? { burst: 10, refillSeconds: 60 },
      login: options.login ?? { burst: 20, refillSeconds: 3 },
    };
  }

  /** Takes a token for this call; returns seconds to wait when there is none (else undefined). */
  take(route: string, ip: string, user?: string): number | undefined {
    const group = GROUPS[route];
    return group ? this.takeFrom(group, user ? [`ip:${ip}`, `user:${user}`] : [`ip:${ip}`]) : undefined;
  }

  /** Takes a token from each named bucket of a group. */
  takeFrom(group: keyof RateLimitOptions, whos: string[]): number | undefined {
    const bucket = this.limits[group];
    let wait: number | undefined;
    for (const who of whos) {
      const key = `${group}|${who}`;
      const now = this.now();
      const state = this.buckets.get(key) ?? { tokens: bucket.burst, at: now };
      const tokens = Math.min(bucket.burst, state.tokens + (now - state.at) / 1000 / bucket.refillSeconds);
      if (tokens < 1) {
        wait = Math.max(wait ?? 0, Math.ceil((1 - tokens) * bucket.refillSeconds));
        this.buckets.set(key, { tokens, at: now });
      } else {
        this.buckets.set(key, { tokens: tokens - 1, at: now });
      }
    }
    if (this.buckets.size > 100_000) this.buckets.clear(); // bounded memory under an address scan
    return wait;
  }
}
