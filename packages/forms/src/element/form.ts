import {
  type Division,
  ensureLocale,
  type FieldDefinition,
  type FormDefinition,
  LOCALES,
  type Locale,
  type LocalizedText,
  type Member,
  type ProblemIssue,
} from '@tongxin/core';
import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { ValidationResult } from '../compile.js';
import type { DraftHost } from '../drafts/controller.js';
import type { DraftStore } from '../drafts/store.js';
import type { OptionLists } from '../fields.js';
import { indexForm } from '../model.js';
import { evaluate, type FormState } from '../rules.js';
import { accepts, firstIssues, placeholders, validateAnswers } from './answers.js';
import { type Answers, type ChosenFiles, TxChangeEvent, TxSubmitEvent } from './events.js';
import { type FieldHost, ids, renderField } from './fields.js';
import { styles } from './form.styles.js';
import { UI_STRINGS } from './strings.js';

/** Default per-file limit of attachments fields (10 MB), as in the definition format. */
const DEFAULT_MAX_SIZE = 10 * 1024 * 1024;

/** The drafts part of `<tx-form>` (`DraftController`), when the page registered it. */
export interface DraftsPart {
  clear(): void;
  render(locale: Locale, text: (t: LocalizedText | undefined) => string): unknown;
}

/**
 * A form rendered from a low-code form definition: every field type as a native control, the
 * definition's rules applied live, per-step validation with an error summary, and the validated
 * value in a `tx-submit` event. Form-associated: inside a page's `<form>` it submits its value as
 * JSON under `name` and blocks the submission while invalid.
 *
 * @summary Renders and validates a Tongxin form definition with native, accessible controls.
 *
 * @event {TxSubmitEvent} tx-submit - The last step was submitted with no issues (`value`, `files`); cancelable.
 * @event {TxChangeEvent} tx-change - An answer changed (`value` holds every answer, `key` the field).
 * @event {TxDraftRestoredEvent} tx-draft-restored - A saved draft was restored (`savedAt`, `restoredAt`, `dropped` keys).
 *
 * @csspart base - The inner `<form>`.
 * @csspart step - The current step (heading, summary, sections).
 * @csspart summary - The error summary at the top of the step.
 * @csspart field - One field (a `<div>`, or a `<fieldset>` for radios, checkboxes and locations).
 * @csspart label - A field's label or legend.
 * @csspart control - A native input, select or textarea.
 * @csspart help - A field's help text.
 * @csspart error - A field's error text.
 * @csspart footer - The row of step buttons.
 * @csspart button - Every button (previous, next, submit, remove file).
 * @csspart draft-notice - The notice after a draft was restored.
 *
 * @cssproperty [--tx-color-primary=#a61b1b] - Buttons and the current step.
 * @cssproperty [--tx-color-text=#1a1a1a] - Text.
 * @cssproperty [--tx-color-error=#b00020] - Error text and invalid borders.
 * @cssproperty [--tx-color-border=#767676] - Control borders.
 * @cssproperty [--tx-color-surface=#ffffff] - Background of controls.
 * @cssproperty [--tx-font-size-base=1rem] - Base text size (at least 1.25rem in `elder` mode).
 * @cssproperty [--tx-radius=0.25rem] - Corner radius of controls and buttons.
 * @cssproperty [--tx-focus-ring=3px solid #1d5fbf] - Outline of the focused control.
 */
export class TxForm extends LitElement {
  static override styles = styles;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static formAssociated = true;

  static override properties: PropertyDeclarations = {
    definition: { attribute: false },
    config: { attribute: false },
    divisions: { attribute: false },
    members: { attribute: false },
    value: { attribute: false },
    locale: { reflect: true },
    elder: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
    name: { reflect: true },
    files: { attribute: false },
    drafts: { type: Boolean, reflect: true },
    userKey: { attribute: 'user-key' },
    draftStore: { attribute: false },
    stepIndex: { state: true },
    errors: { state: true },
    summary: { state: true },
    focused: { state: true },
    announcement: { state: true },
    formDisabled: { state: true },
    queries: { state: true },
  };

