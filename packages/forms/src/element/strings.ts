/**
 * The few UI strings of `<tx-form>` (buttons, progress, summary, file list) in the three
 * languages, zh-Hans first. Validation messages come from core's catalogs, not from here.
 */
import { localized } from '@tongxin/core';

/** UI strings of one language. */
export type UiStrings = {
  /** Marks a required field in text (not colour alone). */
  required: string;
  /** The empty first option of a select. */
  choose: string;
  previous: string;
  next: string;
  submit: string;
  /** Accessible name of the list of steps. */
  steps: string;
  step: (n: number, total: number, title: string) => string;
  summary: (count: number) => string;
  /** Joins a field label and its message in the summary. */
  issue: (label: string, message: string) => string;
  counter: (n: number, max: number) => string;
  remove: string;
  removeFile: (name: string) => string;
  chosenFiles: string;
  fileTooBig: (name: string, max: string) => string;
  fileType: (name: string) => string;
  tooManyFiles: (max: number) => string;
  divisionHint: string;
  personHint: string;
  /** Names of division levels, for the picker's selects. */
  levels: Record<'province' | 'prefecture' | 'county' | 'town' | 'village', string>;
  findMember: string;
  addMember: (name: string) => string;
  removeMember: (name: string) => string;
  chosenMembers: string;
  noMatch: string;
  membersFull: (max: number) => string;
  matches: (n: number) => string;
  residentIdHint: string;
  lng: string;
  lat: string;
  submitted: string;
};

export const zhHans: UiStrings = {
  required: '（必填）',
  choose: '请选择',
  previous: '上一步',
  next: '下一步',
  submit: '提交',
  steps: '填写步骤',
  step: (n, total, title) => `第 ${n} 步，共 ${total} 步：${title}`,
  summary: (count) => `有 ${count} 处需要修改`,
  issue: (label, message) => `${label}：${message}`,
  counter: (n, max) => `已写 ${n} 字，最多 ${max} 字`,
  remove: '移除',
  removeFile: (name) => `移除 ${name}`,
  chosenFiles: '已选文件',
  fileTooBig: (name, max) => `文件“${name}”太大，每个文件不能超过 ${max}`,
  fileType: (name) => `不支持文件“${name}”的类型`,
  tooManyFiles: (max) => `最多只能上传 ${max} 个文件`,
  divisionHint: '请填写 12 位统计用区划代码，例如 211102001000',
  personHint: '请填写委员编号，多个编号用逗号分隔',
  levels: { province: '省', prefecture: '市', county: '区（县）', town: '乡镇（街道）', village: '村（社区）' },
  findMember: '查找委员（姓名、界别或党派）',
  addMember: (name) => `添加 ${name}`,
  removeMember: (name) => `移除 ${name}`,
  chosenMembers: '已选委员',
  noMatch: '没有找到符合的委员',
  membersFull: (max) => `最多选择 ${max} 位`,
  matches: (n) => `找到 ${n} 位委员`,
  residentIdHint: '离开输入框后只显示前 3 位和后 4 位',
  lng: '经度',
  lat: '纬度',
  submitted: '已提交',
};

export const UI_STRINGS = localized(zhHans, (locale) =>
  (locale === 'en' ? import('./strings.en.js') : import('./strings.zh-hant.js')).then((m) => m.default),
);
