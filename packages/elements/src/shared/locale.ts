import { LOCALES, type Locale } from '@tongxin/core';

/** Maps a BCP 47 tag (`zh-TW`, `en-GB`, `zh-CN`…) to one of our locales; undefined when none fits. */
export function toLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined;
  if ((LOCALES as readonly string[]).includes(tag)) return tag as Locale;
  const lower = tag.toLowerCase();
  if (/^zh-(hant|tw|hk|mo)\b/.test(lower)) return 'zh-Hant';
  if (lower.startsWith('zh')) return 'zh-Hans';
  if (lower.startsWith('en')) return 'en';
  return undefined;
}
