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

export type Table = Record<DefinitionCode, string> & {
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

// zh-Hant and English arrive with `ensureDefinitionLocale` (a page in Simplified Chinese — the
// designer — never downloads them); until then those languages read zh-Hans.
const tables: Partial<Record<Locale, Table>> = { 'zh-Hans': zhHans };

/** Human names of the condition operators, shown instead of `not_in` and friends. */
const operators: Partial<Record<Locale, Record<string, string>>> = {
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
  const template = String((tables[locale] ?? zhHans)[code]);
  return template.replace(/\{(\w+)\}/g, (all, name: string) => String(params[name] ?? all));
}

/** The human name of a condition operator in `locale` (the operator itself when unknown). */
export const operatorName = (op: string, locale: Locale): string => (operators[locale] ?? operators['zh-Hans'])?.[op] ?? op;

/** Joins list items the way `locale` writes lists (、 in Chinese). */
export const joinList = (items: readonly string[], locale: Locale): string => items.join((tables[locale] ?? zhHans).list);

/**
 * Loads the definition messages of `locale` (once); until then `checkDefinition(def, locale)`
 * answers in zh-Hans.
 * @example await ensureDefinitionLocale('en'); checkDefinition(def, 'en')
 */
export async function ensureDefinitionLocale(locale: Locale): Promise<void> {
  if (tables[locale]) return;
  const m = locale === 'en' ? await import('./messages.en.js') : await import('./messages.zh-hant.js');
  tables[locale] = m.table;
  operators[locale] = m.operators;
}
