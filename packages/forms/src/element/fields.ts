/**
 * Render helpers of `<tx-form>`: one native control per field type, with its label, help text,
 * error text (id-linked through `aria-describedby`) and required marker in text. Definition text is
 * only ever bound as text (never as HTML).
 */
import { codePointLength, type Division, type FieldDefinition, type LocalizedText, type Member } from '@tongxin/core';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { OptionLists } from '../fields.js';
import type { FieldState } from '../rules.js';
import type { UiStrings } from './strings.js';

/** What the field helpers read from and report to the element. */
export type FieldHost = {
  readonly strings: UiStrings;
  readonly lists: OptionLists | undefined;
  /** The county's division tree (division fields pick from it; without it the code is typed). */
  readonly divisions: readonly Division[] | undefined;
  /** Members to pick from (person fields; without them ids are typed). */
  readonly members: readonly Member[] | undefined;
  /** The search text of a person field. */
  query(key: string): string;
  setQuery(key: string, query: string): void;
  /** The whole form is disabled. */
  readonly disabled: boolean;
  /** The field whose control has focus (resident IDs show in full only then). */
  readonly focused: string | undefined;
  text(t: LocalizedText): string;
  answer(key: string): unknown;
  error(key: string): string | undefined;
  files(key: string): readonly File[];
  /** What the user typed, when it still parses to the current answer (keeps `1.50` or `a, ` intact). */
  draft(key: string): string | undefined;
  set(key: string, value: unknown, raw?: string): void;
  addFiles(field: Extract<FieldDefinition, { type: 'attachments' }>, files: readonly File[]): void;
  removeFile(key: string, index: number): void;
  setFocused(key: string | undefined): void;
};

/** Element ids of a field's parts (keys are identifiers, so they are safe in ids). */
export const ids = (key: string) => ({
  control: `f-${key}`,
  help: `f-${key}-help`,
  error: `f-${key}-error`,
  counter: `f-${key}-counter`,
  notice: `f-${key}-notice`,
});

type Choice = { value: string; label: string };
type Field<T extends FieldDefinition['type']> = Extract<FieldDefinition, { type: T }>;
type Ctx = { host: FieldHost; state: FieldState; disabled: boolean; error: string | undefined };

/** `11010519491231002X` → `110***********002X` (short values are shown as they are). */
export function maskResidentId(id: string): string {
  return id.length < 8 ? id : `${id.slice(0, 3)}${'*'.repeat(id.length - 7)}${id.slice(-4)}`;
}

const asString = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const asArray = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const describedBy = (...list: (string | false | undefined)[]) => list.filter(Boolean).join(' ') || undefined;

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;
}

/** Options of a choice field: inline, or from the county list (active units, plus a chosen one). */
function choices(host: FieldHost, field: Field<'select' | 'radio' | 'checkboxes'>): Choice[] {
  if (field.options) return field.options.map((o) => ({ value: o.value, label: host.text(o.label) }));
  if (!field.optionsFrom || !host.lists) return [];
  if (field.optionsFrom === 'units') return unitChoices(host, field.key);
  return host.lists[field.optionsFrom].map((item) => ({ value: item.code, label: host.text(item.label) }));
}

function unitChoices(host: FieldHost, key: string): Choice[] {
  const chosen = new Set([...asArray(host.answer(key)), asString(host.answer(key))]);
  return (host.lists?.units ?? []).filter((u) => u.active || chosen.has(u.id)).map((u) => ({ value: u.id, label: u.shortName ?? u.name }));
}

function labelText(host: FieldHost, field: { label: LocalizedText }, required: boolean) {
  return html`${host.text(field.label)}${required ? html`<span class="required">${host.strings.required}</span>` : nothing}`;
}

function help(host: FieldHost, key: string, text: LocalizedText | string | undefined) {
  if (text === undefined) return nothing;
  return html`<p part="help" class="help" id=${ids(key).help}>${typeof text === 'string' ? text : host.text(text)}</p>`;
}

