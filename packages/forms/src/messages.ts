/**
 * Plain-language messages about form *definitions* (for the staff who configure forms), in the
 * three supported languages. Messages about *answers* come from core's catalog (`message()`).
 */
import type { Locale } from '@tongxin/core';

/** Stable codes of the problems {@link checkDefinition} and {@link parseDefinition} report. */
export type DefinitionCode =
  | 'definition.schema'
  | 'definition.unknown_field_type'
  | 'definition.unknown_value'
  | 'definition.duplicate_key'
  | 'rule.unknown_field'
  | 'rule.notice_field'
  | 'rule.unknown_target'
  | 'rule.target_step'
  | 'rule.require_section'
  | 'rule.cycle'
  | 'rule.value_list'
  | 'rule.value_scalar'
  | 'rule.value_missing'
  | 'rule.value_unexpected'
  | 'options.missing'
  | 'options.both'
  | 'options.empty'
  | 'options.blank_value'
  | 'options.duplicate'
  | 'range.length'
  | 'range.number'
  | 'range.date'
  | 'range.items'
  | 'consent.not_required';

type Table = Record<DefinitionCode, string> & {
  /** Names of the places a problem can be in. */
  'where.form': string;
  'where.step': string;
  'where.section': string;
  'where.field': string;
  'where.rule': string;
  'where.rule_id': string;
  /** A property inside a place, e.g. 字段“title”（label.zh-Hans）. */
  'where.part': string;
  /** Separator between list items. */
  list: string;
};

const zhHans: Table = {
  'definition.schema': '{where}：{detail}',
  'definition.unknown_field_type': '{where}的类型“{type}”不存在。可以使用的类型有：{known}',
  'definition.unknown_value': '{where}：“{value}”不是可以使用的值。可以使用的有：{allowed}',
  'definition.duplicate_key': '编号“{key}”用了不止一次（{where}）。整个表单里每个步骤、分组和字段的编号都不能重复',
  'rule.unknown_field': '{where}的条件用到了字段“{key}”，但表单里没有这个字段',
  'rule.notice_field': '{where}的条件用到了“{key}”，它是一段说明文字，没有填写的内容，不能作为条件',
  'rule.unknown_target': '{where}要控制的“{key}”在表单里不存在（只能填写字段或分组的编号）',
  'rule.target_step': '{where}要控制的“{key}”是一个步骤，规则只能控制字段或分组',
  'rule.require_section': '{where}把分组“{key}”设为必填，必填只能设在字段上，请改为选择分组里的字段',
  'rule.cycle': '有几条规则互相依赖，绕成了一个圈：{cycle}。请修改规则，不要让一个字段的显示与否最终取决于它自己',
  'rule.value_list': '{where}的条件“{op}”需要一组值（列表），现在只给了一个值',
  'rule.value_scalar': '{where}的条件“{op}”只能和一个值比较，现在给了一组值',
  'rule.value_missing': '{where}的条件“{op}”缺少要比较的值',
  'rule.value_unexpected': '{where}的条件“{op}”不需要比较的值，请删去它',
  'options.missing': '{where}是选择题，但既没有填写选项，也没有指定选项来自哪个名单',
  'options.both': '{where}同时填写了选项和选项名单，两者只能选一种',
  'options.empty': '{where}的选项是空的，请至少添加一个选项',
  'options.blank_value': '{where}有一个选项的值是空白的',
  'options.duplicate': '{where}的选项值“{value}”重复了',
  'range.length': '{where}的最少字数（{min}）比最多字数（{max}）还大',
  'range.number': '{where}的最小值（{min}）比最大值（{max}）还大',
  'range.date': '{where}的最早日期（{min}）比最晚日期（{max}）还晚',
  'range.items': '{where}最少要选的项数（{min}）比最多能选的项数（{max}）还大',
  'consent.not_required': '{where}是“同意”勾选项，必须设为必填，否则不勾选也能提交',
  'where.form': '表单',
  'where.step': '步骤“{key}”',
  'where.section': '分组“{key}”',
  'where.field': '字段“{key}”',
  'where.rule': '第{n}条规则',
  'where.rule_id': '规则“{key}”',
  'where.part': '{where}（{part}）',
  list: '、',
};

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

