/** 繁體中文 messages about form definitions, loaded with `ensureDefinitionLocale`. */
import type { Table } from './messages.js';

const zhHant: Table = {
  'definition.schema': '{where}：{detail}',
  'definition.unknown_field_type': '{where}的類型「{type}」不存在。可以使用的類型有：{known}',
  'definition.unknown_value': '{where}：「{value}」不是可以使用的值。可以使用的有：{allowed}',
  'definition.duplicate_key': '編號「{key}」用了不止一次（{where}）。整個表單裡每個步驟、分組和欄位的編號都不能重複',
  'rule.unknown_field': '{where}的條件用到了欄位「{key}」，但表單裡沒有這個欄位',
  'rule.notice_field': '{where}的條件用到了「{key}」，它是一段說明文字，沒有填寫的內容，不能作為條件',
  'rule.unknown_target': '{where}要控制的「{key}」在表單裡不存在（只能填寫欄位或分組的編號）',
  'rule.target_step': '{where}要控制的「{key}」是一個步驟，規則只能控制欄位或分組',
  'rule.require_section': '{where}把分組「{key}」設為必填，必填只能設在欄位上，請改為選擇分組裡的欄位',
  'rule.cycle': '有幾條規則互相依賴，繞成了一個圈：{cycle}。請修改規則，不要讓一個欄位的顯示與否最終取決於它自己',
  'rule.value_list': '{where}的條件「{op}」需要一組值（列表），現在只給了一個值',
  'rule.value_scalar': '{where}的條件「{op}」只能和一個值比較，現在給了一組值',
  'rule.value_missing': '{where}的條件「{op}」缺少要比較的值',
  'rule.value_unexpected': '{where}的條件「{op}」不需要比較的值，請刪去它',
  'options.missing': '{where}是選擇題，但既沒有填寫選項，也沒有指定選項來自哪個名單',
  'options.both': '{where}同時填寫了選項和選項名單，兩者只能選一種',
  'options.empty': '{where}的選項是空的，請至少添加一個選項',
  'options.blank_value': '{where}有一個選項的值是空白的',
  'options.duplicate': '{where}的選項值「{value}」重複了',
  'range.length': '{where}的最少字數（{min}）比最多字數（{max}）還大',
  'range.number': '{where}的最小值（{min}）比最大值（{max}）還大',
  'range.date': '{where}的最早日期（{min}）比最晚日期（{max}）還晚',
  'range.items': '{where}最少要選的項數（{min}）比最多能選的項數（{max}）還大',
  'consent.not_required': '{where}是「同意」勾選項，必須設為必填，否則不勾選也能提交',
  'where.form': '表單',
  'where.step': '步驟「{key}」',
  'where.section': '分組「{key}」',
  'where.field': '欄位「{key}」',
  'where.rule': '第{n}條規則',
  'where.rule_id': '規則「{key}」',
  'where.part': '{where}（{part}）',
  list: '、',
};

export const table = zhHant;

/** Names of the condition operators. */
export const operators: Record<string, string> = {
  eq: '等於',
  neq: '不等於',
  in: '是其中之一',
  not_in: '不是其中任何一個',
  empty: '沒有填寫',
  not_empty: '已填寫',
  gt: '大於',
  gte: '大於或等於',
  lt: '小於',
  lte: '小於或等於',
  contains: '包含',
};
