/**
 * Changing the open task: posting progress and moving the stage (through the outbox, so offline too,
 * in order per task), sending a refused move again or discarding it, and outcome edits (PATCH with a
 * version: a 409 keeps both versions for the user to choose). Holds the forms' state.
 */
import { isHttpError, isValidationError, type Task } from '@tongxin/core';
import type { OutboxItem } from '@tongxin/core/outbox';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SharedStrings } from '../shared/strings.js';
import type { TaskClient } from './data.js';
import { type PatchConflict, problemText, UPDATE_MAX } from './detail-frame.js';
import { TxTaskQueuedEvent } from './events.js';
import { clip, codePoints, expectedVersion, OUTCOME_FIELDS, type OutcomePatch, outcomePatch } from './logic.js';
import { entityOf, type TaskQueue } from './queue.js';
import type { TaskStrings } from './strings.js';

/** What the controller reads from and does through its element. */
export interface ChangesEnv {
  /** The open task, when it is a full one (not the public view). */
  task(): Task | undefined;
  client(): TaskClient | undefined;
  readonly queue: TaskQueue;
  online(): boolean;
  strings(): TaskStrings;
  shared(): SharedStrings;
  stageLabel(code: string): string;
  /** The server's task in a rejected item (version conflicts). */
  currentOf(item: OutboxItem): Task | undefined;
  parseTask(value: unknown): Task | undefined;
  announce(text: string): void;
  focusLater(selector: string): void;
  /** A newer task from the server: into the detail, the list and the copies on the device. */
  applyTask(task: Task): void;
}

export class TaskChanges implements ReactiveController {
  /** The stage chosen in the move form (its requirements are shown). */
  moveTo: string | undefined;
  /** Code points in the progress text. */
  textLength = 0;
  updateError: string | undefined;
  moveError: string | undefined;
  /** The outcome form is open. */
  editing = false;
  saving = false;
  /** An outcome edit the server answered with 409. */
  conflict: PatchConflict | undefined;
  formError: string | undefined;
  /** The last change this tracker is storing in the outbox; the next one waits for it. */
  private storing: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly env: ChangesEnv,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /**
   * Stores changes one after the other, in the order the user made them: an update with files is
   * read before it is stored, and a stage move made meanwhile must neither overtake it in the queue
   * nor count the waiting changes without it.
   */
  /** The forms whose press is being stored: a second press of one adds nothing. */
  private readonly pressed = new Set<'update' | 'move'>();

  /** Reads the submitted form now (after an await a shadow-tree event has no target), then stores it once. */
  private async once(
    form: 'update' | 'move',
    event: SubmitEvent,
    store: (task: Task, form: HTMLFormElement, data: FormData) => Promise<void>,
  ): Promise<void> {
    event.preventDefault();
    const target = event.target as HTMLFormElement;
    const data = new FormData(target);
    const task = this.env.task();
    if (!task || this.pressed.has(form)) return;
    this.pressed.add(form);
    try {
      await store(task, target, data);
    } finally {
      this.pressed.delete(form);
    }
  }

  private inOrder<T>(store: () => Promise<T>): Promise<T> {
    const next = this.storing.then(store);
    this.storing = next.catch(() => {});
    return next;
  }

  /**
   * The version a new change to the task expects: the task's now, plus this user's changes of it
   * still waiting ahead (read from the outbox, not from its last `change` event, which may not have
   * arrived yet). The task is read after the list: a change delivered meanwhile left the queue and
   * raised the task's version together. `atLeast`: a newer version the server reported (a conflict).
   */
  private async versionAfterQueue(task: Task, before?: OutboxItem, atLeast = 0): Promise<number> {
    const waiting = await this.env.queue.waitingNow(task.id, before);
    const now = this.env.task();
    return expectedVersion(Math.max(now?.id === task.id ? now.version : task.version, atLeast), waiting);
  }

