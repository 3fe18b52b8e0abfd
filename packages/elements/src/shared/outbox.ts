/**
 * One outbox per page, county, user and route set: widgets on one page share it (one flusher, one
 * view of the queue); items of routes a widget lacks are left to the widget that has them.
 */
import type { RouteDef, TongxinClient } from '@tongxin/core';
import { createOutbox, type Outbox } from '@tongxin/core/outbox';

const open = new Map<string, { outbox: Outbox<Record<string, RouteDef>>; users: number }>();

/** The shared outbox for this client and user; call the returned `release` when done with it. */
export function acquireOutbox<R extends Record<string, RouteDef>>(
  client: TongxinClient<R>,
  userKey: string,
): { outbox: Outbox<R>; release: () => void } {
  const key = `${client.baseUrl}|${client.tenant}|${userKey}|${Object.keys(client.routes).sort().join(',')}`;
  let entry = open.get(key);
  if (!entry) {
    entry = { outbox: createOutbox({ client, userKey }) as unknown as Outbox<Record<string, RouteDef>>, users: 0 };
    open.set(key, entry);
  }
  entry.users++;
  const held = entry;
  let released = false;
  return {
    outbox: held.outbox as unknown as Outbox<R>,
    release: () => {
      if (released) return;
      released = true;
      held.users--;
      if (held.users === 0) {
        held.outbox.close();
        open.delete(key);
      }
    },
  };
}
