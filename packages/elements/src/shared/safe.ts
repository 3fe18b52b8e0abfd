/** Links from server data: only http(s), mailto and tel survive; anything else is dropped. */
export function safeUrl(
  value: string | undefined,
  base = typeof location === 'undefined' ? 'http://localhost/' : location.href,
): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, base);
    return ['http:', 'https:', 'mailto:', 'tel:'].includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
