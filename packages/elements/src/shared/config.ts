/**
 * The county configuration, fetched once per endpoint and county and kept on the device so a
 * widget opened offline still has its lists (units, categories, divisions).
 */
import type { CountyConfig, TongxinClient } from '@tongxin/core';
import type { getConfig } from '@tongxin/core/routes';

const pending = new Map<string, Promise<CountyConfig>>();
// The version in the key retires copies written in an older shape.
const storageKey = (client: TongxinClient<{ getConfig: typeof getConfig }>) => `tongxin:config:v1:${client.baseUrl}|${client.tenant}`;

function stored(key: string): CountyConfig | undefined {
  try {
    const raw = localStorage.getItem(key);
    if (!raw) return undefined;
    // Written by loadConfig from a server response for this county: a shape check is enough (the
    // schema would bring zod into every widget).
    const parsed = JSON.parse(raw) as Partial<CountyConfig> | null;
    return parsed?.tenant === key.slice(-6) && Array.isArray(parsed.units) && parsed.deadlines ? (parsed as CountyConfig) : undefined;
  } catch {
    return undefined;
  }
}

/** The county's configuration: from the server, else the last copy on this device. */
export function loadConfig(client: TongxinClient<{ getConfig: typeof getConfig }>): Promise<CountyConfig> {
  const key = storageKey(client);
  const existing = pending.get(key);
  if (existing) return existing;
  const promise = client.getConfig().then(
    (config) => {
      try {
        localStorage.setItem(key, JSON.stringify(config));
      } catch {
        // Storage full or blocked: the copy in memory still serves this page.
      }
      return config;
    },
    (error: unknown) => {
      pending.delete(key);
      const copy = stored(key);
      if (copy) return copy;
      throw error;
    },
  );
  pending.set(key, promise);
  return promise;
}

/** Forgets fetched configurations (tests, or after staff changed it). */
export function clearConfigCache(): void {
  pending.clear();
}
