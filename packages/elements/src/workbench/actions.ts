/**
 * What each workflow action asks of the person taking it: its fields, described once, rendered as a
 * form by `renderActionForm` and read back into the action's request body by `actionBody`. The
 * rules themselves (who may act when) stay in `@tongxin/core/workflow`.
 */
import { addWorkingDays, type CountyConfig, chinaToday, type Locale, type Opinion, type Proposal } from '@tongxin/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { WorkbenchStrings } from './strings.js';

type Option = { value: string; label: string };

/** One field of an action form. `label` is a key of `strings.fields` (default: the field name). */
export interface FieldSpec {
  name: string;
  kind: 'select' | 'text' | 'tel' | 'date' | 'number' | 'textarea' | 'checks' | 'radio' | 'bool' | 'files';
  label?: string;
  required?: boolean;
  /** Longest text, or (files) most files. */
  max?: number;
  /** Files: the types the picker offers. */
  accept?: string;
  options?: Option[];
  value?: string | string[];
  /** Sent only when changed from `value` (defaults the server computes itself). */
  onlyIfChanged?: boolean;
}

/** Everything the field lists are made from. */
export interface SpecContext {
  config: CountyConfig;
  locale: Locale;
  s: WorkbenchStrings;
  /** Proposals this one may be merged into (filed, not yet answered, from the list loaded). */
  mergeTargets?: Option[];
}

const labelOf = (label: Record<string, string | undefined>, locale: Locale) => label[locale] ?? label['zh-Hans'] ?? '';
const coded = (list: { code: string; label: Record<string, string | undefined> }[], locale: Locale): Option[] =>
  list.map((c) => ({ value: c.code, label: labelOf(c.label, locale) }));
const units = (config: CountyConfig): Option[] =>
  config.units.filter((u) => u.active).map((u) => ({ value: u.id, label: u.shortName ?? u.name }));

/** The fields of a proposal action, for this proposal. An empty list means "confirm only". */
export function proposalFields(action: string, p: Proposal, c: SpecContext): FieldSpec[] {
  const { config, locale, s } = c;
  switch (action) {
    case 'file':
      return [{ name: 'categoryCode', kind: 'select', options: coded(config.proposalCategories, locale), value: p.categoryCode ?? '' }];
    case 'not_file':
      return [
        { name: 'reasonCode', kind: 'select', required: true, options: coded(config.notFiledReasons, locale) },
        { name: 'note', kind: 'textarea', max: 1000 },
      ];
    case 'return':
      return [{ name: 'note', label: 'returnNote', kind: 'textarea', required: true, max: 1000 }];
    case 'convert_to_opinion':
      return [{ name: 'proposerConsent', kind: 'bool', required: true }];
    case 'merge':
      return [{ name: 'into', kind: 'select', required: true, options: c.mergeTargets ?? [] }];
    case 'assign': {
      const suggestedAssisting = p.suggestedAssistingUnitIds ?? [];
      return [
        {
          name: 'mode',
          kind: 'radio',
          required: true,
          options: (['single', 'split', 'joint'] as const).map((m) => ({ value: m, label: s.modes[m] })),
          value: suggestedAssisting.length ? 'joint' : 'single',
        },
        { name: 'leadUnitIds', kind: 'checks', options: units(config), value: p.suggestedLeadUnitId ? [p.suggestedLeadUnitId] : [] },
        { name: 'assistingUnitIds', kind: 'checks', options: units(config), value: suggestedAssisting },
        {
          name: 'deadline',
          kind: 'date',
          required: true,
          value: addWorkingDays(chinaToday(), config.deadlines.replyWorkingDays, config.calendar),
          onlyIfChanged: true,
        },
      ];
    }
    case 'hand_back':
      return [{ name: 'reason', kind: 'textarea', required: true, max: 1000 }];
    case 'reply':
      return [
        { name: 'docNo', kind: 'text', required: true, max: 60 },
        { name: 'contactName', kind: 'text', required: true, max: 64 },
        { name: 'contactPhone', kind: 'tel', required: true, max: 20 },
        { name: 'answerCategory', kind: 'radio', required: true, options: coded(config.answerCategories, locale) },
        { name: 'text', kind: 'textarea', required: true, max: 30000 },
        // 答复函 scan and enclosures: uploaded first by the outbox, then the reply names them (attachmentIds).
        { name: 'attachments', kind: 'files', max: MAX_FILES, accept: REPLY_FILE_TYPES },
      ];
    case 'countersign':
      return [{ name: 'note', kind: 'textarea', max: 1000 }];
    case 'approve_reply': {
      const last = p.replies.at(-1);
      return [
        {
          name: 'answerCategory',
          kind: 'select',
          options: coded(config.answerCategories, locale),
          value: last?.answerCategory ?? '',
          onlyIfChanged: true,
        },
      ];
    }
    case 'rate': {
      const raters = [
        ...(p.proposer.memberId ? [{ value: p.proposer.memberId, label: p.proposer.name }] : []),
        ...p.cosigners.filter((x) => x.state === 'confirmed').map((x) => ({ value: x.memberId, label: x.name })),
      ].filter((r) => !p.ratings.some((x) => x.memberId === r.value));
      return [
        { name: 'memberId', kind: 'select', required: true, options: raters },
        {
          name: 'satisfaction',
          kind: 'radio',
          required: true,
          options: (['satisfied', 'basically_satisfied', 'dissatisfied'] as const).map((v) => ({
            value: v,
            label: satisfaction[locale][v],
          })),
        },
        { name: 'comment', kind: 'textarea', max: 2000 },
      ];
    }
    case 'rework':
      return [{ name: 'note', label: 'reason', kind: 'textarea', required: true, max: 1000 }];
    case 'extend':
      return [
        { name: 'workingDays', kind: 'number', required: true, value: '20' },
        { name: 'reason', kind: 'textarea', required: true, max: 1000 },
      ];
    case 'mark_key':
      return [{ name: 'key', kind: 'bool', value: p.key ? 'on' : '' }];
    default:
      return [];
  }
}

