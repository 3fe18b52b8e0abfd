/**
 * The shared outbox for widgets whose first screen does not need it (the opinion box, the task
 * tracker): its code (the queue, IndexedDB) is a chunk of its own, fetched while the widget loads
 * its data, so that the widget's entry is smaller. Same sharing as `acquireOutbox`.
 */
import type { RouteDef, TongxinClient } from '@tongxin/core';
import type { Outbox } from '@tongxin/core/outbox';

/** Loads the outbox code and acquires the shared outbox for this client and user. */
export async function acquireOutboxLater<R extends Record<string, RouteDef>>(
  client: TongxinClient<R>,
  userKey: string,
): Promise<{ outbox: Outbox<R>; release: () => void }> {
  const { acquireOutbox } = await import('./outbox.js');
  return acquireOutbox(client, userKey);
}
