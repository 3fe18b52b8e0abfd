/**
 * One task: its fields, the stages with a progress bar, the dated timeline, outcome and feedback,
 * and (for members, staff and units) forms to post progress and move the stage, with what the
 * server refused or found in conflict. Server text is always bound as text, never as HTML.
 * Loaded when a task is first opened (and fetched ahead once the list shows): most visitors of a
 * county's task page read the list.
 */
import type { Task, TaskPublic, TaskUpdate } from '@tongxin/core';
import { missingRequirements } from '@tongxin/core/workflow';
import { html, nothing, type TemplateResult } from 'lit';
import { safeUrl } from '../shared/safe.js';
import { type DetailContext, type PatchConflict, problemText, UPDATE_MAX } from './detail-frame.js';
import {
  type AnyTask,
  chinaDateTime,
  isFullTask,
  OUTCOME_FIELDS,
  type OutcomeField,
  outcomeValue,
  patchFields,
  patchValue,
} from './logic.js';
import type { TaskStrings } from './strings.js';
import { dueClass } from './views.js';

const dateTime = (at: string) => {
  const { date, time } = chinaDateTime(at);
  return `${date} ${time}`;
};

/** The body of the detail view of one task. */
export function renderDetail(d: DetailContext): TemplateResult {
  const { s, task: t } = d;
  const full = isFullTask(t) ? t : undefined;
  return html`<p class="row">
      <span class="badge">${s.types[t.type]}</span>
      <span class="badge">${d.stageLabel(t.stageCode)}</span>
      <span class="due ${dueClass(d.due)}">${d.dueText(d.due)}</span>
    </p>
    ${renderStages(d)}
    <div class="progress">
      <label for="detail-progress">${s.fields.progress} ${s.progressValue(t.progress)}</label>
      <progress id="detail-progress" max="100" .value=${t.progress}>${s.progressValue(t.progress)}</progress>
    </div>
    ${full ? renderRejected(d) : nothing} ${full && d.conflict ? renderConflict(d, d.conflict) : nothing}
    ${full ? renderFields(d, full) : renderPublicFields(d, t as TaskPublic)} ${full ? renderOutcome(d, full) : nothing}
    ${renderTimeline(d, t)} ${full && d.canWork ? renderActions(d, full) : nothing}
    ${full ? html`<div class="row"><button type="button" @click=${d.printSheet}>${s.print.sheet}</button></div>` : nothing}`;
}

function renderStages(d: DetailContext): TemplateResult {
  const current = d.config.taskStages.findIndex((st) => st.code === d.task.stageCode);
  return html`<ol class="stages" aria-label=${d.s.stagesLabel}>
    ${d.config.taskStages.map(
      (st, i) =>
        html`<li class=${i < current ? 'past' : i === current ? 'current' : 'future'} aria-current=${i === current ? 'step' : 'false'}>
          ${d.stageLabel(st.code)}
        </li>`,
    )}
  </ol>`;
}

const field = (label: string, value: unknown) =>
  value === undefined || value === '' || value === nothing
    ? nothing
    : html`<div>
        <dt>${label}</dt>
        <dd>${value}</dd>
      </div>`;

/** Ids of source records, as links when the site says where they are shown. */
const links = (d: DetailContext, kind: 'proposal' | 'opinion', ids: readonly string[]) =>
  ids.length === 0
    ? undefined
    : html`${ids.map((id, i) => {
        const href = d.link(kind, id);
        return html`${i > 0 ? '、' : ''}${href ? html`<a href=${href}>${id}</a>` : id}`;
      })}`;

const range = (d: DetailContext, from: string | undefined, to: string | undefined) =>
  from || to ? `${from ? d.date(from) : '—'} — ${to ? d.date(to) : '—'}` : undefined;