  /** The form definition to render (property only). */
  declare definition: FormDefinition | undefined;
  /** County lists for `optionsFrom` fields and units (a `CountyConfig` will do; property only). */
  declare config: OptionLists | undefined;
  /** The county's division tree for division fields (cascading selects; without it the code is typed; property only). */
  declare divisions: readonly Division[] | undefined;
  /** Members person fields pick from, by search (without them member ids are typed; property only). */
  declare members: readonly Member[] | undefined;
  /** The answers by field key (raw as typed; `tx-submit` carries the normalised value). */
  declare value: Answers;
  /** Language of labels and messages: `zh-Hans` (default), `zh-Hant` or `en`; labels fall back to zh-Hans. */
  declare locale: Locale;
  /** Large text, high contrast and bigger targets (关怀模式 for older users). */
  declare elder: boolean;
  /** Disables every control and button. */
  declare disabled: boolean;
  /** Name under which a surrounding `<form>` submits the value as JSON. */
  declare name: string;
  /** Chosen files per attachments field; `files[key][i]` is the file behind the answer's `local:i`. */
  declare files: ChosenFiles;
  /** Autosaves answers as a draft on the device and restores it on return (sensitive fields, files and consent are never kept). */
  declare drafts: boolean;
  /** Whose drafts these are (drafts are kept per form and user). */
  declare userKey: string;
  /** Where drafts go (default: the IndexedDB database `tongxin-drafts`; property only). */
  declare draftStore: DraftStore | undefined;

  declare private stepIndex: number;
  declare private errors: Record<string, string>;
  declare private summary: { key: string; text: string }[];
  declare private focused: string | undefined;
  declare private announcement: string;
  declare private formDisabled: boolean;
  declare private queries: Record<string, string>;

  constructor() {
    super();
    this.summary = [];
    this.value = {};
    this.locale = 'zh-Hans';
    this.elder = false;
    this.disabled = false;
    this.name = '';
    this.files = {};
    this.drafts = false;
    this.userKey = 'anonymous';
    this.stepIndex = 0;
    this.errors = {};
    this.announcement = '';
    this.formDisabled = false;
    this.queries = {};
  }

  /**
   * Makes the drafts part of an element (set by `@tongxin/forms/define/tx-form`); a page that
   * registers the element without it — the designer's preview — carries no drafts code.
   * @internal
   */
  static draftsFactory: ((host: DraftHost) => DraftsPart) | undefined;

  private readonly internals: ElementInternals = this.attachInternals();
  private readonly draftController: DraftsPart | undefined = TxForm.draftsFactory?.(this);
  /** What was typed into number/person inputs, with the answer it parsed to. */
  private readonly typed = new Map<string, { raw: string; parsed: unknown }>();

  private get activeLocale(): Locale {
    return (LOCALES as readonly string[]).includes(this.locale) ? this.locale : 'zh-Hans';
  }

  /** Re-renders when another language's strings or messages have arrived. */
  private readonly rerender = (): void => this.requestUpdate();

  /** The UI strings: zh-Hans until the active language's table (a separate chunk) has arrived. */
  private get strings() {
    return UI_STRINGS.get(this.activeLocale, this.rerender);
  }

  private text = (t: LocalizedText | undefined): string => (t ? (t[this.activeLocale] ?? t['zh-Hans']) : '');

  /** The field helpers' view of this element. */
  private readonly host: FieldHost = (() => {
    const self = this;
    return {
      get strings() {
        return self.strings;
      },
      get lists() {
        return self.config;
      },
      get divisions() {
        return self.divisions;
      },
      get members() {
        return self.members;
      },
      query: (key) => self.queries[key] ?? '',
      setQuery: (key, query) => {
        self.queries = { ...self.queries, [key]: query };
      },
      get disabled() {
        return self.disabled || self.formDisabled;
      },
      get focused() {
        return self.focused;
      },
      text: (t) => self.text(t),
      answer: (key) => (Object.hasOwn(self.value, key) ? self.value[key] : undefined),
      error: (key) => self.errors[key],
      files: (key) => self.files[key] ?? [],
      draft: (key) => {
        const d = self.typed.get(key);
        return d && JSON.stringify(d.parsed) === JSON.stringify(self.value[key]) ? d.raw : undefined;
      },
      set: (key, value, raw) => self.setAnswer(key, value, raw),
      addFiles: (field, files) => self.addFiles(field, files),
      removeFile: (key, index) => self.removeFile(key, index),
      setFocused: (key) => {
        self.focused = key;
      },
    };
  })();