function errorText(key: string, error: string | undefined) {
  return error === undefined ? nothing : html`<p part="error" class="error" id=${ids(key).error}>${error}</p>`;
}

/** A label, a single control and its help/error: text, textarea, number, date, phone, … */
function single(
  ctx: Ctx,
  field: FieldDefinition & { label: LocalizedText; help?: LocalizedText | undefined },
  control: (describedby: string | undefined) => TemplateResult,
  extras: { hint?: string; counter?: TemplateResult } = {},
) {
  const { host, state, error } = ctx;
  const id = ids(field.key);
  const hasHelp = field.help !== undefined || extras.hint !== undefined;
  const desc = describedBy(error !== undefined && id.error, hasHelp && id.help, extras.counter !== undefined && id.counter);
  return html`<div part="field" class="field" data-key=${field.key} data-type=${field.type}>
    <label part="label" class="label" for=${id.control}>${labelText(host, field, state.required)}</label>
    ${help(host, field.key, field.help ?? extras.hint)}${control(desc)}${extras.counter ?? nothing}${errorText(field.key, error)}
  </div>`;
}

/** Reports a control's string value as the answer. */
const onInput = (host: FieldHost, key: string) => (e: Event) => host.set(key, (e.target as HTMLInputElement).value);

function counter(host: FieldHost, key: string, value: string, max: number | undefined) {
  if (max === undefined) return undefined;
  const n = codePointLength(value);
  return html`<p class="counter" id=${ids(key).counter} data-over=${n > max ? 'true' : 'false'}>
    <span aria-hidden="true">${n}/${max}</span><span class="visually-hidden">${host.strings.counter(n, max)}</span>
  </p>`;
}

function textField(ctx: Ctx, field: Field<'text' | 'phone' | 'division'>) {
  const { host } = ctx;
  const value = asString(host.answer(field.key));
  const kind = field.type === 'text' ? field.pattern : field.type;
  const type = kind === 'phone' || kind === 'mobile' ? 'tel' : 'text';
  const inputmode =
    type === 'tel' ? 'tel' : kind === 'email' ? 'email' : kind === 'division' || kind === 'division_code' ? 'numeric' : undefined;
  const autocomplete = type === 'tel' ? 'tel' : kind === 'email' ? 'email' : undefined;
  const max = field.type === 'text' ? field.maxLength : undefined;
  // Without the county's division tree (not loaded, offline) the 12-digit code is typed, with a hint.
  const hint = field.type === 'division' ? host.strings.divisionHint : undefined;
  return single(
    ctx,
    field,
    (desc) => html`<input part="control" class="control" id=${ids(field.key).control} type=${type}
      inputmode=${ifDefined(inputmode)} autocomplete=${ifDefined(autocomplete)}
      placeholder=${ifDefined(field.placeholder && host.text(field.placeholder))}
      .value=${live(value)} ?disabled=${ctx.disabled} aria-required=${ctx.state.required ? 'true' : 'false'}
      aria-invalid=${ctx.error ? 'true' : 'false'} aria-describedby=${ifDefined(desc)} @input=${onInput(host, field.key)} />`,
    { ...(hint ? { hint } : {}), ...(max !== undefined ? { counter: counter(host, field.key, value, max) as TemplateResult } : {}) },
  );
}

function textarea(ctx: Ctx, field: Field<'textarea'>) {
  const { host } = ctx;
  const value = asString(host.answer(field.key));
  const max = field.maxLength;
  // No native `maxlength`: it counts UTF-16 units, so 𣵦 would count twice. The counter counts code points.
  return single(
    ctx,
    field,
    (desc) => html`<textarea part="control" class="control" id=${ids(field.key).control} rows=${field.rows ?? 5}
      placeholder=${ifDefined(field.placeholder && host.text(field.placeholder))}
      .value=${live(value)} ?disabled=${ctx.disabled} aria-required=${ctx.state.required ? 'true' : 'false'}
      aria-invalid=${ctx.error ? 'true' : 'false'} aria-describedby=${ifDefined(desc)} @input=${onInput(host, field.key)}></textarea>`,
    max !== undefined ? { counter: counter(host, field.key, value, max) as TemplateResult } : {},
  );
}