  private set(
    patch: Partial<
      Pick<TaskChanges, 'moveTo' | 'textLength' | 'updateError' | 'moveError' | 'editing' | 'saving' | 'conflict' | 'formError'>
    >,
  ) {
    Object.assign(this, patch);
    this.host.requestUpdate();
  }

  /** Clears every form's state (another task was opened). */
  reset(): void {
    this.set({
      moveTo: undefined,
      textLength: 0,
      updateError: undefined,
      moveError: undefined,
      editing: false,
      conflict: undefined,
      formError: undefined,
    });
  }

  countText = (event: Event): void => {
    this.set({ textLength: codePoints((event.target as HTMLTextAreaElement).value.trim()) });
  };

  pickMove = (event: Event): void => {
    this.set({ moveTo: (event.target as HTMLSelectElement).value });
  };

  openEdit = (): void => {
    this.set({ editing: true, formError: undefined });
    this.env.focusLater('#o-resolution');
  };

  cancelEdit = (): void => {
    this.set({ editing: false });
    this.env.focusLater('#outcome-h');
  };

  /** Queues a progress update (with files) after checking it as the server will. */
  postUpdate = (event: SubmitEvent): Promise<void> => this.once('update', event, (task, form, data) => this.storeUpdate(task, form, data));

  private async storeUpdate(task: Task, form: HTMLFormElement, data: FormData): Promise<void> {
    const text = String(data.get('text') ?? '').trim();
    const raw = String(data.get('progress') ?? '').trim();
    const progress = raw === '' ? undefined : Number(raw);
    const s = this.env.strings().update;
    const error =
      text === ''
        ? s.required
        : codePoints(text) > UPDATE_MAX
          ? s.tooLong(UPDATE_MAX)
          : progress !== undefined && !(Number.isInteger(progress) && progress >= 0 && progress <= 100)
            ? `${s.progress}：${s.progressHelp}`
            : undefined;
    this.set({ updateError: error });
    if (error) return this.env.focusLater(raw !== '' && text !== '' ? '#u-progress' : '#u-text');
    // Checked first (at once), then stored once the outbox's code is there.
    const outbox = await this.env.queue.ready();
    if (!outbox) return this.set({ updateError: this.env.shared().loadFailed });
    const files = data.getAll('files').filter((f): f is File => f instanceof File && f.size > 0);
    try {
      const item = await this.inOrder(() =>
        outbox.enqueue(
          'postTaskUpdate',
          { params: { id: task.id }, body: { text, ...(progress !== undefined && { progress }), public: data.get('public') === 'on' } },
          { entity: entityOf(task.id), label: clip(text, 40), ...(files.length > 0 && { attachments: files }) },
        ),
      );
      form.reset();
      this.set({ textLength: 0 });
      this.env.announce(this.env.online() ? s.queued : this.env.shared().savedOffline);
      this.host.dispatchEvent(new TxTaskQueuedEvent(item.localId, item.route, task.id));
    } catch (error) {
      this.set({ updateError: this.errorText(error) });
      this.env.focusLater('#u-text');
    }
  }

  /** Queues a stage move on the version the task will have after this user's queued changes. */
  moveStage = (event: SubmitEvent): Promise<void> => this.once('move', event, (task, form, data) => this.storeMove(task, form, data));

  private async storeMove(task: Task, form: HTMLFormElement, data: FormData): Promise<void> {
    const outbox = await this.env.queue.ready();
    if (!outbox) return this.set({ moveError: this.env.shared().loadFailed });
    const to = String(data.get('to') ?? '');
    const note = String(data.get('note') ?? '').trim();
    try {
      const item = await this.inOrder(async () =>
        outbox.enqueue(
          'moveTaskStage',
          { params: { id: task.id }, body: { to, version: await this.versionAfterQueue(task), ...(note && { note }) } },
          { entity: entityOf(task.id), label: `→ ${this.env.stageLabel(to)}` },
        ),
      );
      form.reset();
      this.set({ moveTo: undefined, moveError: undefined });
      this.env.announce(this.env.online() ? this.env.strings().move.queued(this.env.stageLabel(to)) : this.env.shared().savedOffline);
      this.host.dispatchEvent(new TxTaskQueuedEvent(item.localId, item.route, task.id));
    } catch (error) {
      this.set({ moveError: this.errorText(error) });
      this.env.focusLater('#m-note');
    }
  }