  /**
   * Validates every step's visible answers (without showing errors).
   * @example const result = form.validate(); if (result.ok) send(result.value);
   */
  validate(): ValidationResult {
    const def = this.definition;
    if (!def) return { ok: true, value: {} };
    return validateAnswers(def, { config: this.config, locale: this.activeLocale }, this.value);
  }

  /** Whether the answers are valid (as a surrounding form sees it). */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  /** Shows the first step with issues and its error summary; whether the answers are valid. */
  reportValidity(): boolean {
    return this.submit(false);
  }

  /**
   * Shows issues found elsewhere (a server's 422) under their fields, on the first step that has
   * one, with the summary focused. Paths start with a field key; issues naming no field of this
   * form are returned for the caller to show.
   * @example const rest = await form.showErrors(problem.issues.map((i) => ({ ...i, path: i.path.slice(1) })));
   */
  async showErrors(issues: readonly ProblemIssue[]): Promise<ProblemIssue[]> {
    const def = this.definition;
    if (!def) return [...issues];
    const keyed = issues.filter((i) => this.field(String(i.path[0])) !== undefined);
    const index = def.steps.findIndex((_, s) => keyed.some((i) => this.stepKeys(s).has(String(i.path[0]))));
    if (index >= 0) {
      if (index !== this.stepIndex) this.announcement = this.strings.step(index + 1, def.steps.length, this.text(def.steps[index]?.title));
      this.stepIndex = index;
      const keys = this.stepKeys(index);
      await this.showIssues(keyed.filter((i) => keys.has(String(i.path[0]))));
    }
    return issues.filter((i) => !keyed.includes(i));
  }

  /** Clears every answer, file and error and goes back to the first step. */
  reset(): void {
    this.value = {};
    this.files = {};
    this.typed.clear();
    this.draftController?.clear();
    this.clearErrors();
    this.stepIndex = 0;
  }

  /** @internal The surrounding form was reset. */
  formResetCallback(): void {
    this.reset();
  }

  /** @internal The surrounding form or fieldset was disabled or enabled. */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** @internal The browser restores the answers (back/forward cache, autofill). */
  formStateRestoreCallback(state: unknown): void {
    if (typeof state !== 'string') return;
    try {
      const answers: unknown = JSON.parse(state);
      if (answers && typeof answers === 'object' && !Array.isArray(answers)) this.value = answers as Answers;
    } catch {
      // Not ours: leave the answers alone.
    }
  }

  protected override updated(changed: PropertyValues): void {
    // Validation messages in the page's language (core's catalog for it loads on demand).
    if (changed.has('locale')) void ensureLocale(this.activeLocale).then(this.rerender);
    if (changed.has('value') || changed.has('definition') || changed.has('config') || changed.has('locale') || changed.has('stepIndex')) {
      this.syncFormState();
    }
  }

  /** Value (the normalised one once valid, so hidden answers never leave) and validity for a surrounding form. */
  private syncFormState(): void {
    const result = this.validate();
    this.internals.setFormValue(JSON.stringify(result.ok ? result.value : this.value), JSON.stringify(this.value));
    if (result.ok) {
      this.internals.setValidity({});
      return;
    }
    const first = result.issues[0] as ProblemIssue;
    const key = String(first.path[0]);
    const anchor = this.renderRoot.querySelector<HTMLElement>(`#${ids(key).control}`) ?? undefined;
    this.internals.setValidity({ customError: true }, this.strings.issue(this.labelOf(key), first.message), anchor);
  }

  private field(key: string): FieldDefinition | undefined {
    return this.definition ? indexForm(this.definition).field.get(key)?.field : undefined;
  }

  private labelOf(key: string): string {
    const field = this.field(key);
    return field?.label ? this.text(field.label) : key;
  }

  private stepKeys(index: number): Set<string> {
    const step = this.definition?.steps[index];
    return new Set(step?.sections.flatMap((s) => s.fields.map((f) => f.key)) ?? []);
  }

