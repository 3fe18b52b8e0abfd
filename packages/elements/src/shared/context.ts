/** What a `<tx-provider>` hands down to the widgets inside it (through `@lit/context`). */
import { createContext } from '@lit/context';
import type { Locale, TokenProvider } from '@tongxin/core';

/** Settings shared by every widget under one provider; a widget's own attributes win. */
export interface TongxinSettings {
  /** Base URL of the Tongxin API (`https://zx.example.gov.cn/api`). */
  endpoint?: string | undefined;
  /** The county's 6-digit division code. */
  tenant?: string | undefined;
  locale?: Locale | undefined;
  elder?: boolean | undefined;
  /** Whose outbox and drafts these are on a shared device (the signed-in user's id). */
  userKey?: string | undefined;
  /** Returns the signed-in user's bearer token (from the host site's identity provider). */
  getToken?: TokenProvider | undefined;
}

/** The context key; versioned so two incompatible copies on one page do not talk to each other. */
export const settingsContext = createContext<TongxinSettings | undefined>('tongxin-settings@1');
