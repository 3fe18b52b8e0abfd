/**
 * The shared outbox for widgets whose first screen does not need it (the opinion box, the proposal
 * form, the task tracker): its code (the queue, IndexedDB) is a chunk of its own, fetched while the
 * widget loads its data, so that the widget's entry is smaller. Same sharing as `acquireOutbox`.
 */
import type { RouteDef, TongxinClient } from '@tongxin/core';
import type { Outbox, OutboxEvent } from '@tongxin/core/outbox';

/**
 * A widget's hold on the shared outbox, taken once its code has loaded: `connect` when the
 * widget knows its client and user, `get` where it needs the outbox (waits for the code, and tries
 * again when it could not load, e.g. offline before it ever arrived), `disconnect` when it leaves
 * the page. Code that arrives after a newer `connect` or a `disconnect` takes no outbox.
 */
export class LaterOutbox<R extends Record<string, RouteDef>> {
  /** The outbox, once its code has loaded. */
  outbox: Outbox<R> | undefined;
  private ready: Promise<Outbox<R> | undefined> = Promise.resolve(undefined);
  private generation = 0;
  private release: (() => void) | undefined;
  private unsubscribe: (() => void) | undefined;
  private target: { client: TongxinClient<R>; userKey: string } | undefined;

  constructor(private readonly listener: (event: OutboxEvent) => void) {}

  /** Takes this user's outbox (letting the previous one go); its code loads meanwhile. */
  connect(client: TongxinClient<R>, userKey: string): void {
    this.disconnect();
    this.target = { client, userKey };
    this.ready = this.take();
  }

  /** Lets the outbox go (the widget left the page, or another user signed in). */
  disconnect(): void {
    this.generation++;
    this.unsubscribe?.();
    this.release?.();
    this.unsubscribe = this.release = this.outbox = this.target = undefined;
  }

  /** The outbox, waiting for its code; undefined when it cannot be loaded (nothing was stored then). */
  async get(): Promise<Outbox<R> | undefined> {
    const outbox = this.outbox ?? (await this.ready);
    if (outbox || !this.target) return outbox;
    this.ready = this.take();
    return this.ready;
  }

  private take(): Promise<Outbox<R> | undefined> {
    const target = this.target;
    if (!target) return Promise.resolve(undefined);
    const generation = this.generation;
    return import('./outbox.js').then(
      ({ acquireOutbox }) => {
        // Reconnected or disconnected meanwhile: not taken at all.
        if (this.generation !== generation) return undefined;
        const held = acquireOutbox(target.client, target.userKey);
        this.outbox = held.outbox;
        this.release = held.release;
        this.unsubscribe = held.outbox.subscribe(this.listener);
        return held.outbox;
      },
      () => undefined,
    );
  }
}