  private setAnswer(key: string, answer: unknown, raw?: string): void {
    if (raw === undefined) this.typed.delete(key);
    else this.typed.set(key, { raw, parsed: answer });
    const next: Answers = { ...this.value };
    if (answer === undefined) delete next[key];
    else next[key] = answer;
    this.value = next;
    if (Object.keys(this.errors).length > 0) this.refreshErrors();
    this.dispatchEvent(new TxChangeEvent({ ...next }, key));
  }

  /** Keeps shown errors current while the user fixes them (never adds new ones before a Next/Submit). */
  private refreshErrors(): void {
    const result = this.validate();
    const now = firstIssues(result.ok ? [] : result.issues);
    const errors: Record<string, string> = {};
    for (const key of Object.keys(this.errors)) {
      const message = now.get(key);
      if (message !== undefined) errors[key] = message;
    }
    this.errors = errors;
    this.summary = this.summary
      .filter((s) => errors[s.key] !== undefined)
      .map((s) => ({ key: s.key, text: this.strings.issue(this.labelOf(s.key), errors[s.key] as string) }));
  }

  private addFiles(field: Extract<FieldDefinition, { type: 'attachments' }>, chosen: readonly File[]): void {
    const s = this.strings;
    const maxSize = field.maxSize ?? DEFAULT_MAX_SIZE;
    const kept = [...(this.files[field.key] ?? [])];
    let problem: string | undefined;
    for (const file of chosen) {
      if (!accepts(field.accept, file)) problem ??= s.fileType(file.name);
      else if (file.size > maxSize) problem ??= s.fileTooBig(file.name, `${Math.round(maxSize / 1024 / 1024)} MB`);
      else if (field.maxFiles !== undefined && kept.length >= field.maxFiles) problem ??= s.tooManyFiles(field.maxFiles);
      else kept.push(file);
    }
    this.files = { ...this.files, [field.key]: kept };
    this.setAnswer(field.key, placeholders(kept.length));
    // A refused file is reported at once, in the field's error text (the validator never sees it).
    if (problem !== undefined) this.errors = { ...this.errors, [field.key]: problem };
  }

  private async removeFile(key: string, index: number): Promise<void> {
    const kept = (this.files[key] ?? []).filter((_, i) => i !== index);
    this.files = { ...this.files, [key]: kept };
    this.setAnswer(key, placeholders(kept.length));
    // The button is gone: keep focus in the field instead of losing it to the page.
    await this.updateComplete;
    this.focusField(key);
  }

  private focusField(key: string): void {
    this.renderRoot.querySelector<HTMLElement>(`#${ids(key).control}`)?.focus();
  }

  private clearErrors(): void {
    this.errors = {};
    this.summary = [];
  }

  /** Shows `issues` (of one step) under their fields and in the summary, and focuses the summary. */
  private async showIssues(issues: readonly ProblemIssue[]): Promise<void> {
    const first = firstIssues(issues);
    this.errors = Object.fromEntries(first);
    this.summary = [...first].map(([key, message]) => ({ key, text: this.strings.issue(this.labelOf(key), message) }));
    await this.updateComplete;
    const summary = this.renderRoot.querySelector<HTMLElement>('.summary');
    if (summary) summary.focus();
    else this.focusField([...first.keys()][0] ?? '');
  }

