/**
 * "My submissions" on this device: tracking codes and query passwords only (no personal data), so
 * a citizen can look an opinion up again without writing the code down.
 */

export interface SavedCode {
  trackingCode: string;
  queryPassword: string;
  /** When it was submitted (ISO). */
  at: string;
}

const KEY = (tenant: string) => `tongxin:my-opinions:${tenant}`;
const MAX = 50;

export function savedCodes(tenant: string): SavedCode[] {
  try {
    const raw = JSON.parse(localStorage.getItem(KEY(tenant)) ?? '[]') as unknown;
    if (!Array.isArray(raw)) return [];
    return raw.filter(
      (c): c is SavedCode =>
        typeof c === 'object' &&
        c !== null &&
        typeof c.trackingCode === 'string' &&
        typeof c.queryPassword === 'string' &&
        typeof c.at === 'string',
    );
  } catch {
    return [];
  }
}

/** Adds a code (newest first, at most 50 kept). Returns false when the device would not store it. */
export function saveCode(tenant: string, code: SavedCode): boolean {
  const next = [code, ...savedCodes(tenant).filter((c) => c.trackingCode !== code.trackingCode)].slice(0, MAX);
  try {
    localStorage.setItem(KEY(tenant), JSON.stringify(next));
    return true;
  } catch {
    return false;
  }
}

export function forgetCode(tenant: string, trackingCode: string): void {
  try {
    localStorage.setItem(KEY(tenant), JSON.stringify(savedCodes(tenant).filter((c) => c.trackingCode !== trackingCode)));
  } catch {
    // Nothing stored, nothing to forget.
  }
}
