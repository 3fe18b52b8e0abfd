import {
  type CountyConfig,
  createClient,
  FormDefinition,
  type FormSummary,
  type FormVersion,
  isNetworkError,
  type TokenProvider,
  type TongxinClient,
} from '@tongxin/core';
import { createOutbox, type Outbox, type OutboxEvent } from '@tongxin/core/outbox';
import { getConfig, getForm, listForms, publishForm, putConfig, saveForm } from '@tongxin/core/wire';
import { type DefinitionProblem, defaultOpinionForm, parseDefinition } from '@tongxin/forms';
import '@tongxin/forms/define/tx-form-preview';
import type { FieldType } from '@tongxin/core';
import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { EditHistory } from '../history.js';
import {
  ADDABLE_TYPES,
  addField,
  addRule,
  addSection,
  findField,
  getField,
  listFields,
  moveField,
  moveFieldBefore,
  moveSection,
  removeField,
  removeSection,
  updateField,
  updateSection,
  withText,
} from '../ops.js';
import { TxFormVersionEvent } from './events.js';
import { renderFieldEditor } from './field-editor.js';
import { styles } from './form-designer.styles.js';
import type { EditorHost } from './host.js';
import { renderRules } from './rule-editor.js';
import { S, TYPE_NAMES } from './strings.js';

const ROUTES = { listForms, getForm, saveForm, publishForm, getConfig, putConfig };
type Client = TongxinClient<typeof ROUTES>;
const parsed = new WeakMap<FormDefinition, DefinitionProblem[]>();
const STATUS_NAMES = { draft: S.draft, published: S.publishedState, archived: S.archived } as const;

/** Problems of `def` in plain language (memoized per definition object). */
function problemsOf(def: FormDefinition): DefinitionProblem[] {
  let problems = parsed.get(def);
  if (!problems) {
    const result = parseDefinition(def);
    problems = result.ok ? [] : result.problems;
    parsed.set(def, problems);
  }
  return problems;
}

/**
 * Lets county office staff change a form without a programmer: the steps, sections and fields
 * (add, remove, reorder by buttons or drag), their texts, limits, named patterns and options, and
 * show/hide/require/disable rules built by pointing and clicking. The definition is checked as it
 * changes, with plain-language problems; a live `<tx-form>` preview shows the result. Undo/redo
 * (also Ctrl+Z / Ctrl+Y), JSON import/export, and a warning before leaving with unsaved changes.
 * With `endpoint` and `tenant` it lists the county's forms, saves new versions and publishes them
 * (staff token from `getToken`).
 *
 * @summary A form designer for county office staff: edit, check, preview, save and publish forms.
 *
 * @event {TxFormVersionEvent} tx-form-saved - A new version was saved on the server (`version`).
 * @event {TxFormVersionEvent} tx-form-published - A version was published (`version`).
 *
 * @csspart toolbar - Title, undo/redo, import/export, save and publish.
 * @csspart forms - The county's forms on the server.
 * @csspart structure - Steps, sections and fields.
 * @csspart properties - The selected field's settings.
 * @csspart preview - The live preview.
 * @csspart rules - The rule builder.
 * @csspart problems - The plain-language check of the definition.
 *
 * @cssproperty [--tx-color-primary=#a61b1b] - Buttons and the selected field.
 * @cssproperty [--tx-color-text=#1a1a1a] - Text.
 * @cssproperty [--tx-color-error=#b00020] - Problems and unsaved changes.
 * @cssproperty [--tx-color-border=#767676] - Control borders.
 * @cssproperty [--tx-color-surface=#ffffff] - Background.
 * @cssproperty [--tx-font-size-base=1rem] - Base text size.
 * @cssproperty [--tx-radius=0.25rem] - Corner radius.
 * @cssproperty [--tx-focus-ring=3px solid #1d5fbf] - Outline of the focused control.
 */
export class TxFormDesigner extends LitElement {
  static override styles = styles;

  static override properties: PropertyDeclarations = {
    definition: { attribute: false },
    config: { attribute: false },
    endpoint: { reflect: true },
    tenant: { reflect: true },
    getToken: { attribute: false },
    userKey: { attribute: 'user-key' },
    selected: { state: true },
    forms: { state: true },
    message: { state: true },
    busy: { state: true },
    stored: { state: true },
    importProblems: { state: true },
  };