  private async goTo(index: number): Promise<void> {
    const def = this.definition;
    if (!def) return;
    this.clearErrors();
    this.stepIndex = Math.max(0, Math.min(index, def.steps.length - 1));
    const step = def.steps[this.stepIndex];
    this.announcement = step ? this.strings.step(this.stepIndex + 1, def.steps.length, this.text(step.title)) : '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.step-heading')?.focus();
  }

  private next(): void {
    const result = this.validate();
    const keys = this.stepKeys(this.stepIndex);
    const issues = result.ok ? [] : result.issues.filter((i) => keys.has(String(i.path[0])));
    if (issues.length > 0) void this.showIssues(issues);
    else void this.goTo(this.stepIndex + 1);
  }

  /** Validates every step; on issues shows the first step that has some. Dispatches `tx-submit` when `send`. */
  private submit(send = true): boolean {
    const def = this.definition;
    const result = this.validate();
    if (!def) return true;
    if (!result.ok) {
      const failing = new Set(result.issues.map((i) => String(i.path[0])));
      const index = Math.max(
        0,
        def.steps.findIndex((_, s) => [...this.stepKeys(s)].some((k) => failing.has(k))),
      );
      const keys = this.stepKeys(index);
      if (index !== this.stepIndex) this.announcement = this.strings.step(index + 1, def.steps.length, this.text(def.steps[index]?.title));
      this.stepIndex = index;
      void this.showIssues(result.issues.filter((i) => keys.has(String(i.path[0]))));
      return false;
    }
    if (!send) return true;
    this.clearErrors();
    const files: Record<string, File[]> = {};
    for (const [key, list] of Object.entries(this.files)) if (result.value[key] !== undefined && list.length) files[key] = [...list];
    if (this.dispatchEvent(new TxSubmitEvent(result.value, files))) this.announcement = this.strings.submitted;
    return true;
  }

  private onSubmit = (e: SubmitEvent): void => {
    e.preventDefault();
    const last = this.stepIndex >= (this.definition?.steps.length ?? 1) - 1;
    if (last) this.submit();
    else this.next();
  };

  override render() {
    const def = this.definition;
    if (!def) return nothing;
    const s = this.strings;
    const index = Math.min(this.stepIndex, def.steps.length - 1);
    const step = def.steps[index];
    if (!step) return nothing;
    const total = def.steps.length;
    const state = evaluate(def, this.value);
    const disabled = this.disabled || this.formDisabled;
    return html`<form part="base" class="base" novalidate aria-labelledby="tx-title" @submit=${this.onSubmit}>
      <h2 class="title" id="tx-title">${this.text(def.title)}</h2>
      ${def.description ? html`<p class="description">${this.text(def.description)}</p>` : nothing}
      ${this.draftController?.render(this.activeLocale, this.text) ?? nothing}
      ${
        total > 1
          ? html`<ol class="steps" aria-label=${s.steps}>
            ${def.steps.map((st, i) => html`<li aria-current=${i === index ? 'step' : nothing} data-done=${i < index ? 'true' : 'false'}>${this.text(st.title)}</li>`)}
          </ol>`
          : nothing
      }
      <div part="step" class="step" data-step=${step.key}>
        ${total > 1 ? html`<h3 class="step-heading" tabindex="-1">${s.step(index + 1, total, this.text(step.title))}</h3>` : nothing}
        ${
          this.summary.length > 0
            ? html`<div part="summary" class="summary" role="alert" tabindex="-1" aria-labelledby="tx-summary-title">
              <p class="summary-title" id="tx-summary-title">${s.summary(this.summary.length)}</p>
              <ul>
                ${this.summary.map((item) => html`<li><button type="button" class="link" @click=${() => this.focusField(item.key)}>${item.text}</button></li>`)}
              </ul>
            </div>`
            : nothing
        }
        ${step.sections.map((section) => this.renderSection(section, state, total > 1))}
      </div>
      <div part="footer" class="footer">
        ${index > 0 ? html`<button type="button" part="button" class="button secondary" ?disabled=${disabled} @click=${() => this.goTo(index - 1)}>${s.previous}</button>` : nothing}
        <button type="submit" part="button" class="button primary" ?disabled=${disabled}>${index === total - 1 ? s.submit : s.next}</button>
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </form>`;
  }

  private renderSection(section: FormDefinition['steps'][number]['sections'][number], state: FormState, nested: boolean) {
    if (state[section.key]?.visible === false) return nothing;
    const fields = section.fields.filter((f) => state[f.key]?.visible !== false);
    if (fields.length === 0) return nothing;
    const titleId = `s-${section.key}-title`;
    const title = section.title ? this.text(section.title) : undefined;
    const heading =
      title === undefined
        ? nothing
        : nested
          ? html`<h4 class="section-title" id=${titleId}>${title}</h4>`
          : html`<h3 class="section-title" id=${titleId}>${title}</h3>`;
    return html`<div class="section" role=${title === undefined ? nothing : 'group'} aria-labelledby=${title === undefined ? nothing : titleId}>
      ${heading}
      ${section.help ? html`<p class="help section-help">${this.text(section.help)}</p>` : nothing}
      ${fields.map((f) => renderField(this.host, f, state[f.key] ?? { visible: true, required: false, disabled: false }))}
    </div>`;
  }
}