const en: Table = {
  'definition.schema': '{where}: {detail}',
  'definition.unknown_field_type': '{where} has the type "{type}", which does not exist. Available types: {known}',
  'definition.unknown_value': '{where}: "{value}" is not allowed. Allowed: {allowed}',
  'definition.duplicate_key': 'The key "{key}" is used more than once ({where}). Every step, section and field of a form needs its own key',
  'rule.unknown_field': 'The condition of {where} uses the field "{key}", but the form has no such field',
  'rule.notice_field': 'The condition of {where} uses "{key}", which is a notice: it has no answer and cannot be a condition',
  'rule.unknown_target': '{where} controls "{key}", which does not exist in the form (use the key of a field or section)',
  'rule.target_step': '{where} controls "{key}", which is a step; rules can only control fields and sections',
  'rule.require_section':
    '{where} makes the section "{key}" required; only fields can be required, so choose the fields of the section instead',
  'rule.cycle':
    'Some rules depend on each other in a circle: {cycle}. Change them so that whether a field is shown never depends on itself',
  'rule.value_list': 'The condition "{op}" of {where} needs a list of values, but has a single value',
  'rule.value_scalar': 'The condition "{op}" of {where} compares with one value, but has a list',
  'rule.value_missing': 'The condition "{op}" of {where} has no value to compare with',
  'rule.value_unexpected': 'The condition "{op}" of {where} takes no value; remove it',
  'options.missing': '{where} is a choice field but has neither options nor a list to take them from',
  'options.both': '{where} has both options and a list to take them from; use only one',
  'options.empty': '{where} has no options; add at least one',
  'options.blank_value': '{where} has an option with a blank value',
  'options.duplicate': '{where} has the option value "{value}" more than once',
  'range.length': 'The minimum length of {where} ({min}) is greater than its maximum length ({max})',
  'range.number': 'The minimum of {where} ({min}) is greater than its maximum ({max})',
  'range.date': 'The earliest date of {where} ({min}) is after its latest date ({max})',
  'range.items': 'The minimum number of choices of {where} ({min}) is greater than the maximum ({max})',
  'consent.not_required': '{where} is a consent checkbox and must be required, or the form could be sent without consent',
  'where.form': 'the form',
  'where.step': 'step "{key}"',
  'where.section': 'section "{key}"',
  'where.field': 'field "{key}"',
  'where.rule': 'rule {n}',
  'where.rule_id': 'rule "{key}"',
  'where.part': '{where} ({part})',
  list: ', ',
};

const tables: Record<Locale, Table> = { 'zh-Hans': zhHans, 'zh-Hant': zhHant, en };

/** Human names of the condition operators, shown instead of `not_in` and friends. */
const operators: Record<Locale, Record<string, string>> = {
  'zh-Hans': {
    eq: '等于',
    neq: '不等于',
    in: '是其中之一',
    not_in: '不是其中任何一个',
    empty: '没有填写',
    not_empty: '已填写',
    gt: '大于',
    gte: '大于或等于',
    lt: '小于',
    lte: '小于或等于',
    contains: '包含',
  },
  'zh-Hant': {
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
  },
  en: {
    eq: 'equals',
    neq: 'does not equal',
    in: 'is one of',
    not_in: 'is none of',
    empty: 'is empty',
    not_empty: 'is filled in',
    gt: 'greater than',
    gte: 'at least',
    lt: 'less than',
    lte: 'at most',
    contains: 'contains',
  },
};

/**
 * A definition message in `locale` with `{name}` placeholders filled from `params`.
 * @example definitionMessage('options.empty', 'en', { where: 'field "category"' }) // 'field "category" has no options; add at least one'
 */
export function definitionMessage(
  code: DefinitionCode | keyof Table,
  locale: Locale = 'zh-Hans',
  params: Record<string, string | number> = {},
): string {
  const template = String(tables[locale][code]);
  return template.replace(/\{(\w+)\}/g, (all, name: string) => String(params[name] ?? all));
}

/** The human name of a condition operator in `locale` (the operator itself when unknown). */
export const operatorName = (op: string, locale: Locale): string => operators[locale][op] ?? op;

/** Joins list items the way `locale` writes lists (、 in Chinese). */
export const joinList = (items: readonly string[], locale: Locale): string => items.join(tables[locale].list);