function renderFields(d: DetailContext, t: Task): TemplateResult {
  const { s } = d;
  return html`<dl class="fields">
    ${field(s.fields.type, s.types[t.type])} ${field(s.fields.year, s.yearValue(t.year))} ${field(s.fields.lead, d.units(t.leadUnitIds))}
    ${field(s.fields.assisting, d.units(t.assistingUnitIds))} ${field(s.fields.party, t.leadingParty)} ${field(s.fields.leader, t.leader)}
    ${field(s.fields.participants, t.participants.map((p) => p.name).join('、'))}
    ${field(s.fields.planned, range(d, t.plannedStart, t.plannedEnd))} ${field(s.fields.actual, range(d, t.actualStart, t.actualEnd))}
    ${field(s.fields.summary, t.summary ? html`<span class="pre">${t.summary}</span>` : undefined)}
    ${field(s.fields.publicSummary, t.publicSummary)} ${field(s.fields.visibility, t.public ? s.fields.isPublic : s.fields.notPublic)}
    ${field(s.fields.proposals, links(d, 'proposal', t.proposalIds))} ${field(s.fields.opinions, links(d, 'opinion', t.opinionIds))}
    ${field(s.fields.version, String(t.version))} ${field(s.fields.updatedAt, dateTime(t.updatedAt))}
  </dl>`;
}

const yesNo = (s: TaskStrings, b: boolean | undefined) => (b === undefined ? undefined : b ? s.outcome.yes : s.outcome.no);

function renderPublicFields(d: DetailContext, t: TaskPublic): TemplateResult {
  const { s } = d;
  return html`<dl class="fields">
    ${field(s.fields.type, s.types[t.type])} ${field(s.fields.year, s.yearValue(t.year))} ${field(s.fields.lead, d.units(t.leadUnitIds))}
    ${field(s.fields.party, t.leadingParty)} ${field(s.columns.due, t.plannedEnd ? d.date(t.plannedEnd) : undefined)}
    ${field(s.fields.actual, t.actualEnd ? d.date(t.actualEnd) : undefined)} ${field(s.fields.publicSummary, t.publicSummary)}
    ${field(s.outcome.adopted, yesNo(s, t.adopted))} ${field(s.outcome.carriedOut, yesNo(s, t.carriedOut))}
  </dl>`;
}

/** A field's value for people: labels for codes and choices. */
function shownValue(d: DetailContext, key: OutcomeField, raw: string): string {
  const { s } = d;
  if (raw === '') return s.outcome.unset;
  if (key === 'adopted' || key === 'carriedOut') return raw === 'yes' ? s.outcome.yes : s.outcome.no;
  if (key === 'resolution') {
    const c = d.config.answerCategories.find((a) => a.code === raw);
    return c ? `${c.code} ${d.label(c.label)}` : raw;
  }
  if (key === 'satisfaction') return s.satisfaction[raw as keyof TaskStrings['satisfaction']] ?? raw;
  return raw;
}

const fieldLabel = (s: TaskStrings, key: OutcomeField) => (key === 'feedbackText' ? s.outcome.feedback : s.outcome[key]);

function renderOutcome(d: DetailContext, t: Task): TemplateResult {
  const { s } = d;
  const value = (key: OutcomeField) => {
    const raw = outcomeValue(t, key);
    return raw === '' ? undefined : html`<span class="pre">${shownValue(d, key, raw)}</span>`;
  };
  return html`<section class="stack" aria-labelledby="outcome-h">
    <h3 id="outcome-h" tabindex="-1">${s.outcome.heading}</h3>
    <dl class="fields">
      ${OUTCOME_FIELDS.map((key) => field(fieldLabel(s, key), value(key)))}
      ${field(s.outcome.feedbackAt, t.feedback.at ? dateTime(t.feedback.at) : undefined)}
    </dl>
    ${d.canEdit ? (d.editing ? renderOutcomeForm(d, t) : html`<div class="row"><button type="button" @click=${d.openEdit}>${s.outcome.edit}</button></div>`) : nothing}
  </section>`;
}

