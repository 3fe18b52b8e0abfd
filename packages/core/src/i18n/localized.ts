/**
 * Tables of user-interface strings per language: zh-Hans is built into the bundle, zh-Hant and
 * English are separate chunks loaded the first time a page asks for them — so a page in Simplified
 * Chinese (nearly every county site) never downloads them, and one in English shows zh-Hans for the
 * moment its table takes to arrive (or for good when it cannot be loaded, e.g. offline).
 */
import type { Locale } from '../contract/common.js';
import { hasLocale, registerLocale } from '../messages.js';

/** The languages that are loaded on demand. */
export type LoadedLocale = Exclude<Locale, 'zh-Hans'>;

/** One table of strings in every language. */
export interface Localized<T> {
  /**
   * The table for `locale` if it is here, else zh-Hans while it loads; `onLoad` is called once
   * when it has arrived (pass the same function on every call: a host's re-render).
   */
  get(locale: Locale, onLoad?: () => void): T;
  /** Loads the table for `locale` (zh-Hans when it cannot be loaded). */
  load(locale: Locale): Promise<T>;
}

/**
 * A table with zh-Hans at hand and the other languages loaded by `load`.
 * @example
 * export const STRINGS = localized(zhHans, (l) => (l === 'en' ? import('./strings.en.js') : import('./strings.zh-hant.js')).then((m) => m.default));
 * render() { const s = STRINGS.get(this.locale, this.rerender); … }
 */
export function localized<T>(zhHans: T, load: (locale: LoadedLocale) => Promise<T>): Localized<T> {
  const tables: Partial<Record<Locale, T>> = { 'zh-Hans': zhHans };
  const pending = new Map<Locale, Promise<T>>();
  const waiting = new Map<Locale, Set<() => void>>();
  const fetchTable = (locale: Locale): Promise<T> => {
    const here = tables[locale];
    if (here) return Promise.resolve(here);
    let promise = pending.get(locale);
    if (!promise) {
      // A failed load keeps zh-Hans for this page rather than trying again on every render.
      promise = load(locale as LoadedLocale).then(
        (table) => table,
        () => zhHans,
      );
      promise.then((table) => {
        tables[locale] = table;
        const listeners = waiting.get(locale);
        waiting.delete(locale);
        for (const listener of listeners ?? []) listener();
      });
      pending.set(locale, promise);
    }
    return promise;
  };
  return {
    get(locale, onLoad) {
      const here = tables[locale];
      if (here) return here;
      if (onLoad) {
        const listeners = waiting.get(locale) ?? new Set();
        listeners.add(onLoad);
        waiting.set(locale, listeners);
      }
      void fetchTable(locale);
      return zhHans;
    },
    load: fetchTable,
  };
}

const catalogLoads = new Map<Locale, Promise<void>>();

/**
 * Installs the core message catalog of `locale` (validation and problem messages) when it is not
 * yet installed, loading it on demand; resolves when messages in that language are available.
 * @example await ensureLocale('en'); message('required', 'en') // 'This field is required'
 */
export function ensureLocale(locale: Locale): Promise<void> {
  if (hasLocale(locale)) return Promise.resolve();
  let promise = catalogLoads.get(locale);
  if (!promise) {
    promise = (locale === 'en' ? import('./en.js').then((m) => m.en) : import('./zh-hant.js').then((m) => m.zhHant)).then(
      (catalog) => registerLocale(locale, catalog),
      () => {
        // Offline before the chunk was fetched: messages stay in zh-Hans; a later call tries again.
        catalogLoads.delete(locale);
      },
    );
    catalogLoads.set(locale, promise);
  }
  return promise;
}