function numberField(ctx: Ctx, field: Field<'number'>) {
  const { host } = ctx;
  const value = host.draft(field.key) ?? asString(host.answer(field.key));
  return single(
    ctx,
    field,
    (desc) => html`<input part="control" class="control" id=${ids(field.key).control} type="number" inputmode="decimal"
      step=${field.integer ? '1' : 'any'} min=${ifDefined(field.min)} max=${ifDefined(field.max)}
      .value=${live(value)} ?disabled=${ctx.disabled} aria-required=${ctx.state.required ? 'true' : 'false'}
      aria-invalid=${ctx.error ? 'true' : 'false'} aria-describedby=${ifDefined(desc)}
      @input=${(e: Event) => {
        const raw = (e.target as HTMLInputElement).value;
        host.set(field.key, raw === '' ? undefined : Number(raw), raw);
      }} />`,
  );
}

function dateField(ctx: Ctx, field: Field<'date'>) {
  const { host } = ctx;
  return single(
    ctx,
    field,
    (desc) => html`<input part="control" class="control" id=${ids(field.key).control} type="date"
      min=${ifDefined(field.min)} max=${ifDefined(field.max)}
      .value=${live(asString(host.answer(field.key)))} ?disabled=${ctx.disabled} aria-required=${ctx.state.required ? 'true' : 'false'}
      aria-invalid=${ctx.error ? 'true' : 'false'} aria-describedby=${ifDefined(desc)} @input=${onInput(host, field.key)} />`,
  );
}

function residentId(ctx: Ctx, field: Field<'resident_id'>) {
  const { host } = ctx;
  const value = asString(host.answer(field.key));
  // Masked unless being edited, so the number is not on screen for onlookers (PIPL).
  const shown = host.focused === field.key ? value : maskResidentId(value);
  return single(
    ctx,
    field,
    (desc) => html`<input part="control" class="control" id=${ids(field.key).control} type="text" autocomplete="off"
      spellcheck="false" .value=${live(shown)} ?disabled=${ctx.disabled} aria-required=${ctx.state.required ? 'true' : 'false'}
      aria-invalid=${ctx.error ? 'true' : 'false'} aria-describedby=${ifDefined(desc)}
      @focus=${() => host.setFocused(field.key)} @blur=${() => host.setFocused(undefined)}
      @input=${onInput(host, field.key)} />`,
    { hint: host.strings.residentIdHint },
  );
}

function select(ctx: Ctx, field: Field<'select'> | Field<'unit'>, options: Choice[]) {
  const { host } = ctx;
  const value = asString(host.answer(field.key));
  return single(
    ctx,
    field,
    (desc) => html`<select part="control" class="control" id=${ids(field.key).control} ?disabled=${ctx.disabled}
      aria-required=${ctx.state.required ? 'true' : 'false'} aria-invalid=${ctx.error ? 'true' : 'false'}
      aria-describedby=${ifDefined(desc)}
      @change=${(e: Event) => host.set(field.key, (e.target as HTMLSelectElement).value || undefined)}>
      <option value="" .selected=${value === ''}>${host.strings.choose}</option>
      ${options.map((o) => html`<option value=${o.value} .selected=${o.value === value}>${o.label}</option>`)}
    </select>`,
  );
}

