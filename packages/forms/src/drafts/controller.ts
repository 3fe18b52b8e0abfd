/**
 * Drafts of `<tx-form>` as a Lit reactive controller: when the host opts in (`drafts`), restores
 * the saved draft of the form and user once the definition is known, autosaves 800 ms after the
 * last change, and deletes the draft on submit and reset. Shows a polite notice after a restore.
 */
import type { FormDefinition, Locale, LocalizedText } from '@tongxin/core';
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Answers } from '../element/events.js';
import type { OptionLists } from '../fields.js';
import { indexForm } from '../model.js';
import { TxDraftRestoredEvent } from './events.js';
import { restoreDraft } from './restore.js';
import { createDraftStore, type DraftKey, type DraftStore } from './store.js';
import { DRAFT_STRINGS, formatSavedAt } from './strings.js';

/** Quiet time after the last change before the draft is written. */
export const AUTOSAVE_DELAY_MS = 800;

/** What the controller needs of its element. */
export type DraftHost = ReactiveControllerHost &
  HTMLElement & {
    definition: FormDefinition | undefined;
    config: OptionLists | undefined;
    value: Answers;
    drafts: boolean;
    userKey: string;
    draftStore: DraftStore | undefined;
  };

let shared: DraftStore | undefined;
/** The page's default store (IndexedDB `tongxin-drafts`), created on first use. */
const defaultStore = (): DraftStore => {
  shared ??= createDraftStore();
  return shared;
};

type Notice = { savedAt: number; dropped: { key: string; label: LocalizedText | undefined }[] };

export class DraftController implements ReactiveController {
  private readonly host: DraftHost;
  /** What was last loaded: `formId|version|userKey` and the store. */
  private loaded: { token: string; store: DraftStore } | undefined;
  /** Bumped on every load, submit and reset, so a late load never restores over them. */
  private generation = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pending: (() => Promise<unknown>) | undefined;
  private readonly purged = new WeakSet<DraftStore>();
  private notice: Notice | undefined;

  constructor(host: DraftHost) {
    this.host = host;
    host.addController(this);
  }

  private get store(): DraftStore {
    return this.host.draftStore ?? defaultStore();
  }

  private key(def: FormDefinition): DraftKey {
    return { formId: def.id, version: def.version, userKey: this.host.userKey || 'anonymous' };
  }

  hostConnected(): void {
    this.host.addEventListener('tx-change', this.onChange);
    this.host.addEventListener('tx-submit', this.onSubmit);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('tx-change', this.onChange);
    this.host.removeEventListener('tx-submit', this.onSubmit);
    this.flush();
  }

  hostUpdated(): void {
    const def = this.host.definition;
    if (!this.host.drafts || !def) return;
    const key = this.key(def);
    const token = `${key.formId}|${key.version}|${key.userKey}`;
    const store = this.store;
    if (this.loaded?.token === token && this.loaded.store === store) return;
    this.loaded = { token, store };
    void this.restore(def, key, store);
  }

  /** Cancels a pending autosave, hides the notice and deletes the draft (submit, reset). */
  clear(): void {
    this.generation += 1;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.pending = undefined;
    if (this.notice) {
      this.notice = undefined;
      this.host.requestUpdate();
    }
    const def = this.host.definition;
    if (this.host.drafts && def) void this.store.remove(this.key(def));
  }

  /** Writes a pending autosave now. */
  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const pending = this.pending;
    this.pending = undefined;
    void pending?.();
  }

  private async restore(def: FormDefinition, key: DraftKey, store: DraftStore): Promise<void> {
    const generation = ++this.generation;
    const record = await store.load(key);
    if (!this.purged.has(store)) {
      this.purged.add(store);
      void store.purgeExpired();
    }
    if (!record || generation !== this.generation || this.host.definition !== def) return;
    const { answers, dropped } = restoreDraft(def, record, this.host.config);
    if (Object.keys(answers).length === 0 && dropped.length === 0) return;
    // What is already in the form (set by the page, or typed meanwhile) wins over the draft.
    this.host.value = { ...answers, ...this.host.value };
    const fields = indexForm(def).field;
    this.notice = {
      savedAt: record.savedAt,
      dropped: dropped.map((k) => ({ key: k, label: fields.get(k)?.field.label ?? record.fields?.[k]?.label })),
    };
    this.host.requestUpdate();
    this.host.dispatchEvent(new TxDraftRestoredEvent({ restoredAt: new Date(), savedAt: new Date(record.savedAt), dropped }));
  }

  private onChange = (): void => {
    const def = this.host.definition;
    if (!this.host.drafts || !def) return;
    const key = this.key(def);
    const store = this.store;
    clearTimeout(this.timer);
    this.pending = () => store.save(key, this.host.value, def);
    this.timer = setTimeout(() => this.flush(), AUTOSAVE_DELAY_MS);
  };

  private onSubmit = (): void => {
    this.clear();
  };

  /** The notice after a restore (nothing otherwise). */
  render(locale: Locale, text: (t: LocalizedText | undefined) => string) {
    const notice = this.notice;
    if (!this.host.drafts || !notice) return nothing;
    const s = DRAFT_STRINGS[locale];
    const labels = notice.dropped.map((d) => (d.label ? text(d.label) : d.key));
    return html`<div part="draft-notice" class="notice draft-notice" role="status">
      <p>${s.restored(formatSavedAt(notice.savedAt, locale))}</p>
      ${labels.length > 0 ? html`<p>${s.dropped(labels)}</p>` : nothing}
    </div>`;
  }
}