/** Most files one reply may have (the contract's limit). */
export const MAX_FILES = 20;
/** Largest file the outbox keeps on the device until it can upload it. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** What the server accepts for a reply letter: scans (PDF, OFD, photos) and office documents. */
const REPLY_FILE_TYPES = '.pdf,.ofd,.jpg,.jpeg,.png,.webp,.heic,.doc,.docx,.xls,.xlsx,application/pdf,image/*';

const satisfaction: Record<Locale, Record<'satisfied' | 'basically_satisfied' | 'dissatisfied', string>> = {
  'zh-Hans': { satisfied: '满意', basically_satisfied: '基本满意', dissatisfied: '不满意' },
  'zh-Hant': { satisfied: '滿意', basically_satisfied: '基本滿意', dissatisfied: '不滿意' },
  en: { satisfied: 'Satisfied', basically_satisfied: 'Basically satisfied', dissatisfied: 'Dissatisfied' },
};

/** The fields of an opinion action, for this opinion. */
export function opinionFields(action: string, o: Opinion, c: SpecContext): FieldSpec[] {
  const { config, locale, s } = c;
  const levels = coded(config.reportLevels, locale);
  switch (action) {
    case 'not_accept':
      return [
        { name: 'reasonCode', label: 'opinionReason', kind: 'select', options: coded(config.notFiledReasons, locale) },
        { name: 'note', label: 'reason', kind: 'textarea', required: true, max: 2000 },
      ];
    case 'edit':
      return [
        { name: 'title', kind: 'text', required: true, max: 100, value: o.edited?.title ?? o.title },
        {
          name: 'body',
          kind: 'textarea',
          required: true,
          max: 20000,
          value: o.edited?.body ?? [o.situation, o.analysis, o.suggestions].filter(Boolean).join('\n\n'),
        },
        { name: 'journalIssue', kind: 'text', max: 40, value: o.journalIssue ?? '' },
      ];
    case 'compile':
      return [{ name: 'journalIssue', kind: 'text', required: true, max: 40, value: o.journalIssue ?? '' }];
    case 'report':
      return [{ name: 'level', kind: 'select', required: true, options: levels }];
    case 'record_adoption':
      return [
        { name: 'level', kind: 'select', required: true, options: levels.filter((l) => o.uptake.some((u) => u.level === l.value)) },
        {
          name: 'adoption',
          kind: 'radio',
          required: true,
          options: (['single', 'combined'] as const).map((v) => ({ value: v, label: s.adoption[v] })),
          value: 'single',
        },
      ];
    case 'record_instruction':
      return [
        { name: 'level', kind: 'select', required: true, options: levels.filter((l) => o.uptake.some((u) => u.level === l.value)) },
        { name: 'by', kind: 'text', required: true, max: 64 },
        { name: 'text', label: 'instruction', kind: 'textarea', required: true, max: 2000 },
        { name: 'at', kind: 'date', required: true, value: chinaToday() },
      ];
    case 'reply':
      return [
        { name: 'text', label: 'replyText', kind: 'textarea', required: true, max: 10000 },
        { name: 'public', kind: 'bool', value: 'on' },
      ];
    case 'archive':
      return [{ name: 'note', kind: 'textarea', max: 2000 }];
    default:
      return [];
  }
}