/** A fieldset of radios or checkboxes; `aria-invalid` sits on the inputs (a fieldset has no such state). */
function group(
  ctx: Ctx,
  field: FieldDefinition & { label: LocalizedText; help?: LocalizedText | undefined },
  options: Choice[],
  multiple: boolean,
) {
  const { host, error } = ctx;
  const id = ids(field.key);
  const chosen = multiple ? asArray(host.answer(field.key)) : [asString(host.answer(field.key))];
  const toggle = (value: string, checked: boolean) => {
    if (!multiple) return host.set(field.key, value);
    const next = new Set(asArray(host.answer(field.key)));
    if (checked) next.add(value);
    else next.delete(value);
    host.set(
      field.key,
      options.map((o) => o.value).filter((v) => next.has(v)),
    );
  };
  return html`<fieldset part="field" class="field group" data-key=${field.key} data-type=${field.type}
    aria-describedby=${ifDefined(describedBy(error !== undefined && id.error, field.help !== undefined && id.help))}>
    <legend part="label" class="label">${labelText(host, field, ctx.state.required)}</legend>
    ${help(host, field.key, field.help)}
    ${options.map(
      (o, i) => html`<label class="choice"><input part="control" type=${multiple ? 'checkbox' : 'radio'} name=${field.key}
        id=${i === 0 ? id.control : `${id.control}-${i}`} value=${o.value} .checked=${chosen.includes(o.value)}
        ?disabled=${ctx.disabled} aria-invalid=${error ? 'true' : 'false'}
        @change=${(e: Event) => toggle(o.value, (e.target as HTMLInputElement).checked)} /><span>${o.label}</span></label>`,
    )}
    ${errorText(field.key, error)}
  </fieldset>`;
}

/** Member ids typed, when no member list is at hand. */
function person(ctx: Ctx, field: Field<'person'>) {
  const { host } = ctx;
  const answer = host.answer(field.key);
  const value = host.draft(field.key) ?? (field.multiple ? asArray(answer).join(', ') : asString(answer));
  return single(
    ctx,
    field,
    (desc) => html`<input part="control" class="control" id=${ids(field.key).control} type="text" autocomplete="off"
      spellcheck="false" .value=${live(value)} ?disabled=${ctx.disabled} aria-required=${ctx.state.required ? 'true' : 'false'}
      aria-invalid=${ctx.error ? 'true' : 'false'} aria-describedby=${ifDefined(desc)}
      @input=${(e: Event) => {
        const raw = (e.target as HTMLInputElement).value;
        const list = raw.split(/[\s,，、;；]+/).filter(Boolean);
        host.set(field.key, field.multiple ? list : raw.trim() || undefined, raw);
      }} />`,
    { hint: host.strings.personHint },
  );
}

const LEVELS = ['province', 'prefecture', 'county', 'town', 'village'] as const;

/**
 * Cascading native selects over the county's division tree (区县 → 乡镇 → 村社区), down to the
 * field's level. A single root above that level (the county itself) is chosen implicitly.
 */