function renderOutcomeForm(d: DetailContext, t: Task): TemplateResult {
  const { s } = d;
  const choice = (key: OutcomeField, options: [string, string][]) =>
    html`<label for="o-${key}">${fieldLabel(s, key)}</label>
      <select id="o-${key}" name=${key}>
        <option value="" .selected=${outcomeValue(t, key) === ''}>${s.outcome.unset}</option>
        ${options.map(([v, label]) => html`<option value=${v} .selected=${outcomeValue(t, key) === v}>${label}</option>`)}
      </select>`;
  const textArea = (key: OutcomeField) =>
    html`<label for="o-${key}">${fieldLabel(s, key)}</label>
      <textarea id="o-${key}" name=${key} rows="2" .value=${outcomeValue(t, key)}></textarea>`;
  const yn: [string, string][] = [
    ['yes', s.outcome.yes],
    ['no', s.outcome.no],
  ];
  return html`<form class="stack edit" part="outcome-form" novalidate @submit=${d.saveOutcome} aria-labelledby="outcome-h">
    ${choice(
      'resolution',
      d.config.answerCategories.map((c) => [c.code, `${c.code} ${d.label(c.label)}`]),
    )}
    ${choice('adopted', yn)} ${textArea('adoptionNote')} ${choice('carriedOut', yn)} ${textArea('carriedOutNote')} ${textArea('feedbackText')}
    ${choice(
      'satisfaction',
      (['satisfied', 'basically_satisfied', 'dissatisfied'] as const).map((k) => [k, s.satisfaction[k]]),
    )}
    ${d.online ? nothing : html`<p class="notice">${s.outcome.needsOnline}</p>`}
    ${d.formError ? html`<p class="alert" role="alert">${d.formError}</p>` : nothing}
    <div class="row">
      <button type="submit" class="primary" ?disabled=${d.saving || !d.online}>${s.outcome.save}</button>
      <button type="button" @click=${d.cancelEdit}>${s.outcome.cancel}</button>
    </div>
  </form>`;
}

/** Both versions of an outcome edit the server refused with 409, and the two ways out. */
function renderConflict(d: DetailContext, c: PatchConflict): TemplateResult {
  const { s } = d;
  const last = c.theirs.history.at(-1);
  return html`<section class="conflict alert stack" part="conflict" aria-labelledby="conflict-h">
    <h3 id="conflict-h" tabindex="-1">${s.conflict.heading}</h3>
    <p>${s.conflict.intro}</p>
    ${last ? html`<p>${s.conflict.lastChange(who(s, last.actor), dateTime(last.at))}</p>` : nothing}
    <table class="list">
      <thead>
        <tr>
          <th scope="col">${s.conflict.field}</th>
          <th scope="col">${s.conflict.mine(c.base)}</th>
          <th scope="col">${s.conflict.theirs(c.theirs.version)}</th>
        </tr>
      </thead>
      <tbody>
        ${patchFields(c.patch).map(
          (key) =>
            html`<tr>
              <th scope="row">${fieldLabel(s, key)}</th>
              <td class="mine"><span class="pre">${shownValue(d, key, patchValue(c.patch, key))}</span></td>
              <td class="theirs"><span class="pre">${shownValue(d, key, outcomeValue(c.theirs, key))}</span></td>
            </tr>`,
        )}
      </tbody>
    </table>
    <div class="row">
      <button type="button" class="primary" ?disabled=${d.saving || !d.online} @click=${d.keepMine}>${s.conflict.keepMine}</button>
      <button type="button" @click=${d.keepTheirs}>${s.conflict.keepTheirs}</button>
    </div>
  </section>`;
}

const who = (s: TaskStrings, a: { name?: string | undefined; role: keyof TaskStrings['roles'] }) =>
  a.name ? `${s.roles[a.role]} ${a.name}` : s.roles[a.role];

