/** The notice `<tx-form>` shows after restoring a draft, in the three languages. */
import type { Locale } from '@tongxin/core';

export type DraftStrings = {
  /** `at`: the save time, already formatted. */
  restored: (at: string) => string;
  /** `labels`: what could not be restored. */
  dropped: (labels: readonly string[]) => string;
};

export const DRAFT_STRINGS: Record<Locale, DraftStrings> = {
  'zh-Hans': {
    restored: (at) => `已恢复您上次未提交的内容（保存于${at}）。`,
    dropped: (labels) => `表单已更新，以下内容未能恢复：${labels.join('、')}。`,
  },
  'zh-Hant': {
    restored: (at) => `已恢復您上次未提交的內容（儲存於${at}）。`,
    dropped: (labels) => `表單已更新，以下內容未能恢復：${labels.join('、')}。`,
  },
  en: {
    restored: (at) => `Restored what you entered last time and did not submit (saved ${at}).`,
    dropped: (labels) => `The form has changed; these could not be restored: ${labels.join(', ')}.`,
  },
};

/** A save time for the notice, e.g. `3月5日 14:05`. */
export function formatSavedAt(at: number, locale: Locale): string {
  try {
    return new Intl.DateTimeFormat(locale, { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' }).format(at);
  } catch {
    return new Date(at).toISOString();
  }
}