function divisionPicker(ctx: Ctx, field: Field<'division'>, divisions: readonly Division[]) {
  const { host, error } = ctx;
  const id = ids(field.key);
  const byCode = new Map(divisions.map((d) => [d.code, d]));
  const children = new Map<string | undefined, Division[]>();
  for (const d of divisions) {
    const parent = d.parent !== undefined && byCode.has(d.parent) ? d.parent : undefined;
    children.set(parent, [...(children.get(parent) ?? []), d]);
  }
  const target = LEVELS.indexOf(field.level ?? 'village');
  const path: string[] = [];
  for (let d = byCode.get(asString(host.answer(field.key))); d; d = d.parent === undefined ? undefined : byCode.get(d.parent))
    path.unshift(d.code);
  let options = children.get(undefined) ?? [];
  let depth = 0;
  let parent: string | undefined;
  while (options.length === 1 && LEVELS.indexOf(options[0]!.level) < target) {
    parent = options[0]!.code;
    options = children.get(parent) ?? [];
    depth++;
  }
  const selects: TemplateResult[] = [];
  for (let i = 0; options.length > 0; i++) {
    const chosen = path[depth + i];
    const above = parent;
    const level = options[0]!.level;
    selects.push(html`<label class="axis">
      <span>${host.strings.levels[level]}</span>
      <select part="control" class="control" id=${i === 0 ? id.control : `${id.control}-${i}`} ?disabled=${ctx.disabled}
        aria-required=${ctx.state.required ? 'true' : 'false'} aria-invalid=${error ? 'true' : 'false'}
        @change=${(e: Event) => host.set(field.key, (e.target as HTMLSelectElement).value || above)}>
        <option value="" .selected=${chosen === undefined}>${host.strings.choose}</option>
        ${options.map((d) => html`<option value=${d.code} .selected=${d.code === chosen}>${d.name}</option>`)}
      </select>
    </label>`);
    if (chosen === undefined || LEVELS.indexOf(level) >= target) break;
    parent = chosen;
    options = children.get(chosen) ?? [];
  }
  return html`<fieldset part="field" class="field group" data-key=${field.key} data-type="division"
    aria-describedby=${ifDefined(describedBy(error !== undefined && id.error, field.help !== undefined && id.help))}>
    <legend part="label" class="label">${labelText(host, field, ctx.state.required)}</legend>
    ${help(host, field.key, field.help)}
    <div class="axes">${selects}</div>
    ${errorText(field.key, error)}
  </fieldset>`;
}

/** A member's name with sector and party, as the picker lists them. */
function memberLabel(host: FieldHost, member: Member): string {
  const sector = host.lists?.sectors.find((s) => s.code === member.sectorCode);
  const details = [sector && host.text(sector.label), member.affiliation].filter(Boolean);
  return details.length > 0 ? `${member.name}（${details.join('，')}）` : member.name;
}

/** At most this many matches are listed; typing more narrows them. */
const MAX_MATCHES = 8;

/**
 * Picks members by search: chosen ones listed with a remove button each, matches as "add"
 * buttons (native and keyboard-friendly, unlike a custom combobox).
 */
function memberPicker(ctx: Ctx, field: Field<'person'>, members: readonly Member[]) {
  const { host, error } = ctx;
  const id = ids(field.key);
  const answer = host.answer(field.key);
  const chosen = field.multiple ? asArray(answer) : asString(answer) ? [asString(answer)] : [];
  const byId = new Map(members.map((m) => [m.id, m]));
  const query = host.query(field.key).trim();
  const full = field.multiple === true && field.maxItems !== undefined && chosen.length >= field.maxItems;
  const matches =
    query === '' ? [] : members.filter((m) => !chosen.includes(m.id) && memberLabel(host, m).includes(query)).slice(0, MAX_MATCHES);
  const choose = (memberId: string) => host.set(field.key, field.multiple ? [...chosen, memberId] : memberId);
  const remove = (memberId: string) => {
    const rest = chosen.filter((c) => c !== memberId);
    host.set(field.key, field.multiple ? rest : undefined);
  };
  const name = (memberId: string) => {
    const member = byId.get(memberId);
    return member ? memberLabel(host, member) : memberId;
  };
  return html`<fieldset part="field" class="field group" data-key=${field.key} data-type="person"
    aria-describedby=${ifDefined(describedBy(error !== undefined && id.error, field.help !== undefined && id.help))}>
    <legend part="label" class="label">${labelText(host, field, ctx.state.required)}</legend>
    ${help(host, field.key, field.help)}
    ${
      chosen.length === 0
        ? nothing
        : html`<ul class="files" aria-label=${host.strings.chosenMembers}>
          ${chosen.map(
            (memberId) => html`<li class="file-item"><span class="file-name">${name(memberId)}</span>
              <button type="button" part="button" class="button secondary" ?disabled=${ctx.disabled}
                aria-label=${host.strings.removeMember(name(memberId))} @click=${() => remove(memberId)}>${host.strings.remove}</button></li>`,
          )}
        </ul>`
    }
    <label class="axis"><span>${host.strings.findMember}</span>
      <input part="control" class="control" id=${id.control} type="search" autocomplete="off" enterkeyhint="search"
        .value=${live(host.query(field.key))} ?disabled=${ctx.disabled || full}
        aria-invalid=${error ? 'true' : 'false'} aria-describedby=${ifDefined(full ? `${id.control}-full` : undefined)}
        @keydown=${(e: KeyboardEvent) => {
          if (e.key === 'Enter') e.preventDefault(); // Enter in the search box must not submit the form
        }}
        @input=${(e: Event) => host.setQuery(field.key, (e.target as HTMLInputElement).value)} />
    </label>
    ${full ? html`<p class="help" id=${`${id.control}-full`}>${host.strings.membersFull(field.maxItems!)}</p>` : nothing}
    ${
      query === '' || full
        ? nothing
        : html`<p class="visually-hidden" role="status">${matches.length === 0 ? host.strings.noMatch : host.strings.matches(matches.length)}</p>
          ${
            matches.length === 0
              ? html`<p class="help" aria-hidden="true">${host.strings.noMatch}</p>`
              : html`<ul class="files">
                ${matches.map(
                  (m) => html`<li><button type="button" part="button" class="button secondary" ?disabled=${ctx.disabled}
                    @click=${() => {
                      choose(m.id);
                      host.setQuery(field.key, '');
                    }}>${host.strings.addMember(memberLabel(host, m))}</button></li>`,
                )}
              </ul>`
          }`
    }
    ${errorText(field.key, error)}
  </fieldset>`;
}

