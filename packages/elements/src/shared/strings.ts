/** Strings every widget shares (status, offline, configuration problems), zh-Hans first. */
import { localized } from '@tongxin/core';

export type SharedStrings = {
  loading: string;
  retry: string;
  offline: string;
  online: string;
  savedOffline: string;
  configTitle: string;
  missing: (attribute: string, tag: string) => string;
  badTenant: (value: string) => string;
  badEndpoint: (value: string) => string;
  loadFailed: string;
  close: string;
};

const zhHans: SharedStrings = {
  loading: '正在加载…',
  retry: '重试',
  offline: '当前离线：填写的内容会先保存在本机，联网后自动发送。',
  online: '已联网',
  savedOffline: '已保存在本机，联网后将自动发送。',
  configTitle: '组件配置有误',
  missing: (attribute, tag) =>
    `缺少 ${attribute}：请在 <${tag}> 上设置 ${attribute}="…"，或把它放在设置了 ${attribute} 的 <tx-provider> 里。`,
  badTenant: (value) => `tenant 应为 6 位行政区划代码（如 211100），现在是“${value}”。`,
  badEndpoint: (value) => `endpoint 应为 http(s) 地址，现在是“${value}”。`,
  loadFailed: '加载失败，请检查网络后重试。',
  close: '关闭',
};

export const SHARED_STRINGS = localized(zhHans, (locale) =>
  (locale === 'en' ? import('./strings.en.js') : import('./strings.zh-hant.js')).then((m) => m.default),
);