  /** The definition being edited (setting it starts a new undo history). */
  declare definition: FormDefinition | undefined;
  /** The county's configuration (lists for options); loaded from the server when not set. */
  declare config: CountyConfig | undefined;
  /** Base URL of the Tongxin API, e.g. `https://zx.example.gov.cn/api`. */
  declare endpoint: string | undefined;
  /** The county's 6-digit division code. */
  declare tenant: string | undefined;
  /** Returns the signed-in staff member's bearer token (property only). */
  declare getToken: TokenProvider | undefined;
  /** Who is signed in, for versions saved on this device while offline (default `staff`). */
  declare userKey: string | undefined;

  declare private selected: string | undefined;
  declare private forms: FormSummary[] | undefined;
  declare private message: string;
  declare private busy: boolean;
  /** The version last loaded from or stored on the server. */
  declare private stored: (Pick<FormVersion, 'status'> & { version: number; id: string }) | undefined;
  declare private importProblems: string[];

  private readonly history = new EditHistory<FormDefinition | undefined>(undefined);
  /** Saves made offline wait here (IndexedDB) until the server takes them. */
  private outbox: { key: string; box: Outbox<typeof ROUTES>; stop: () => void } | undefined;
  /** Forms (`form:<id>`) with a version waiting in the outbox: later saves queue behind it. */
  private waiting = new Set<string>();
  private dragged: string | undefined;
  private draggedSection: { step: number; index: number } | undefined;
  private readonly host: EditorHost;

  constructor() {
    super();
    this.message = '';
    this.busy = false;
    this.importProblems = [];
    const self = this;
    this.host = {
      get def() {
        return self.definition!;
      },
      get lists() {
        return self.config;
      },
      edit: (next, merge) => this.edit(next, merge),
      rename: (from, to) => {
        this.edit(updateField(this.definition!, from, { key: to }));
        if (this.selected === from) this.selected = to;
      },
    };
  }

  /** Whether there are changes not saved on the server (or not exported). */
  get dirty(): boolean {
    return this.history.dirty;
  }

