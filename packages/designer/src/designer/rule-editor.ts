/**
 * The point-and-click rule builder: "effect these fields when field op value", several comparisons
 * joined by AND or OR. Values are picked from the condition field's options (inline or the county
 * list) when it has them. Nested condition groups are shown as such and kept as they are.
 */
import { ConditionOperator, type FieldDefinition, type FormRule } from '@tongxin/core';
import { html, nothing, type TemplateResult } from 'lit';
import { type FieldCondition, fromSimple, getField, listFields, removeRule, type SimpleCondition, toSimple, updateRule } from '../ops.js';
import type { EditorHost } from './host.js';
import { EFFECT_NAMES, OPERATOR_NAMES, S } from './strings.js';

const LIST_OPS = new Set(['in', 'not_in']);
const NO_VALUE = new Set(['empty', 'not_empty']);
type Choice = { value: string; label: string };

/** The choices a condition on `field` can compare with, if it has a fixed set. */
function choicesOf(host: EditorHost, field: FieldDefinition | undefined): Choice[] | undefined {
  if (!field || !('options' in field || 'optionsFrom' in field)) return undefined;
  const f = field as { options?: { value: string; label: { 'zh-Hans': string } }[]; optionsFrom?: string };
  if (f.options) return f.options.map((o) => ({ value: o.value, label: o.label['zh-Hans'] }));
  const list =
    f.optionsFrom &&
    (host.lists as unknown as Record<string, { code: string; label: { 'zh-Hans': string } }[]> | undefined)?.[f.optionsFrom];
  return list ? list.map((o) => ({ value: o.code, label: o.label['zh-Hans'] })) : undefined;
}

const labelOf = (field: FieldDefinition) =>
  `${(field.label ?? ('text' in field ? field.text : undefined))?.['zh-Hans'] ?? ''}（${field.key}）`;

/** The value a comparison keeps when its operator changes. */
function valueFor(op: string, value: FieldCondition['value']): FieldCondition['value'] {
  if (NO_VALUE.has(op)) return undefined;
  if (LIST_OPS.has(op)) return Array.isArray(value) ? value : value === undefined || typeof value === 'boolean' ? [] : [value];
  return Array.isArray(value) ? value[0] : value;
}

function leafEditor(host: EditorHost, r: number, l: number, leaf: FieldCondition, set: (next: FieldCondition | undefined) => void) {
  const id = `rule-${r}-cond-${l}`;
  const fields = listFields(host.def)
    .map(({ field }) => field)
    .filter((f) => f.type !== 'notice');
  const field = getField(host.def, leaf.field);
  const choices = choicesOf(host, field);
  const numeric = field?.type === 'number';
  const scalar = (text: string): string | number => (numeric && text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : text);
  const withValue = (value: FieldCondition['value']): FieldCondition => {
    const { value: _old, ...rest } = leaf;
    return value === undefined ? rest : { ...rest, value };
  };
  let valueControl: TemplateResult | typeof nothing = nothing;
  if (!NO_VALUE.has(leaf.op)) {
    const list = LIST_OPS.has(leaf.op);
    const current = Array.isArray(leaf.value) ? leaf.value.map(String) : leaf.value === undefined ? [] : [String(leaf.value)];
    if (choices && (list || leaf.op === 'eq' || leaf.op === 'neq')) {
      valueControl = html`<label for=${`${id}-value`}>${list ? S.valueList : S.value}</label>
        <select
          id=${`${id}-value`}
          ?multiple=${list}
          size=${list ? Math.min(5, choices.length) : 1}
          @change=${(e: Event) => {
            const picked = [...(e.target as HTMLSelectElement).selectedOptions].map((o) => o.value).filter((v) => v !== '');
            set(withValue(list ? picked : picked[0]));
          }}
        >
          ${list ? nothing : html`<option value="" ?selected=${current.length === 0}>—</option>`}
          ${choices.map((c) => html`<option value=${c.value} ?selected=${current.includes(c.value)}>${c.label}</option>`)}
        </select>`;
    } else {
      valueControl = html`<label for=${`${id}-value`}>${list ? S.valueList : S.value}</label>
        <input
          id=${`${id}-value`}
          .value=${current.join('、')}
          aria-describedby=${list ? `${id}-hint` : nothing}
          @change=${(e: Event) => {
            const text = (e.target as HTMLInputElement).value;
            set(
              withValue(
                list
                  ? text
                      .split(/[、,，]/)
                      .map((s) => s.trim())
                      .filter(Boolean)
                      .map(scalar)
                  : text === ''
                    ? undefined
                    : scalar(text),
              ),
            );
          }}
        />
        ${list ? html`<span class="hint" id=${`${id}-hint`}>${S.valueListHint}</span>` : nothing}`;
    }
  }
  return html`<li class="condition">
    <span class="visually-hidden">${S.condition(l + 1)}</span>
    <label for=${`${id}-field`}>${S.conditionField}</label>
    <select id=${`${id}-field`} @change=${(e: Event) => set({ field: (e.target as HTMLSelectElement).value, op: leaf.op === 'in' || leaf.op === 'not_in' ? 'eq' : leaf.op })}>
      ${field ? nothing : html`<option value=${leaf.field} selected>${leaf.field}</option>`}
      ${fields.map((f) => html`<option value=${f.key} ?selected=${f.key === leaf.field}>${labelOf(f)}</option>`)}
    </select>
    <label for=${`${id}-op`}>${S.operator}</label>
    <select
      id=${`${id}-op`}
      @change=${(e: Event) => {
        const op = (e.target as HTMLSelectElement).value as FieldCondition['op'];
        const value = valueFor(op, leaf.value);
        set(value === undefined ? { field: leaf.field, op } : { field: leaf.field, op, value });
      }}
    >
      ${ConditionOperator.options.map((op) => html`<option value=${op} ?selected=${op === leaf.op}>${OPERATOR_NAMES[op]}</option>`)}
    </select>
    ${valueControl}
    <button type="button" aria-label=${`${S.removeCondition} ${l + 1}`} @click=${() => set(undefined)}>${S.removeCondition}</button>
  </li>`;
}