/** What the server returned: refused stage moves (with its reason) and moves in conflict (both versions). */
function renderRejected(d: DetailContext): TemplateResult | typeof nothing {
  const { s } = d;
  const rejected = d.items.filter((i) => i.state === 'rejected');
  if (rejected.length === 0) return nothing;
  return html`${rejected.map((item) => {
    const body = (item.input.body ?? {}) as { to?: string; version?: number; text?: string };
    const isMove = item.route === 'moveTaskStage';
    const current = isMove && item.problem?.code === 'version_conflict' ? d.currentOf(item) : undefined;
    const { text, issues } = problemText(item.problem);
    const allowed = (item.problem?.allowed ?? []).map((code) => d.stageLabel(code));
    return html`<section class="alert stack refused" part="refused" aria-label=${s.refused.heading}>
      <h3>${current ? s.conflict.heading : s.refused.heading}</h3>
      ${
        current
          ? html`<p>${s.conflict.intro}</p>
            <ul>
              <li class="mine">${s.conflict.moveMine(d.stageLabel(body.to ?? ''), body.version ?? 0)}</li>
              <li class="theirs">
                ${s.conflict.moveTheirs(d.stageLabel(current.stageCode), current.version)}${
                  current.history.at(-1)
                    ? html`；${s.conflict.lastChange(who(s, current.history.at(-1)!.actor), dateTime(current.history.at(-1)!.at))}`
                    : nothing
                }
              </li>
            </ul>`
          : html`<p>
              <strong>${isMove ? s.refused.move(d.stageLabel(body.to ?? '')) : `${s.pending.update}：${item.label ?? ''}`}</strong>
            </p>
            <p class="reason">${text}</p>
            ${issues.length ? html`<ul>${issues.map((i) => html`<li>${i}</li>`)}</ul>` : nothing}
            ${allowed.length ? html`<p>${s.refused.allowed(allowed.join('、'))}</p>` : nothing}`
      }
      <div class="row">
        ${
          isMove
            ? html`<button type="button" class="primary" @click=${() => d.resubmit(item)}>
              ${current ? s.conflict.resubmitMove : s.refused.resubmit}
            </button>`
            : nothing
        }
        <button type="button" @click=${() => d.discard(item)}>${s.refused.discard}</button>
      </div>
    </section>`;
  })}`;
}

type Entry =
  | { at: string; kind: 'update'; u: TaskUpdate | TaskPublic['updates'][number] }
  | {
      at: string;
      kind: 'move' | 'create';
      from?: string | undefined;
      to: string;
      actor: Task['history'][number]['actor'];
      note?: string | undefined;
    };

/** Dated updates and stage changes, oldest first, then what is still waiting to be sent. */
function renderTimeline(d: DetailContext, t: AnyTask): TemplateResult {
  const { s } = d;
  const full = isFullTask(t) ? t : undefined;
  const entries: Entry[] = t.updates.map((u) => ({ at: u.at, kind: 'update', u }));
  for (const h of full?.history ?? []) {
    if (h.action === 'move' || h.action === 'create')
      entries.push({ at: h.at, kind: h.action, from: h.from, to: h.to, actor: h.actor, note: h.note });
  }
  entries.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const waiting = d.items.filter((i) => i.state !== 'rejected');
  return html`<section class="stack" aria-labelledby="timeline-h">
    <h3 id="timeline-h">${s.timeline.heading}</h3>
    ${entries.length === 0 && waiting.length === 0 ? html`<p class="muted">${s.timeline.empty}</p>` : nothing}
    <ol class="timeline" part="timeline">
      ${entries.map((e) => {
        const { date, time } = chinaDateTime(e.at);
        const stamp = html`<time datetime=${e.at}>${d.date(date)} ${time}</time>`;
        if (e.kind !== 'update') {
          return html`<li class="move">
            ${stamp} ${full ? html`<span class="muted">${who(s, e.actor)}</span>` : nothing}
            <p>${e.kind === 'create' ? s.timeline.created : s.timeline.moved(d.stageLabel(e.from ?? ''), d.stageLabel(e.to))}</p>
            ${e.note ? html`<p class="pre">${e.note}</p>` : nothing}
          </li>`;
        }
        const u = e.u as Partial<TaskUpdate> & { text: string; progress?: number | undefined };
        return html`<li class="update">
          ${stamp} ${u.author ? html`<span class="muted">${who(s, u.author)}</span>` : nothing}
          ${u.progress !== undefined ? html`<span class="badge">${s.progressValue(u.progress)}</span>` : nothing}
          ${full ? html`<span class="badge">${u.public ? s.timeline.public : s.timeline.internal}</span>` : nothing}
          <p class="pre">${u.text}</p>
          ${
            u.attachments?.length
              ? html`<ul class="files">
                ${u.attachments.map((a) => {
                  const href = a.url ? safeUrl(d.endpoint + a.url) : undefined;
                  return html`<li>${href ? html`<a href=${href} rel="noopener" target="_blank">${a.name}</a>` : a.name}</li>`;
                })}
              </ul>`
              : nothing
          }
        </li>`;
      })}
      ${waiting.map((i) => {
        const body = (i.input.body ?? {}) as { to?: string; text?: string };
        return html`<li class="pending">
          <span class="badge offline">${s.itemStates[i.state]}</span>
          <p class="pre">${i.route === 'moveTaskStage' ? s.pending.move(d.stageLabel(body.to ?? '')) : (body.text ?? i.label ?? '')}</p>
        </li>`;
      })}
    </ol>
  </section>`;
}