  /** Sends a refused stage move again, on the latest version known (after the user saw both). */
  resubmit = async (item: OutboxItem): Promise<void> => {
    const task = this.env.task();
    const outbox = this.env.queue.outbox;
    if (!task || !outbox) return;
    const current = this.env.currentOf(item);
    const body = item.input.body as { to: string; version: number; note?: string };
    await this.inOrder(async () =>
      outbox.edit<'moveTaskStage'>(item.localId, {
        params: { id: task.id },
        body: { ...body, version: await this.versionAfterQueue(task, item, current?.version) },
      }),
    );
    this.env.announce(this.env.strings().move.queued(this.env.stageLabel(body.to)));
    this.env.focusLater('#detail-title');
  };

  discard = async (item: OutboxItem): Promise<void> => {
    await this.env.queue.outbox?.discard(item.localId);
    this.env.announce(this.env.strings().refused.discarded);
    this.env.focusLater('#detail-title');
  };

  saveOutcome = (event: SubmitEvent): void => {
    event.preventDefault();
    const task = this.env.task();
    if (!task) return;
    const data = new FormData(event.target as HTMLFormElement);
    const patch = outcomePatch(task, Object.fromEntries(OUTCOME_FIELDS.map((k) => [k, String(data.get(k) ?? '')])));
    if (patch.outcome || patch.feedback) void this.sendPatch(patch, task.version);
    else this.cancelEdit();
  };

  /** PATCHes outcome and feedback with a version; a 409 shows both versions instead of overwriting. */
  private async sendPatch(patch: OutcomePatch, version: number): Promise<void> {
    const task = this.env.task();
    const client = this.env.client();
    if (!task || !client) return;
    this.set({ saving: true, formError: undefined });
    try {
      const next = await client.updateTask({ params: { id: task.id }, body: { ...patch, version } });
      this.set({ conflict: undefined, editing: false });
      this.env.applyTask(next);
      this.env.announce(this.env.strings().outcome.saved);
      this.env.focusLater('#outcome-h');
    } catch (error) {
      const theirs =
        isHttpError(error) && error.problem.code === 'version_conflict' ? this.env.parseTask(error.problem.current) : undefined;
      if (theirs) {
        this.set({ conflict: { patch, base: version, theirs }, editing: false });
        this.env.applyTask(theirs);
        this.env.announce(this.env.strings().conflict.heading);
        this.env.focusLater('#conflict-h');
      } else {
        this.set({ formError: this.errorText(error) });
      }
    } finally {
      this.set({ saving: false });
    }
  }

  /** After a conflict: the user's edit over the server's version, knowingly. */
  keepMine = (): void => {
    const c = this.conflict;
    const task = this.env.task();
    if (!c || !task) return;
    void this.sendPatch(c.patch, Math.max(c.theirs.version, task.version));
  };

  /** After a conflict: the server's version stays, the user's edit is dropped. */
  keepTheirs = (): void => {
    this.set({ conflict: undefined });
    this.env.focusLater('#outcome-h');
  };

  private errorText(error: unknown): string {
    if (isValidationError(error)) return error.issues.map((i) => i.message).join('；');
    if (isHttpError(error)) {
      const { text, issues } = problemText(error.problem);
      return [text, ...issues].join('；');
    }
    if (error instanceof Error && error.message.startsWith('[tongxin]')) return error.message;
    return this.env.online() ? this.env.shared().loadFailed : this.env.strings().outcome.needsOnline;
  }
}
