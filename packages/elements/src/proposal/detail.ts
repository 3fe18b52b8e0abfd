/**
 * One proposal as its member sees it in `<tx-proposal-form>`: status and number, the proposal a
 * merged one joined (its reply answers this one), co-signers and the co-signing buttons, history,
 * replies with the letter's files, ratings and the rating form. Loaded with `import()` — fetched
 * while the member's list shows — so that writing a proposal does not wait for it.
 */
import type { Attachment, Proposal, Satisfaction } from '@tongxin/core';
import { html, nothing, type TemplateResult } from 'lit';
import { renderFiles, saveFile } from './reply-files.js';
import type { ProposalStrings } from './strings.js';

/** What the view needs from its widget. */
export interface DetailContext {
  s: ProposalStrings;
  /** The signed-in member. */
  memberId: string | undefined;
  /** The API's base URL (files' links are under it). */
  endpoint: string;
  formatDate: (date: string) => string;
  unitName: (id: string) => string;
  answerCategory: (code: string) => string;
  back: () => void;
  /** Sends a workflow action (co-sign, rate) through the outbox. */
  act: (body: Record<string, unknown>) => void;
  /** Downloads a file with the member's token. */
  fetchFile: (file: Attachment) => Promise<Blob>;
  /** Tells the member something went wrong (a file that could not be downloaded). */
  tell: (message: string) => void;
}

/** 第0012号提案《…》: the proposal a merged one joined, as the server named it. */
const mergedTarget = (p: Proposal, s: ProposalStrings) =>
  p.mergedIntoProposal ? s.mergedTarget(p.mergedIntoProposal.number, p.mergedIntoProposal.title) : '';

/** The proposal view. */
export function renderDetail(p: Proposal, c: DetailContext): TemplateResult {
  const { s, memberId } = c;
  const mine = memberId !== undefined && (p.proposer.memberId === memberId || p.cosigners.some((x) => x.memberId === memberId));
  const pendingCosign = p.status === 'cosigning' && p.cosigners.some((x) => x.memberId === memberId && x.state === 'pending');
  const canRate = p.status === 'answered' && mine && !p.ratings.some((r) => r.memberId === memberId);
  const target = p.mergedIntoProposal;
  const open = (f: Attachment) =>
    void c.fetchFile(f).then(
      (blob) => saveFile(blob, f.name),
      () => c.tell(s.fileFailed(f.name)),
    );
  return html`<article part="detail" class="stack" aria-labelledby="detail-title">
      <p><button type="button" part="button" @click=${c.back}>${s.back}</button></p>
      <h3 id="detail-title" tabindex="-1">${p.title}</h3>
      <p class="row"><span class="badge">${s.status[p.status]}</span>${p.number ? html`<span>${s.number} ${p.number}</span>` : nothing}</p>
      <p>${s.proposer(p.proposer.name)}</p>
      ${
        p.mergedInto
          ? html`<p class="notice merged">${target ? s.mergedInto(mergedTarget(p, s), s.status[target.status]) : s.mergedSomewhere}</p>`
          : nothing
      }
      ${
        p.cosigners.length > 0
          ? html`<h4>${s.cosigners}</h4><ul>${p.cosigners.map((x) => html`<li>${x.name}：${s.cosignState[x.state]}</li>`)}</ul>`
          : nothing
      }
      ${pendingCosign ? renderCosign(p, c) : nothing}
      <h4>${s.history}</h4>
      <ol>${p.history.map((h) => html`<li>${c.formatDate(h.at)} ${s.status[h.to as keyof typeof s.status] ?? h.to}${h.note ? html`：${h.note}` : nothing}</li>`)}</ol>
      <h4>${s.replies}</h4>
      ${
        p.replies.length === 0
          ? html`<p class="muted">${p.mergedInto ? s.mergedReplyPending : s.noReplies}</p>`
          : html`${target ? html`<p class="muted">${s.mergedReplyFrom(mergedTarget(p, s))}</p>` : nothing}
            ${p.replies.map(
              (
                r,
              ) => html`<div class="reply"><p class="muted">${c.formatDate(r.submittedAt)} · ${s.replyFrom(c.unitName(r.unitId), r.docNo)} · ${s.answerCategory}
                ${c.answerCategory(r.answerCategory)}</p><p class="text">${r.text}</p>${renderFiles(r.attachments, { endpoint: c.endpoint, label: s.replyFiles, open })}</div>`,
            )}`
      }
      ${p.ratings.length > 0 ? html`<ul>${p.ratings.map((r) => html`<li>${s.rated(r.name, s.satisfaction[r.satisfaction])}${r.comment ? html`：${r.comment}` : nothing}</li>`)}</ul>` : nothing}
      ${canRate ? renderRating(p, c) : nothing}
    </article>`;
}

function renderCosign(p: Proposal, c: DetailContext) {
  const { s } = c;
  return html`<div class="row">
      <button type="button" part="button" class="primary" @click=${() => c.act({ action: 'cosign', decision: 'confirm', expectedVersion: p.version })}>${s.confirmCosign}</button>
      <button type="button" part="button" @click=${(e: Event) => {
        const note = ((e.target as HTMLElement).getRootNode() as ShadowRoot)
          .querySelector<HTMLTextAreaElement>('#decline-note')
          ?.value.trim();
        c.act({ action: 'cosign', decision: 'decline', expectedVersion: p.version, ...(note ? { note } : {}) });
      }}>${s.declineCosign}</button>
      <label>${s.declineNote}<textarea id="decline-note" rows="2" maxlength="1000"></textarea></label>
    </div>`;
}

function renderRating(p: Proposal, c: DetailContext) {
  const { s } = c;
  return html`<form class="stack" @submit=${(e: Event) => {
    e.preventDefault();
    const data = new FormData(e.target as HTMLFormElement);
    const satisfaction = data.get('satisfaction') as Satisfaction | null;
    if (!satisfaction) return;
    const comment = String(data.get('comment') ?? '').trim();
    c.act({ action: 'rate', satisfaction, expectedVersion: p.version, ...(comment ? { comment } : {}) });
  }}>
      <fieldset><legend>${s.rating}</legend>
        ${(['satisfied', 'basically_satisfied', 'dissatisfied'] as const).map(
          (v) => html`<label class="choice"><input type="radio" name="satisfaction" value=${v} required />${s.satisfaction[v]}</label>`,
        )}
        <label>${s.comment}<textarea name="comment" rows="3" maxlength="2000"></textarea></label>
      </fieldset>
      <p><button part="button" class="primary">${s.rate}</button></p>
    </form>`;
}
