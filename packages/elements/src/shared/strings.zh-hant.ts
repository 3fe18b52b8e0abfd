/** 繁體中文 strings, loaded only when a page asks for this language. */
import type { SharedStrings } from './strings.js';

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

export default zhHant;