  private readonly onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!this.history.dirty) return;
    // Both are needed: Chromium honours preventDefault, older engines the returnValue.
    event.preventDefault();
    event.returnValue = '';
  };

  private readonly onKeyDown = (event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey)) return;
    // Inside a text control, Ctrl+Z belongs to the control's own undo.
    const target = event.composedPath()[0];
    if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) this.undo();
    else if (key === 'y' || (key === 'z' && event.shiftKey)) this.redo();
    else return;
    event.preventDefault();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('beforeunload', this.onBeforeUnload);
    this.addEventListener('keydown', this.onKeyDown);
  }

  protected override updated(changed: PropertyValues): void {
    // The county's forms for these settings: on the first render (properties set before the
    // element was defined, such as a page's `getToken`, are in place by then) and when they change.
    if (!(changed.has('endpoint') || changed.has('tenant') || changed.has('getToken') || changed.has('userKey'))) return;
    const client = this.client();
    if (!client) return;
    void this.loadForms();
    // Versions saved offline on an earlier visit are delivered now.
    this.outboxFor(client);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('beforeunload', this.onBeforeUnload);
    this.removeEventListener('keydown', this.onKeyDown);
    this.outbox?.stop();
    this.outbox = undefined;
  }

  /** The outbox for these settings (opened on the first offline save, or to deliver earlier ones). */
  private outboxFor(client: Client): Outbox<typeof ROUTES> {
    const userKey = this.userKey ?? 'staff';
    const key = `${this.endpoint}|${this.tenant}|${userKey}`;
    if (this.outbox?.key !== key) {
      this.outbox?.stop();
      const box = createOutbox({ client, userKey, locale: 'zh-Hans' });
      const unsubscribe = box.subscribe(this.onOutbox);
      this.outbox = {
        key,
        box,
        stop: () => {
          unsubscribe();
          box.close();
        },
      };
    }
    return this.outbox.box;
  }

  /** A version saved offline reached the server, or was refused. */
  private readonly onOutbox = (event: OutboxEvent): void => {
    if (event.type === 'change') {
      const open = event.items.filter((i) => i.route === 'saveForm' && i.state !== 'rejected' && i.state !== 'expired');
      this.waiting = new Set(open.flatMap((i) => (i.entity ? [i.entity] : [])));
      return;
    }
    if ((event.type !== 'sent' && event.type !== 'rejected') || event.item.route !== 'saveForm') return;
    // No longer waiting (a 'change' event follows with any later saves still queued).
    if (event.item.entity) this.waiting.delete(event.item.entity);
    if (event.type === 'rejected') {
      const problem = event.item.problem;
      this.message = S.queuedRefused(problem?.detail ?? problem?.title ?? '');
      return;
    }
    this.afterSave(event.result as FormVersion);
  };

  /**
   * The server stored a version (`sent` now, or one from the outbox): edit on from it, say so, list it.
   */
  private afterSave(saved: FormVersion, sent?: FormDefinition): void {
    if (this.definition?.id === saved.definition.id) {
      // The server numbers versions; keep editing from what it stored, unless there are newer edits.
      if (sent ? this.definition === sent : !this.history.dirty) {
        this.history.markSaved(saved.definition);
        this.definition = saved.definition;
      }
      this.stored = { id: saved.definition.id, version: saved.definition.version, status: saved.status };
    }
    this.message = S.saved(saved.definition.version);
    this.dispatchEvent(new TxFormVersionEvent('tx-form-saved', saved));
    void this.loadForms();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('definition') && this.definition !== this.history.current) {
      this.history.reset(this.definition);
      this.selected = undefined;
    }
  }

  /** Commits an edit (undoable); edits with the same `merge` key in a row undo as one. */
  edit(next: FormDefinition, merge?: string): void {
    this.history.commit(next, merge);
    this.definition = next;
  }

  undo(): void {
    if (this.history.canUndo) this.definition = this.history.undo();
  }

  redo(): void {
    if (this.history.canRedo) this.definition = this.history.redo();
  }

  /** The definition as formatted JSON. */
  exportJson(): string {
    return `${JSON.stringify(this.definition, null, 2)}\n`;
  }

  /**
   * Replaces the definition by one read from JSON (an undoable edit). Returns the problems that
   * prevented it (not JSON, or not a form definition), in plain language; an empty list on success.
   */
  importJson(text: string): string[] {
    let input: unknown;
    try {
      input = JSON.parse(text);
    } catch {
      return this.showImport([S.importNotJson]);
    }
    const result = FormDefinition.safeParse(input);
    if (!result.success) {
      const checked = parseDefinition(input);
      return this.showImport([S.importFailed, ...(checked.ok ? [] : checked.problems.map((p) => p.message))]);
    }
    if (this.definition === undefined) this.history.reset(undefined);
    this.edit(result.data);
    this.selected = undefined;
    this.message = S.imported;
    return this.showImport([]);
  }

  private showImport(problems: string[]): string[] {
    this.importProblems = problems;
    return problems;
  }

  private client(): Client | undefined {
    if (!this.endpoint || !this.tenant) return undefined;
    return createClient({
      routes: ROUTES,
      baseUrl: this.endpoint,
      tenant: this.tenant,
      ...(this.getToken && { getToken: this.getToken }),
    });
  }

  private async run(task: (client: Client) => Promise<void>): Promise<void> {
    const client = this.client();
    if (!client) return;
    this.busy = true;
    try {
      await task(client);
    } catch (error) {
      const problem = (error as { problem?: { detail?: string; title?: string } }).problem;
      this.message = S.serverError(problem?.detail ?? problem?.title ?? (error as Error).message);
    } finally {
      this.busy = false;
    }
  }

  /** Loads the county's forms (and its configuration, for lists) from the server. */
  loadForms(): Promise<void> {
    return this.run(async (client) => {
      const [forms, config] = await Promise.all([client.listForms(), this.config ?? client.getConfig()]);
      this.forms = forms;
      this.config = config;
    });
  }

  /** Opens the newest version of the county's form `id`. */
  open(id: string): Promise<void> {
    return this.run(async (client) => {
      const { definition, status } = await client.getForm({ params: { formId: id } });
      this.definition = definition;
      this.stored = { id: definition.id, version: definition.version, status };
    });
  }

  /** Starts from the built-in opinion form, as the county's own form `opinion`. */
  startFromOpinion(): void {
    if (!this.config) return;
    // The built-in id always means the built-in form; the county's copy needs its own id.
    this.definition = { ...defaultOpinionForm(this.config), id: 'opinion' };
    this.stored = undefined;
  }

  /** Saves the definition on the server as a new (draft) version. Resolves to it, or `undefined` when not saved. */
  async save(): Promise<FormVersion | undefined> {
    const def = this.definition;
    if (!def) return undefined;
    if (problemsOf(def).length > 0) {
      this.message = S.saveBlocked;
      return undefined;
    }
    let saved: FormVersion | undefined;
    this.message = S.saving;
    const client = this.client();
    // Offline (or the connection drops while saving): kept on this device, saved when back online.
    if (client && (navigator.onLine === false || this.waiting.has(`form:${def.id}`))) {
      const queued = await this.queueSave(client, def);
      if (queued) return undefined;
    }
    await this.run(async (client) => {
      try {
        saved = await client.saveForm({ body: def });
      } catch (error) {
        if (isNetworkError(error) && (await this.queueSave(client, def))) return;
        throw error;
      }
      this.afterSave(saved, def);
    });
    return saved;
  }

  /** Keeps `def` in the outbox; true once it is stored on this device. */
  private async queueSave(client: Client, def: FormDefinition): Promise<boolean> {
    try {
      await this.outboxFor(client).enqueue('saveForm', { body: def }, { entity: `form:${def.id}`, label: def.title['zh-Hans'] });
    } catch {
      return false;
    }
    // Safe on this device: leaving the page no longer loses it.
    this.waiting.add(`form:${def.id}`);
    this.history.markSaved(def);
    this.message = S.savedOffline;
    this.requestUpdate();
    return true;
  }

  /** Publishes the current version (saving it first when it has unsaved changes). */
  async publish(): Promise<FormVersion | undefined> {
    if (!this.definition) return undefined;
    if (this.waiting.has(`form:${this.definition.id}`)) {
      // The version to publish is numbered by the server: it must be saved there first.
      this.message = S.publishWaits;
      return undefined;
    }
    if (this.history.dirty || !this.stored || this.stored.id !== this.definition.id) {
      if (!(await this.save())) return undefined;
    }
    const { id, version } = this.stored!;
    let published: FormVersion | undefined;
    await this.run(async (client) => {
      published = await client.publishForm({ params: { formId: id, version } });
      this.stored = { id, version, status: published.status };
      this.message = S.published(version);
      this.dispatchEvent(new TxFormVersionEvent('tx-form-published', published));
      void this.loadForms();
    });
    return published;
  }

  /**
   * Makes the opened form the one the county's opinion box (or proposal form) shows: the county
   * configuration names it (read fresh and written back whole). The form must be published.
   */
  async use(): Promise<boolean> {
    const def = this.definition;
    const purpose = def?.purpose;
    if (!def || (purpose !== 'opinion' && purpose !== 'proposal') || this.stored?.status !== 'published') return false;
    let done = false;
    await this.run(async (client) => {
      const current = await client.getConfig();
      this.config = await client.putConfig({ body: { ...current, forms: { ...current.forms, [purpose]: def.id } } });
      this.message = S.inUse[purpose];
      done = true;
    });
    return done;
  }

  private renderUse(def: FormDefinition | undefined): TemplateResult | typeof nothing {
    const purpose = def?.purpose;
    if (!def || (purpose !== 'opinion' && purpose !== 'proposal')) return nothing;
    if (this.config?.forms[purpose] === def.id && this.stored?.status === 'published')
      return html`<span class="in-use">${S.inUse[purpose]}</span>`;
    const published = this.stored?.id === def.id && this.stored.status === 'published' && !this.history.dirty;
    return html`<button
      type="button"
      class="use"
      ?disabled=${!published || this.busy}
      aria-describedby=${published ? nothing : 'use-hint'}
      @click=${() => this.use()}
    >
      ${S.useFor[purpose]}</button
    >${published ? nothing : html`<span id="use-hint" class="hint">${S.useNeedsPublish}</span>`}`;
  }

  private select(key: string | undefined): void {
    this.selected = key;
  }

  /** After a move, keeps focus on the same button of the moved field. */
  private async refocus(key: string, which: string): Promise<void> {
    await this.updateComplete;
    const row = this.renderRoot.querySelector(`li[data-key="${CSS.escape(key)}"]`);
    const button =
      row?.querySelector<HTMLButtonElement>(`button.${which}:not(:disabled)`) ?? row?.querySelector<HTMLButtonElement>('button.name');
    button?.focus();
  }

  /** Moves a section within its step (buttons or drag); focus stays on the same control of it. */
  private moveSectionTo(step: number, from: number, to: number, focus?: string): void {
    const def = this.definition!;
    const section = def.steps[step]?.sections[from];
    if (!section) return;
    const next = moveSection(def, step, from, to);
    if (next === def) return;
    this.edit(next);
    this.message = S.sectionMoved(section.title?.['zh-Hans'] ?? S.untitledSection);
    if (focus)
      void this.updateComplete.then(() => {
        const box = this.renderRoot.querySelector(`fieldset[data-section="${CSS.escape(section.key)}"]`);
        (box?.querySelector<HTMLButtonElement>(`button.${focus}:not(:disabled)`) ?? box?.querySelector<HTMLInputElement>('input'))?.focus();
      });
  }

  private move(key: string, delta: -1 | 1): void {
    this.edit(moveField(this.definition!, key, delta));
    this.message = S.moved(this.fieldName(key));
    void this.refocus(key, delta < 0 ? 'up' : 'down');
  }

  private fieldName(key: string): string {
    const field = getField(this.definition!, key);
    return (field?.label ?? (field && 'text' in field ? field.text : undefined))?.['zh-Hans'] || key;
  }

  private add(step: number, section: number, type: FieldType): void {
    const def = this.definition!;
    const after = this.selected ? findField(def, this.selected) : undefined;
    const index = after && after.step === step && after.section === section ? after.field + 1 : undefined;
    const { definition, key } = addField(def, type, { step, section, ...(index !== undefined && { index }) });
    this.edit(definition);
    this.selected = key;
    this.message = S.added(this.fieldName(key));
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLInputElement>(`#${CSS.escape(key)}-label, #${CSS.escape(key)}-text`)?.focus(),
    );
  }

  private removeAt(key: string): void {
    const name = this.fieldName(key);
    this.edit(removeField(this.definition!, key));
    if (this.selected === key) this.selected = undefined;
    this.message = S.removed(name);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.structure-heading')?.focus());
  }

  private addRule(): void {
    const def = this.definition!;
    const fields = listFields(def).map(({ field }) => field);
    const on = fields.find((f) => 'options' in f && f.options?.length) ?? fields.find((f) => f.type !== 'notice');
    if (!on) return;
    const first = 'options' in on ? on.options?.[0]?.value : undefined;
    const target = this.selected ?? fields.at(-1)!.key;
    this.edit(
      addRule(def, {
        effect: 'show',
        targets: [target],
        when: first === undefined ? { field: on.key, op: 'not_empty' } : { field: on.key, op: 'eq', value: first },
      }),
    );
  }

  private renderToolbar(def: FormDefinition | undefined): TemplateResult {
    const dirty = this.history.dirty;
    return html`<div class="toolbar" part="toolbar" role="toolbar" aria-label=${S.title}>
      ${
        def
          ? html`<label for="form-title">${S.formTitle}</label>
            <input
              id="form-title"
              .value=${def.title['zh-Hans']}
              @input=${(e: Event) => this.edit({ ...def, title: withText(def.title, 'zh-Hans', (e.target as HTMLInputElement).value, true)! }, 'title')}
            />`
          : nothing
      }
      <button type="button" class="undo" ?disabled=${!this.history.canUndo} @click=${() => this.undo()}>${S.undo}</button>
      <button type="button" class="redo" ?disabled=${!this.history.canRedo} @click=${() => this.redo()}>${S.redo}</button>
      <button type="button" class="export" ?disabled=${!def} @click=${() => this.download()}>${S.exportJson}</button>
      <label class="file"
        >${S.importJson}<input
          type="file"
          class="import"
          accept=".json,application/json"
          @change=${async (e: Event) => {
            const input = e.target as HTMLInputElement;
            const file = input.files?.[0];
            if (file) this.importJson(await file.text());
            input.value = '';
          }}
      /></label>
      ${
        this.endpoint
          ? html`<button type="button" class="save primary" ?disabled=${!def || this.busy} @click=${() => this.save()}>${S.save}</button>
            <button type="button" class="publish" ?disabled=${!def || this.busy} @click=${() => this.publish()}>${S.publish}</button>
            ${this.renderUse(def)}`
          : nothing
      }
      <span class=${dirty ? 'dirty' : ''}>${dirty ? S.unsaved : S.allSaved}</span>
      ${this.stored ? html`<span>${S.formVersion(this.stored.version, STATUS_NAMES[this.stored.status])}</span>` : nothing}
    </div>`;
  }

  private download(): void {
    const url = URL.createObjectURL(new Blob([this.exportJson()], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${this.definition?.id ?? 'form'}-v${this.definition?.version ?? 1}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  private renderForms(): TemplateResult | typeof nothing {
    if (!this.endpoint) return nothing;
    return html`<section part="forms" aria-labelledby="forms-heading">
      <h2 id="forms-heading">${S.forms}</h2>
      ${
        this.forms === undefined
          ? html`<p>${S.loading}</p>`
          : this.forms.length === 0
            ? html`<p>${S.noForms}</p>`
            : html`<ul>
              ${this.forms.map(
                (f) => html`<li>
                  ${f.title['zh-Hans']}（${f.id}，${S.formVersion(f.latestVersion, f.publishedVersion === f.latestVersion ? S.publishedState : S.draft)}）
                  <button type="button" class="open" data-form=${f.id} @click=${() => this.open(f.id)}>${S.open}</button>
                </li>`,
              )}
            </ul>`
      }
      <button type="button" class="from-opinion" ?disabled=${!this.config} @click=${() => this.startFromOpinion()}>${S.startFromOpinion}</button>
    </section>`;
  }

  private renderStructure(def: FormDefinition): TemplateResult {
    const typeSelect = (id: string) =>
      html`<select id=${id} class="add-type">${ADDABLE_TYPES.map((t) => html`<option value=${t}>${TYPE_NAMES[t]}</option>`)}</select>`;
    const fieldCount = listFields(def).length;
    let position = 0;
    return html`<section part="structure" aria-labelledby="structure-heading">
      <h2 id="structure-heading" class="structure-heading" tabindex="-1">${S.structure}</h2>
      ${def.steps.map(
        (step, s) => html`<h3>${S.step(s + 1, step.title['zh-Hans'])}</h3>
          ${step.sections.map((section, c) => {
            const id = `add-${s}-${c}`;
            const title = section.title?.['zh-Hans'] ?? S.untitledSection;
            return html`<fieldset
              class="section"
              data-section=${section.key}
              @dragover=${(e: DragEvent) => {
                if (this.draggedSection) e.preventDefault();
              }}
              @drop=${(e: DragEvent) => {
                const from = this.draggedSection;
                if (!from || from.step !== s) return;
                e.preventDefault();
                this.draggedSection = undefined;
                this.moveSectionTo(s, from.index, c);
              }}
            >
              <legend>
                <span
                  class="grip"
                  draggable="true"
                  title=${S.dragSection}
                  @dragstart=${(e: DragEvent) => {
                    this.draggedSection = { step: s, index: c };
                    e.dataTransfer?.setData('text/plain', section.key);
                  }}
                  @dragend=${() => {
                    this.draggedSection = undefined;
                  }}
                  aria-hidden="true"
                  >⠿</span
                >
                ${S.section(title)}
              </legend>
              ${
                step.sections.length > 1
                  ? html`<div class="row section-moves">
                    <button type="button" class="section-up" aria-label=${`${S.sectionUp} ${title}`} ?disabled=${c === 0} @click=${() => this.moveSectionTo(s, c, c - 1, 'section-up')}>${S.sectionUp}</button>
                    <button type="button" class="section-down" aria-label=${`${S.sectionDown} ${title}`} ?disabled=${c === step.sections.length - 1} @click=${() => this.moveSectionTo(s, c, c + 1, 'section-down')}>${S.sectionDown}</button>
                  </div>`
                  : nothing
              }
              <div class="prop">
                <label for=${`${section.key}-title`}>${S.sectionTitle}</label>
                <input
                  id=${`${section.key}-title`}
                  .value=${section.title?.['zh-Hans'] ?? ''}
                  @input=${(e: Event) =>
                    this.edit(
                      updateSection(def, s, c, { title: withText(section.title, 'zh-Hans', (e.target as HTMLInputElement).value) }),
                      `section:${section.key}`,
                    )}
                />
              </div>
              ${section.fields.length === 0 ? html`<p>${S.emptySection}</p>` : nothing}
              <ol class="fields">
                ${section.fields.map((field) => {
                  position++;
                  const name = this.fieldName(field.key);
                  return html`<li
                    data-key=${field.key}
                    draggable="true"
                    @dragstart=${(e: DragEvent) => {
                      this.dragged = field.key;
                      e.dataTransfer?.setData('text/plain', field.key);
                    }}
                    @dragover=${(e: DragEvent) => e.preventDefault()}
                    @drop=${(e: DragEvent) => {
                      // A section dropped here goes to the section's own handler.
                      if (this.draggedSection) return;
                      e.preventDefault();
                      const from = this.dragged ?? e.dataTransfer?.getData('text/plain');
                      this.dragged = undefined;
                      if (from) this.edit(moveFieldBefore(def, from, field.key));
                    }}
                  >
                    <button type="button" class="name" aria-pressed=${this.selected === field.key ? 'true' : 'false'} @click=${() => this.select(field.key)}>
                      ${name}${'required' in field && field.required ? html` <span aria-hidden="true">*</span><span class="visually-hidden">（${S.required}）</span>` : nothing}
                      <span class="hint">${TYPE_NAMES[field.type]}</span>
                    </button>
                    <button type="button" class="up" aria-label=${`${S.moveUp} ${name}`} ?disabled=${position === 1} @click=${() => this.move(field.key, -1)}>${S.moveUp}</button>
                    <button type="button" class="down" aria-label=${`${S.moveDown} ${name}`} ?disabled=${position === fieldCount} @click=${() => this.move(field.key, 1)}>${S.moveDown}</button>
                    <button type="button" class="remove danger" aria-label=${`${S.remove} ${name}`} @click=${() => this.removeAt(field.key)}>${S.remove}</button>
                  </li>`;
                })}
              </ol>
              <div class="row">
                <label for=${id}>${S.fieldType}</label>${typeSelect(id)}
                <button
                  type="button"
                  class="add-field"
                  @click=${() => this.add(s, c, (this.renderRoot.querySelector<HTMLSelectElement>(`#${id}`)?.value ?? 'text') as FieldType)}
                >${S.addField}</button>
              </div>
              ${step.sections.length > 1 ? html`<button type="button" class="danger" @click=${() => this.edit(removeSection(def, s, c))}>${S.removeSection}</button>` : nothing}
            </fieldset>`;
          })}
          <button type="button" class="add-section" @click=${() => this.edit(addSection(def, s).definition)}>${S.addSection}</button>`,
      )}
    </section>`;
  }

  private renderProblems(problems: DefinitionProblem[]): TemplateResult {
    const fieldKeys = new Set(listFields(this.definition!).map(({ field }) => field.key));
    return html`<section part="problems" aria-labelledby="problems-heading">
      <h2 id="problems-heading">${S.problems}</h2>
      ${
        problems.length === 0
          ? html`<p class="ok">${S.noProblems}</p>`
          : html`<p class="problems">${S.problemCount(problems.length)}</p>
            <ul class="problems">
              ${problems.map(
                (p) => html`<li data-code=${p.code}>
                  ${p.message}
                  ${p.key !== undefined && fieldKeys.has(p.key) ? html`<button type="button" @click=${() => this.select(p.key)}>${S.edit}</button>` : nothing}
                </li>`,
              )}
            </ul>`
      }
    </section>`;
  }

  protected override render(): TemplateResult {
    const def = this.definition;
    const field = def && this.selected ? getField(def, this.selected) : undefined;
    return html`${this.renderToolbar(def)}
      <p role="status" class="message">${this.message}</p>
      ${
        this.importProblems.length > 0
          ? html`<ul class="problems import-problems" role="alert">${this.importProblems.map((p) => html`<li>${p}</li>`)}</ul>`
          : nothing
      }
      ${this.renderForms()}
      ${
        def
          ? html`<div class="columns">
              ${this.renderStructure(def)}
              <section part="properties" aria-labelledby="properties-heading">
                <h2 id="properties-heading">${S.properties}</h2>
                ${field ? renderFieldEditor(this.host, field) : html`<p>${S.noSelection}</p>`}
              </section>
              <section part="preview" aria-labelledby="preview-heading">
                <h2 id="preview-heading">${S.preview}</h2>
                <tx-form .definition=${def} .config=${this.config} locale="zh-Hans"></tx-form>
              </section>
            </div>
            <section part="rules" aria-labelledby="rules-heading">
              <h2 id="rules-heading">${S.rules}</h2>
              ${renderRules(this.host)}
              <button type="button" class="add-rule" @click=${() => this.addRule()}>${S.addRule}</button>
            </section>
            ${this.renderProblems(problemsOf(def))}`
          : html`<p>${S.noForm}</p>`
      }`;
  }
}
