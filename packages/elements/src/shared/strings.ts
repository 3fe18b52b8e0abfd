/** Strings every widget shares (status, offline, configuration problems), zh-Hans first. */
import type { Locale } from '@tongxin/core';

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

const zhHant: SharedStrings = {
  loading: '正在載入…',
  retry: '重試',
  offline: '目前離線：填寫的內容會先保存在本機，連網後自動發送。',
  online: '已連網',
  savedOffline: '已保存在本機，連網後將自動發送。',
  configTitle: '元件設定有誤',
  missing: (attribute, tag) =>
    `缺少 ${attribute}：請在 <${tag}> 上設定 ${attribute}="…"，或把它放在設定了 ${attribute} 的 <tx-provider> 裡。`,
  badTenant: (value) => `tenant 應為 6 位行政區劃代碼（如 211100），現在是「${value}」。`,
  badEndpoint: (value) => `endpoint 應為 http(s) 位址，現在是「${value}」。`,
  loadFailed: '載入失敗，請檢查網路後重試。',
  close: '關閉',
};

const en: SharedStrings = {
  loading: 'Loading…',
  retry: 'Try again',
  offline: 'You are offline: what you fill in is kept on this device and sent when you are back online.',
  online: 'Online',
  savedOffline: 'Saved on this device; it will be sent when you are back online.',
  configTitle: 'This widget is not configured correctly',
  missing: (attribute, tag) =>
    `Missing ${attribute}: set ${attribute}="…" on <${tag}>, or place it inside a <tx-provider> that sets ${attribute}.`,
  badTenant: (value) => `tenant must be a 6-digit division code (such as 211100), not "${value}".`,
  badEndpoint: (value) => `endpoint must be an http(s) URL, not "${value}".`,
  loadFailed: 'Could not load. Check the connection and try again.',
  close: 'Close',
};

export const SHARED_STRINGS: Record<Locale, SharedStrings> = { 'zh-Hans': zhHans, 'zh-Hant': zhHant, en };
