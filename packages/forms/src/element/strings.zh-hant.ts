/** 繁體中文 strings, loaded only when a page asks for this language. */
import { type UiStrings, zhHans } from './strings.js';

const zhHant: UiStrings = {
  ...zhHans,
  required: '（必填）',
  choose: '請選擇',
  previous: '上一步',
  next: '下一步',
  submit: '提交',
  steps: '填寫步驟',
  step: (n, total, title) => `第 ${n} 步，共 ${total} 步：${title}`,
  summary: (count) => `有 ${count} 處需要修改`,
  counter: (n, max) => `已寫 ${n} 字，最多 ${max} 字`,
  remove: '移除',
  removeFile: (name) => `移除 ${name}`,
  chosenFiles: '已選檔案',
  fileTooBig: (name, max) => `檔案「${name}」太大，每個檔案不能超過 ${max}`,
  fileType: (name) => `不支援檔案「${name}」的類型`,
  tooManyFiles: (max) => `最多只能上傳 ${max} 個檔案`,
  divisionHint: '請填寫 12 位統計用區劃代碼，例如 211102001000',
  personHint: '請填寫委員編號，多個編號用逗號分隔',
  levels: { province: '省', prefecture: '市', county: '區（縣）', town: '鄉鎮（街道）', village: '村（社區）' },
  findMember: '查找委員（姓名、界別或黨派）',
  addMember: (name) => `新增 ${name}`,
  removeMember: (name) => `移除 ${name}`,
  chosenMembers: '已選委員',
  noMatch: '沒有找到符合的委員',
  membersFull: (max) => `最多選擇 ${max} 位`,
  matches: (n) => `找到 ${n} 位委員`,
  residentIdHint: '離開輸入框後只顯示前 3 位和後 4 位',
  lng: '經度',
  lat: '緯度',
  submitted: '已提交',
};

export default zhHant;