function attachments(ctx: Ctx, field: Field<'attachments'>) {
  const { host } = ctx;
  const files = host.files(field.key);
  const id = ids(field.key);
  // The answer holds placeholders (`local:0`, …) for these files; the outbox uploads them and
  // swaps in the server's attachment ids when the submission is sent.
  return single(
    ctx,
    field,
    (desc) => html`<input part="control" class="control file" id=${id.control} type="file"
      accept=${ifDefined(field.accept?.join(','))} ?multiple=${field.maxFiles !== 1} ?disabled=${ctx.disabled}
      aria-invalid=${ctx.error ? 'true' : 'false'} aria-describedby=${ifDefined(desc)}
      @change=${(e: Event) => {
        const input = e.target as HTMLInputElement;
        host.addFiles(field, [...(input.files ?? [])]);
        input.value = '';
      }} />
      ${
        files.length === 0
          ? nothing
          : html`<ul class="files" aria-label=${host.strings.chosenFiles}>
            ${files.map(
              (file, i) => html`<li class="file-item"><span class="file-name">${file.name}</span>
                <span class="file-size">${formatSize(file.size)}</span>
                <button type="button" part="button" class="button secondary" ?disabled=${ctx.disabled}
                  aria-label=${host.strings.removeFile(file.name)} @click=${() => host.removeFile(field.key, i)}>${host.strings.remove}</button></li>`,
            )}
          </ul>`
      }`,
  );
}

function consent(ctx: Ctx, field: Field<'consent'>) {
  const { host, error } = ctx;
  const id = ids(field.key);
  return html`<div part="field" class="field consent" data-key=${field.key} data-type="consent">
    <p class="notice" id=${id.notice}>${host.text(field.notice)}</p>
    ${help(host, field.key, field.help)}
    <label part="label" class="choice label" for=${id.control}>
      <input part="control" type="checkbox" id=${id.control} .checked=${host.answer(field.key) === true} ?disabled=${ctx.disabled}
        aria-required=${ctx.state.required ? 'true' : 'false'} aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy(error !== undefined && id.error, id.notice, field.help !== undefined && id.help))}
        @change=${(e: Event) => host.set(field.key, (e.target as HTMLInputElement).checked)} />
      <span>${labelText(host, field, ctx.state.required)}</span>
    </label>
    ${errorText(field.key, error)}
  </div>`;
}

