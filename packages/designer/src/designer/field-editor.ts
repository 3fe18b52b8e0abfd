/**
 * The property panel of one field: texts in zh-Hans (zh-Hant/en folded away), required, sensitive,
 * lengths, a named pattern, options inline or from a county list. Every change goes through the
 * host's `edit`, so it can be undone.
 */
import { type FieldDefinition, type FieldType, type Locale, type LocalizedText, PatternPreset } from '@tongxin/core';
import { html, nothing, type TemplateResult } from 'lit';
import { ADDABLE_TYPES, changeType, isChoice, updateField, withText } from '../ops.js';
import type { EditorHost } from './host.js';
import { PATTERN_NAMES, S, SOURCE_NAMES, TYPE_NAMES } from './strings.js';

type Loose = Record<string, unknown> & { key: string; type: FieldType };

const inputValue = (e: Event) => (e.target as HTMLInputElement).value;
const checkedOf = (e: Event) => (e.target as HTMLInputElement).checked;
/** A number from an input, or `undefined` when blank or not a number. */
const numberOf = (e: Event): number | undefined => {
  const text = inputValue(e).trim();
  const n = Number(text);
  return text === '' || !Number.isFinite(n) ? undefined : n;
};

/** One localized text: zh-Hans input, other languages in a disclosure. */
function localized(host: EditorHost, field: Loose, prop: 'label' | 'help' | 'text', name: string, multiline: boolean): TemplateResult {
  const id = `${field.key}-${prop}`;
  const text = field[prop] as LocalizedText | undefined;
  const keep = prop !== 'help';
  const set = (locale: Locale) => (e: Event) =>
    host.edit(updateField(host.def, field.key, { [prop]: withText(text, locale, inputValue(e), keep) }), `${field.key}:${prop}:${locale}`);
  const control = (locale: Locale, suffix: string) =>
    multiline
      ? html`<textarea id=${id + suffix} rows="2" .value=${text?.[locale] ?? ''} @input=${set(locale)}></textarea>`
      : html`<input id=${id + suffix} .value=${text?.[locale] ?? ''} @input=${set(locale)} />`;
  return html`<div class="prop">
      <label for=${id}>${name}</label>${control('zh-Hans', '')}
    </div>
    <details class="prop">
      <summary>${name} — ${S.otherLanguages}</summary>
      <label for=${`${id}-hant`}>${S.zhHant}</label>${control('zh-Hant', '-hant')}
      <label for=${`${id}-en`}>${S.en}</label>${control('en', '-en')}
    </details>`;
}

function numberProp(host: EditorHost, field: Loose, prop: string, name: string): TemplateResult {
  const id = `${field.key}-${prop}`;
  const value = field[prop];
  return html`<div class="prop small">
    <label for=${id}>${name}</label>
    <input
      id=${id}
      type="number"
      inputmode="numeric"
      .value=${value === undefined ? '' : String(value)}
      @change=${(e: Event) => host.edit(updateField(host.def, field.key, { [prop]: numberOf(e) }))}
    />
  </div>`;
}

function options(host: EditorHost, field: Loose): TemplateResult {
  const fromList = field.optionsFrom !== undefined;
  const list = (field.options as { value: string; label: LocalizedText }[] | undefined) ?? [];
  const setOptions = (next: typeof list, merge?: string) => host.edit(updateField(host.def, field.key, { options: next }), merge);
  const name = `${field.key}-source`;
  const source = (useList: boolean) => () =>
    host.edit(
      updateField(
        host.def,
        field.key,
        useList
          ? { options: undefined, optionsFrom: field.optionsFrom ?? 'opinionCategories' }
          : { optionsFrom: undefined, options: list.length > 0 ? list : [{ value: 'a', label: { 'zh-Hans': '选项一' } }] },
      ),
    );
  return html`<fieldset class="prop">
      <legend>${S.optionsSource}</legend>
      <label class="inline"><input type="radio" name=${name} .checked=${!fromList} @change=${source(false)} />${S.inlineOptions}</label>
      <label class="inline"><input type="radio" name=${name} .checked=${fromList} @change=${source(true)} />${S.countyList}</label>
    </fieldset>
    ${
      fromList
        ? html`<div class="prop">
          <label for=${`${field.key}-list`}>${S.list}</label>
          <select
            id=${`${field.key}-list`}
            @change=${(e: Event) => host.edit(updateField(host.def, field.key, { optionsFrom: inputValue(e) }))}
          >
            ${Object.entries(SOURCE_NAMES).map(([value, label]) => html`<option value=${value} ?selected=${field.optionsFrom === value}>${label}</option>`)}
          </select>
        </div>`
        : html`<ol class="options">
            ${list.map((option, i) => {
              const id = `${field.key}-option-${i}`;
              const set = (patch: Partial<(typeof list)[number]>, what: string) =>
                setOptions(
                  list.map((o, j) => (j === i ? { ...o, ...patch } : o)),
                  `${field.key}:option:${i}:${what}`,
                );
              return html`<li>
                <label for=${`${id}-label`}>${S.option(i + 1)} ${S.optionLabel}</label>
                <input
                  id=${`${id}-label`}
                  .value=${option.label['zh-Hans']}
                  @input=${(e: Event) => set({ label: withText(option.label, 'zh-Hans', inputValue(e), true)! }, 'label')}
                />
                <label for=${`${id}-value`}>${S.optionValue}</label>
                <input id=${`${id}-value`} class="short" .value=${option.value} @input=${(e: Event) => set({ value: inputValue(e) }, 'value')} />
                <button
                  type="button"
                  aria-label=${`${S.remove} ${S.option(i + 1)}`}
                  @click=${() => setOptions(list.filter((_, j) => j !== i))}
                >${S.remove}</button>
              </li>`;
            })}
          </ol>
          <button
            type="button"
            @click=${() => setOptions([...list, { value: nextValue(list), label: { 'zh-Hans': S.option(list.length + 1) } }])}
          >${S.addOption}</button>`
    }`;
}