function ruleEditor(host: EditorHost, rule: FormRule, r: number): TemplateResult {
  const commit = (next: FormRule) => host.edit(updateRule(host.def, r, next));
  const simple = toSimple(rule.when);
  const setSimple = (next: SimpleCondition) => {
    if (next.leaves.length === 0) return host.edit(removeRule(host.def, r));
    commit({ ...rule, when: fromSimple(next) });
  };
  const targets = [
    ...host.def.steps
      .flatMap((s) => s.sections)
      .map((s) => ({ key: s.key, label: `${s.title?.['zh-Hans'] ?? S.untitledSection}（${s.key}）` })),
    ...listFields(host.def).map(({ field }) => ({ key: field.key, label: labelOf(field) })),
  ];
  const missing = rule.targets.filter((t) => !targets.some((x) => x.key === t));
  const id = `rule-${r}`;
  return html`<li>
    <fieldset class="rule">
      <legend>${S.rule(r + 1)}</legend>
      <div class="prop">
        <label for=${`${id}-effect`}>${S.effect}</label>
        <select id=${`${id}-effect`} @change=${(e: Event) => commit({ ...rule, effect: (e.target as HTMLSelectElement).value as FormRule['effect'] })}>
          ${Object.entries(EFFECT_NAMES).map(([v, name]) => html`<option value=${v} ?selected=${v === rule.effect}>${name}</option>`)}
        </select>
      </div>
      <div class="prop">
        <label for=${`${id}-targets`}>${S.targets}</label>
        <select
          id=${`${id}-targets`}
          multiple
          size="5"
          @change=${(e: Event) => commit({ ...rule, targets: [...(e.target as HTMLSelectElement).selectedOptions].map((o) => o.value) })}
        >
          ${missing.map((t) => html`<option value=${t} selected>${t}</option>`)}
          ${targets.map((t) => html`<option value=${t.key} ?selected=${rule.targets.includes(t.key)}>${t.label}</option>`)}
        </select>
      </div>
      <p class="when">${S.when}</p>
      ${
        simple
          ? html`${
              simple.leaves.length > 1
                ? html`<fieldset class="join">
                  <legend>${S.join}</legend>
                  ${(['all', 'any'] as const).map(
                    (join) => html`<label class="inline"
                      ><input
                        type="radio"
                        name=${`${id}-join`}
                        .checked=${simple.join === join}
                        @change=${() => setSimple({ ...simple, join })}
                      />${S[join]}</label
                    >`,
                  )}
                </fieldset>`
                : nothing
            }
            <ol class="conditions">
              ${simple.leaves.map((leaf, l) =>
                leafEditor(host, r, l, leaf, (next) =>
                  setSimple({
                    ...simple,
                    leaves:
                      next === undefined ? simple.leaves.filter((_, i) => i !== l) : simple.leaves.map((x, i) => (i === l ? next : x)),
                  }),
                ),
              )}
            </ol>
            <button
              type="button"
              @click=${() => setSimple({ ...simple, leaves: [...simple.leaves, { field: simple.leaves.at(-1)?.field ?? '', op: 'not_empty' }] })}
            >${S.addCondition}</button>`
          : html`<p>${S.complexCondition}</p>`
      }
      <button type="button" class="danger" @click=${() => host.edit(removeRule(host.def, r))}>${S.removeRule}</button>
    </fieldset>
  </li>`;
}

/** The list of rules with their builders. */
export function renderRules(host: EditorHost): TemplateResult {
  const rules = host.def.rules ?? [];
  return rules.length === 0 ? html`<p>${S.noRules}</p>` : html`<ol class="rules">${rules.map((rule, r) => ruleEditor(host, rule, r))}</ol>`;
}
