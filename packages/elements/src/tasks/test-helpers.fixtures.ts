/** Mounting `<tx-task-tracker>` against the mock API in browser tests, and reading what it shows. */
import { setupWorker } from 'msw/browser';
import '../define/tx-task-tracker.js';
import { clearConfigCache } from '../shared/config.js';
import { base, type TaskServer, TENANT, waitFor } from './server.fixtures.js';
import type { TxTaskTracker } from './task-tracker.js';
import { TODAY } from './tasks.fixtures.js';

export { axeViolations } from '../test/helpers.fixtures.js';

export const worker = setupWorker();
let started = false;
let current: TaskServer | undefined;

/** Starts msw once per file and serves this server's routes (one server per test). */
export async function serve(server: TaskServer): Promise<TaskServer> {
  if (!started) {
    await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, quiet: true, onUnhandledFrame: 'bypass' });
    started = true;
  }
  worker.resetHandlers(...server.handlers());
  current = server;
  return server;
}

const mounted: HTMLElement[] = [];
let n = 0;

/**
 * Mounts a tracker (a fresh user key per mount keeps outbox items apart) and waits for its first view.
 * It is signed in as the demo staff account, unless it is public or `set` gives another `getToken`.
 */
export async function mount(attributes: Record<string, string | boolean> = {}, set: Partial<TxTaskTracker> = {}): Promise<TxTaskTracker> {
  const el = document.createElement('tx-task-tracker');
  if (!attributes.public && current) {
    const token = current.token('staff');
    el.getToken = () => token;
  }
  el.setAttribute('endpoint', base());
  el.setAttribute('tenant', TENANT);
  el.setAttribute('today', TODAY);
  el.setAttribute('user-key', `test-${Date.now()}-${n++}`);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false) el.removeAttribute(name);
    else el.setAttribute(name, value === true ? '' : value);
  }
  Object.assign(el, set);
  document.body.append(el);
  mounted.push(el);
  await waitFor(() => el.shadowRoot?.querySelector('.tracker, [part=config-error], .alert'), 'the tracker to load');
  await el.updateComplete;
  return el;
}

/** Removes mounted trackers and forgets cached configuration and copies. */
export function cleanUp(): void {
  for (const el of mounted.splice(0)) el.remove();
  clearConfigCache();
  for (const key of Object.keys(localStorage)) if (key.startsWith('tongxin:')) localStorage.removeItem(key);
}

export const root = (el: TxTaskTracker) => el.shadowRoot as ShadowRoot;

export function q<E extends Element = HTMLElement>(el: TxTaskTracker, selector: string): E {
  const found = root(el).querySelector<E>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

/** Rows (or cards) of the current view that a filter did not hide. */
export const shownRows = (el: TxTaskTracker, selector = 'table.list tbody tr') =>
  [...root(el).querySelectorAll<HTMLElement>(selector)].filter((r) => !r.hidden);

/** Text of a node with whitespace collapsed. */
export const textOf = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A button by its visible text. */
export function button(el: TxTaskTracker, text: string | RegExp, scope: ParentNode = root(el)): HTMLButtonElement {
  const found = [...scope.querySelectorAll<HTMLButtonElement>('button')].find((b) =>
    typeof text === 'string' ? textOf(b) === text : text.test(textOf(b)),
  );
  if (!found) throw new Error(`no button ${text}`);
  return found;
}

/** Changes a select the way a user does (value, then `change`). */
export async function choose(el: TxTaskTracker, select: HTMLSelectElement, value: string): Promise<void> {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** The element that has focus inside the tracker. */
export const focused = (el: TxTaskTracker) => root(el).activeElement as HTMLElement | null;