/** A value not yet used by the options: `o1`, `o2`, … */
function nextValue(list: { value: string }[]): string {
  const used = new Set(list.map((o) => o.value));
  for (let n = list.length + 1; ; n++) if (!used.has(`o${n}`)) return `o${n}`;
}

/** The property panel of `field`. */
export function renderFieldEditor(host: EditorHost, definition: FieldDefinition): TemplateResult {
  const field = definition as unknown as Loose;
  const type = field.type;
  const id = (p: string) => `${field.key}-${p}`;
  const types = (ADDABLE_TYPES as readonly string[]).includes(type) ? ADDABLE_TYPES : [...ADDABLE_TYPES, type];
  const textual = type === 'text' || type === 'textarea';
  return html`<div class="prop">
      <label for=${id('type')}>${S.type}</label>
      <select id=${id('type')} @change=${(e: Event) => host.edit(changeType(host.def, field.key, inputValue(e) as FieldType))}>
        ${types.map((t) => html`<option value=${t} ?selected=${t === type}>${TYPE_NAMES[t]}</option>`)}
      </select>
    </div>
    <div class="prop">
      <label for=${id('key')}>${S.key}</label>
      <input
        id=${id('key')}
        .value=${field.key}
        pattern="[a-zA-Z][a-zA-Z0-9_]{0,63}"
        @change=${(e: Event) => {
          const key = inputValue(e).trim();
          if (key !== '' && key !== field.key) host.rename(field.key, key);
        }}
      />
    </div>
    ${type === 'notice' ? localized(host, field, 'text', S.text, true) : localized(host, field, 'label', S.label, false)}
    ${type === 'notice' ? nothing : localized(host, field, 'help', S.help, true)}
    ${
      type === 'notice'
        ? nothing
        : html`<div class="prop checks">
          <label class="inline"
            ><input
              type="checkbox"
              .checked=${field.required === true}
              @change=${(e: Event) => host.edit(updateField(host.def, field.key, { required: checkedOf(e) || undefined }))}
            />${S.required}</label
          >
          <label class="inline"
            ><input
              type="checkbox"
              .checked=${field.sensitive === true}
              @change=${(e: Event) => host.edit(updateField(host.def, field.key, { sensitive: checkedOf(e) || undefined }))}
            />${S.sensitive}</label
          >
        </div>`
    }
    ${textual ? html`<div class="row">${numberProp(host, field, 'minLength', S.minLength)}${numberProp(host, field, 'maxLength', S.maxLength)}</div>` : nothing}
    ${
      type === 'text'
        ? html`<div class="prop">
          <label for=${id('pattern')}>${S.pattern}</label>
          <select
            id=${id('pattern')}
            @change=${(e: Event) => host.edit(updateField(host.def, field.key, { pattern: inputValue(e) || undefined }))}
          >
            <option value="" ?selected=${field.pattern === undefined}>${S.noPattern}</option>
            ${PatternPreset.options.map((p) => html`<option value=${p} ?selected=${field.pattern === p}>${PATTERN_NAMES[p]}</option>`)}
          </select>
        </div>`
        : nothing
    }
    ${type === 'number' ? html`<div class="row">${numberProp(host, field, 'min', S.min)}${numberProp(host, field, 'max', S.max)}</div>` : nothing}
    ${isChoice(type) ? options(host, field) : nothing}`;
}
