/**
 * What the tracker needs of a task's detail before its view has loaded (`detail.ts` is a chunk of
 * its own): the frame with the back button and heading, the context the view reads, problem text.
 */
import type { CountyConfig, LocalizedText, Problem, Task, TaskStage } from '@tongxin/core';
import type { OutboxItem } from '@tongxin/core/outbox';
import { html, type TemplateResult } from 'lit';
import type { AnyTask, Due, OutcomePatch } from './logic.js';
import type { TaskStrings } from './strings.js';

/** An outcome PATCH the server answered with 409: what the user sent, on which version, and the server's task. */
export interface PatchConflict {
  patch: OutcomePatch;
  base: number;
  theirs: Task;
}

/** What the detail view reads from the element. */
export interface DetailContext {
  s: TaskStrings;
  config: CountyConfig;
  task: AnyTask;
  due: Due;
  online: boolean;
  /** API base, for attachment links (their URLs are relative to it). */
  endpoint: string;
  /** This task's outbox items, oldest first. */
  items: readonly OutboxItem[];
  canWork: boolean;
  canEdit: boolean;
  allowed: readonly TaskStage[];
  moveTo: string | undefined;
  textLength: number;
  updateError: string | undefined;
  moveError: string | undefined;
  /** The site's page of a source proposal or opinion, if it has one. */
  link(kind: 'proposal' | 'opinion', id: string): string | undefined;
  editing: boolean;
  saving: boolean;
  conflict: PatchConflict | undefined;
  formError: string | undefined;
  stageLabel(code: string): string;
  /** A county label in the user's language (zh-Hans when missing). */
  label(text: LocalizedText): string;
  units(ids: readonly string[]): string;
  date(d: string | undefined): string;
  dueText(due: Due): string;
  /** The server's task in a rejected item's problem (version conflicts). */
  currentOf(item: OutboxItem): Task | undefined;
  postUpdate(e: SubmitEvent): void;
  countText(e: Event): void;
  pickMove(e: Event): void;
  moveStage(e: SubmitEvent): void;
  openEdit(): void;
  cancelEdit(): void;
  saveOutcome(e: SubmitEvent): void;
  keepMine(): void;
  keepTheirs(): void;
  resubmit(item: OutboxItem): void;
  discard(item: OutboxItem): void;
  printSheet(): void;
}

/** Longest progress text, in code points (the contract's limit). */
export const UPDATE_MAX = 10_000;

/** Problem text for people: the server's detail (or title) and each issue's message. */
export function problemText(p: Problem | undefined): { text: string; issues: string[] } {
  if (!p) return { text: '', issues: [] };
  return { text: p.detail ?? p.title, issues: (p.issues ?? []).map((i) => i.message) };
}

/** The frame of the detail view: back, the heading (focused on open), then the body. */
export function renderDetailFrame(s: TaskStrings, title: string, back: () => void, body: unknown): TemplateResult {
  return html`<article class="detail stack" part="detail" aria-labelledby="detail-title">
    <div class="row"><button type="button" class="back" @click=${back}>← ${s.back}</button></div>
    <h2 id="detail-title" tabindex="-1">${title}</h2>
    ${body}
  </article>`;
}
