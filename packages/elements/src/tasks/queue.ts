/**
 * The tracker's view of the outbox: progress updates and stage moves queued per task (entity
 * `task:<id>`, so each task's changes reach the server in the order they were made), what is still
 * waiting, and what the server returned.
 */
import type { createOutbox, Outbox, OutboxEvent, OutboxItem } from '@tongxin/core/outbox';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TaskRoutes } from './data.js';

/** Routes of this widget that go through the outbox. */
const QUEUED_ROUTES = new Set(['postTaskUpdate', 'moveTaskStage']);
/** Items that hold back nothing and wait for the user. */
const settled = (i: OutboxItem) => i.state === 'rejected' || i.state === 'expired';

/** How many of one task's items (oldest first) before `before` will still reach the server. */
function waitingIn(items: OutboxItem[], before?: OutboxItem): number {
  const end = before ? items.findIndex((i) => i.localId === before.localId) : items.length;
  return items.slice(0, end < 0 ? items.length : end).filter((i) => !settled(i)).length;
}

/** The entity key that keeps one task's changes in order. */
export const entityOf = (taskId: string) => `task:${taskId}`;
/** The task an item is about. */
export const taskIdOf = (item: OutboxItem) => item.entity?.slice(5) ?? '';

export interface QueueHost extends ReactiveControllerHost {
  /** The server applied a queued change; `result` is the task after it. */
  onQueueSent(item: OutboxItem, result: unknown): void;
  /** The server refused a queued change. */
  onQueueRejected(item: OutboxItem): void;
  /** Items disappeared without a result here (another tab sent them). */
  onQueueGone(taskIds: Set<string>): void;
}

export class TaskQueue implements ReactiveController {
  /** This user's task items, oldest first. */
  items: OutboxItem[] = [];
  outbox: Outbox<TaskRoutes> | undefined;
  private own = false;
  private unsubscribe: (() => void) | undefined;

  constructor(private readonly host: QueueHost) {
    host.addController(this);
  }

  /** Counts attachments and detachments: an outbox whose code arrives after either is not made. */
  private generation = 0;
  private loading: Promise<void> = Promise.resolve();
  private failed: ((create: typeof createOutbox) => Outbox<TaskRoutes>) | undefined;

  /** Follows an outbox given to the widget. */
  attach(outbox: Outbox<TaskRoutes>): void {
    if (outbox === this.outbox) return;
    this.follow(outbox, false);
  }

  /**
   * Loads the outbox's code, a chunk of its own (a public page never needs it), then follows an
   * outbox of this widget's own, made by `make` and closed by this controller.
   */
  attachOwn(make: (create: typeof createOutbox) => Outbox<TaskRoutes>): void {
    const mine = ++this.generation;
    this.failed = undefined;
    this.loading = import('@tongxin/core/outbox').then(
      ({ createOutbox }) => {
        if (mine === this.generation) this.follow(make(createOutbox), true);
      },
      () => {
        // Offline before the code ever arrived: `ready` tries again.
        if (mine === this.generation) this.failed = make;
      },
    );
  }

  /** The outbox once its code has loaded (none in public mode, or when its code cannot load). */
  async ready(): Promise<Outbox<TaskRoutes> | undefined> {
    await this.loading;
    if (!this.outbox && this.failed) {
      this.attachOwn(this.failed);
      await this.loading;
    }
    return this.outbox;
  }

  detach(): void {
    this.generation++;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    if (this.own) this.outbox?.close();
    this.outbox = undefined;
    this.items = [];
  }

  private follow(outbox: Outbox<TaskRoutes>, own: boolean): void {
    this.detach();
    this.outbox = outbox;
    this.own = own;
    this.unsubscribe = outbox.subscribe((event) => this.onEvent(event));
    void outbox.list().then((items) => this.setItems(items));
  }

  hostDisconnected(): void {
    this.detach();
  }

  /** The items of one task, oldest first. */
  forTask(taskId: string): OutboxItem[] {
    const entity = entityOf(taskId);
    return this.items.filter((i) => i.entity === entity);
  }

  /** Items of the task that will still reach the server (each raises its version by one), as last heard. */
  waiting(taskId: string, before?: OutboxItem): number {
    return waitingIn(this.forTask(taskId), before);
  }

  /**
   * {@link waiting} read from the outbox now. The list this controller holds arrives after the outbox
   * stored or sent an item (a `change` event reads IndexedDB again), so a change made right after
   * another one would be counted on a list without it, and expect a version the task never has.
   */
  async waitingNow(taskId: string, before?: OutboxItem): Promise<number> {
    const outbox = this.outbox;
    if (!outbox) return this.waiting(taskId, before);
    const entity = entityOf(taskId);
    const all = await outbox.list();
    return waitingIn(
      all.filter((i) => this.ours(i) && i.entity === entity),
      before,
    );
  }

  /** Items the server returned, for every task. */
  get rejected(): OutboxItem[] {
    return this.items.filter((i) => i.state === 'rejected');
  }

  private onEvent(event: OutboxEvent): void {
    if (event.type === 'change') this.setItems(event.items);
    else if (event.type === 'sent' && this.ours(event.item)) this.host.onQueueSent(event.item, event.result);
    else if (event.type === 'rejected' && this.ours(event.item)) this.host.onQueueRejected(event.item);
  }

  private ours(item: OutboxItem): boolean {
    return QUEUED_ROUTES.has(item.route) && item.entity?.startsWith('task:') === true;
  }

  private setItems(all: OutboxItem[]): void {
    const next = all.filter((i) => this.ours(i));
    const still = new Set(next.map((i) => i.localId));
    const gone = new Set(this.items.filter((i) => !still.has(i.localId)).map(taskIdOf));
    this.items = next;
    this.host.requestUpdate();
    if (gone.size > 0) this.host.onQueueGone(gone);
  }
}
