/** The languages every label and message comes in; zh-Hans first (no zod here: UI code imports it alone). */
export const LOCALES = ['zh-Hans', 'zh-Hant', 'en'] as const;