/** Two optional number inputs for now: the map pin comes with the map issue. */
function location(ctx: Ctx, field: Field<'location'>) {
  const { host, error } = ctx;
  const id = ids(field.key);
  const point = (host.answer(field.key) ?? {}) as { lng?: unknown; lat?: unknown; crs?: unknown };
  const read = (root: HTMLElement, which: 'lng' | 'lat') => (root.querySelector(`[data-axis=${which}]`) as HTMLInputElement).value;
  const update = (e: Event) => {
    const root = (e.target as HTMLElement).closest('fieldset') as HTMLElement;
    const [lng, lat] = [read(root, 'lng'), read(root, 'lat')];
    if (lng === '' && lat === '') return host.set(field.key, undefined);
    host.set(field.key, {
      ...(lng === '' ? {} : { lng: Number(lng) }),
      ...(lat === '' ? {} : { lat: Number(lat) }),
      // Typed or taken from the browser's geolocation: WGS84 either way until the map converts.
      crs: typeof point.crs === 'string' ? point.crs : 'WGS84',
    });
  };
  const axis = (which: 'lng' | 'lat', label: string, min: number, max: number) => html`<label class="axis">
    <span>${label}</span>
    <input part="control" class="control" type="number" inputmode="decimal" step="any" min=${min} max=${max} data-axis=${which}
      id=${which === 'lng' ? id.control : `${id.control}-lat`} .value=${live(asString(point[which]))} ?disabled=${ctx.disabled}
      aria-invalid=${error ? 'true' : 'false'} @input=${update} />
  </label>`;
  return html`<fieldset part="field" class="field group" data-key=${field.key} data-type="location"
    aria-describedby=${ifDefined(describedBy(error !== undefined && id.error, field.help !== undefined && id.help))}>
    <legend part="label" class="label">${labelText(host, field, ctx.state.required)}</legend>
    ${help(host, field.key, field.help)}
    <div class="axes">${axis('lng', host.strings.lng, -180, 180)}${axis('lat', host.strings.lat, -90, 90)}</div>
    ${errorText(field.key, error)}
  </fieldset>`;
}

function notice(host: FieldHost, field: Field<'notice'>) {
  return html`<div part="field notice" class="field notice" role="note" data-key=${field.key} data-type="notice" data-tone=${field.tone ?? 'info'}>
    ${field.label ? html`<p class="notice-title">${host.text(field.label)}</p>` : nothing}
    <p>${host.text(field.text)}</p>
  </div>`;
}

/** The template of one visible field. */
export function renderField(host: FieldHost, field: FieldDefinition, state: FieldState): TemplateResult {
  if (field.type === 'notice') return notice(host, field);
  const ctx: Ctx = { host, state, disabled: host.disabled || state.disabled, error: host.error(field.key) };
  switch (field.type) {
    case 'text':
    case 'phone':
      return textField(ctx, field);
    case 'division':
      return host.divisions?.length ? divisionPicker(ctx, field, host.divisions) : textField(ctx, field);
    case 'textarea':
      return textarea(ctx, field);
    case 'number':
      return numberField(ctx, field);
    case 'date':
      return dateField(ctx, field);
    case 'select':
      return select(ctx, field, choices(host, field));
    case 'radio':
      return group(ctx, field, choices(host, field), false);
    case 'checkboxes':
      return group(ctx, field, choices(host, field), true);
    case 'resident_id':
      return residentId(ctx, field);
    case 'person':
      return host.members ? memberPicker(ctx, field, host.members) : person(ctx, field);
    case 'unit':
      // Several units are ticked in a fieldset (a native multi-select is hard to use by keyboard).
      return field.multiple ? group(ctx, field, unitChoices(host, field.key), true) : select(ctx, field, unitChoices(host, field.key));
    case 'attachments':
      return attachments(ctx, field);
    case 'consent':
      return consent(ctx, field);
    case 'location':
      return location(ctx, field);
  }
}