/** Posting progress (with files) and moving the stage: both go through the outbox. */
function renderActions(d: DetailContext, t: Task): TemplateResult {
  const { s } = d;
  const target = d.allowed.find((st) => st.code === d.moveTo) ?? d.allowed[0];
  const lacks = target ? missingRequirements(t, target) : [];
  const tooLong = d.textLength > UPDATE_MAX;
  return html`<div class="actions">
    <form class="stack" part="update-form" novalidate @submit=${d.postUpdate} aria-labelledby="update-h">
      <h3 id="update-h">${s.update.heading}</h3>
      <label for="u-text">${s.update.text}</label>
      <textarea
        id="u-text"
        name="text"
        rows="4"
        required
        aria-invalid=${d.updateError || tooLong ? 'true' : 'false'}
        aria-describedby="u-count${d.updateError ? ' u-error' : ''}"
        @input=${d.countText}
      ></textarea>
      <p id="u-count" class=${tooLong ? 'error' : 'muted'}>${s.update.counter(d.textLength, UPDATE_MAX)}</p>
      ${d.updateError ? html`<p id="u-error" class="error">${d.updateError}</p>` : nothing}
      <label for="u-progress">${s.update.progress}</label>
      <input id="u-progress" name="progress" type="number" min="0" max="100" step="1" inputmode="numeric" aria-describedby="u-progress-help" />
      <p id="u-progress-help" class="muted">${s.update.progressHelp}</p>
      <label for="u-files">${s.update.files}</label>
      <input id="u-files" name="files" type="file" multiple />
      <label class="check"><input type="checkbox" name="public" /> ${s.update.isPublic}</label>
      <div class="row"><button type="submit" class="primary">${s.update.submit}</button></div>
    </form>
    <form class="stack" part="move-form" novalidate @submit=${d.moveStage} aria-labelledby="move-h">
      <h3 id="move-h">${s.move.heading}</h3>
      ${
        target
          ? html`<label for="m-to">${s.move.to}</label>
            <select id="m-to" name="to" @change=${d.pickMove} aria-describedby="m-needs">
              ${d.allowed.map((st) => html`<option value=${st.code} .selected=${st === target}>${d.stageLabel(st.code)}</option>`)}
            </select>
            <p id="m-needs" class="muted">${lacks.length ? s.move.requires(lacks.map((r) => s.requirements[r]).join('、')) : ''}</p>
            <label for="m-note">${s.move.note}</label>
            <textarea
              id="m-note"
              name="note"
              rows="2"
              aria-invalid=${d.moveError ? 'true' : 'false'}
              aria-describedby=${d.moveError ? 'm-error' : nothing}
            ></textarea>
            ${d.moveError ? html`<p id="m-error" class="error">${d.moveError}</p>` : nothing}
            <div class="row"><button type="submit" class="primary">${s.move.submit}</button></div>`
          : html`<p class="muted">${s.move.none}</p>`
      }
    </form>
  </div>`;
}