/** The request body an action form gives: empty optional fields left out, defaults the server computes left to it. */
export function actionBody(action: string, fields: FieldSpec[], form: HTMLFormElement, version: number): Record<string, unknown> {
  const data = new FormData(form);
  const body: Record<string, unknown> = { action, expectedVersion: version };
  for (const f of fields) {
    if (f.kind === 'files') continue;
    if (f.kind === 'checks') body[f.name] = data.getAll(f.name).map(String);
    else if (f.kind === 'bool') body[f.name] = data.has(f.name);
    else {
      const value = String(data.get(f.name) ?? '').trim();
      if (value === '' || (f.onlyIfChanged && value === f.value)) continue;
      body[f.name] = f.kind === 'number' ? Number(value) : value;
    }
  }
  return body;
}

/**
 * The files chosen in an action form's file fields, or `undefined` when there are too many or one
 * is too large for the outbox to keep: then the picker says why, as the browser shows its own checks.
 */
export function filesIn(fields: FieldSpec[], form: HTMLFormElement, s: WorkbenchStrings): File[] | undefined {
  const all: File[] = [];
  for (const f of fields.filter((x) => x.kind === 'files')) {
    const input = form.querySelector<HTMLInputElement>(`input[name="${f.name}"]`);
    const files = [...(input?.files ?? [])];
    const tooLarge = files.find((file) => file.size > MAX_FILE_BYTES);
    const max = f.max ?? MAX_FILES;
    const why = tooLarge ? s.fileTooLarge(tooLarge.name, MAX_FILE_BYTES / 1024 / 1024) : files.length > max ? s.tooManyFiles(max) : '';
    if (why && input) {
      input.setCustomValidity(why);
      input.reportValidity();
      return undefined;
    }
    all.push(...files);
  }
  return all;
}

/** The form of one action: its fields, then confirm and cancel. */
export function renderActionForm(opts: {
  id: string;
  heading: string;
  fields: FieldSpec[];
  s: WorkbenchStrings;
  busy: boolean;
  onSubmit: (form: HTMLFormElement) => void;
  onCancel: () => void;
}): TemplateResult {
  const { id, heading, fields, s } = opts;
  const label = (f: FieldSpec) => s.fields[f.label ?? f.name] ?? f.name;
  const field = (f: FieldSpec) => {
    const fid = `${id}-${f.name}`;
    switch (f.kind) {
      case 'select':
        return html`<label for=${fid}>${label(f)}</label>
          <select id=${fid} name=${f.name} ?required=${f.required}>
            ${f.required && f.value ? nothing : html`<option value="">—</option>`}
            ${f.options?.map((o) => html`<option value=${o.value} ?selected=${o.value === f.value}>${o.label}</option>`)}
          </select>`;
      case 'textarea':
        return html`<label for=${fid}>${label(f)}</label>
          <textarea id=${fid} name=${f.name} rows="4" ?required=${f.required} maxlength=${f.max ?? 2000} .value=${(f.value as string) ?? ''}></textarea>`;
      case 'checks':
      case 'radio':
        return html`<fieldset>
          <legend>${label(f)}</legend>
          ${f.options?.map((o) => {
            const checked = Array.isArray(f.value) ? f.value.includes(o.value) : f.value === o.value;
            return html`<label class="choice"><input type=${f.kind === 'checks' ? 'checkbox' : 'radio'} name=${f.name} value=${o.value}
              ?checked=${checked} ?required=${f.kind === 'radio' && f.required} />${o.label}</label>`;
          })}
        </fieldset>`;
      case 'files':
        return html`<label for=${fid}>${label(f)}</label>
          <input id=${fid} name=${f.name} type="file" multiple accept=${f.accept ?? nothing} aria-describedby=${`${fid}-hint`}
            @change=${(e: Event) => (e.target as HTMLInputElement).setCustomValidity('')} />
          <p id=${`${fid}-hint`} class="muted">${s.filesHint(f.max ?? MAX_FILES)}</p>`;
      case 'bool':
        return html`<label class="choice"><input type="checkbox" name=${f.name} ?checked=${f.value === 'on'} ?required=${f.required} />${label(f)}</label>`;
      default:
        return html`<label for=${fid}>${label(f)}</label>
          <input id=${fid} name=${f.name} type=${f.kind} ?required=${f.required} maxlength=${f.kind === 'text' || f.kind === 'tel' ? (f.max ?? 200) : nothing}
            min=${f.kind === 'number' ? 1 : nothing} .value=${(f.value as string) ?? ''} />`;
    }
  };
  return html`<form class="stack action-form" part="action-form" aria-labelledby=${`${id}-title`}
    @submit=${(e: Event) => {
      e.preventDefault();
      opts.onSubmit(e.target as HTMLFormElement);
    }}>
    <h4 id=${`${id}-title`} tabindex="-1">${heading}</h4>
    ${fields.map((f) => html`<div class="field">${field(f)}</div>`)}
    <p class="row">
      <button part="button" class="primary" ?disabled=${opts.busy}>${s.send}</button>
      <button type="button" part="button" @click=${opts.onCancel}>${s.cancel}</button>
    </p>
  </form>`;
}
