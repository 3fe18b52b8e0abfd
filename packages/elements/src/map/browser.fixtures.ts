/**
 * Browser-test helpers for `<tx-workstation-map>`: the API through msw's service worker, real
 * key presses through the test runner's `send-keys` command, axe, and waiting for the element.
 */
import type { CountyConfig, Division, Workstation } from '@tongxin/core';
import { HttpResponse, http } from 'msw';
import { setupWorker } from 'msw/browser';
import { clearConfigCache } from '../shared/config.js';
import { config as defaultConfig, stations as defaultStations, divisionsUnder } from './map.fixtures.js';
import type { TxWorkstationMap } from './workstation-map.js';

export const base = `${location.origin}/api`;
export const tenant = '211100';
export const worker = setupWorker();
/** Every API request the page made, by URL. */
export const requests: string[] = [];

let started = false;
/** Starts msw once per test file. */
export async function startWorker(): Promise<void> {
  if (started) return;
  started = true;
  await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, quiet: true, onUnhandledFrame: 'bypass' });
  worker.events.on('request:start', ({ request }) => {
    if (request.url.startsWith(base)) requests.push(request.url);
  });
}

/** A 1×1 transparent PNG (tiles that load). */
const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='), (c) =>
  c.charCodeAt(0),
);

/** Serves a county: configuration, division tree, stations in pages (`limit`, offset cursor), one station. */
export function serve(
  options: {
    stations?: Workstation[];
    config?: CountyConfig;
    divisions?: (parent: string | null) => Division[];
    tiles?: 'ok' | 'fail';
  } = {},
): void {
  const list = options.stations ?? defaultStations;
  const county = options.config ?? defaultConfig;
  const tree = options.divisions ?? divisionsUnder;
  worker.use(
    http.get(`${base}/v1/${tenant}/config`, () => HttpResponse.json(county)),
    http.get(`${base}/v1/${tenant}/divisions`, ({ request }) => HttpResponse.json(tree(new URL(request.url).searchParams.get('parent')))),
    http.get(`${base}/v1/${tenant}/workstations`, ({ request }) => {
      const url = new URL(request.url);
      const limit = Number(url.searchParams.get('limit') ?? 200);
      const offset = Number(url.searchParams.get('cursor') ?? 0);
      const items = list.slice(offset, offset + limit);
      const next = offset + limit < list.length ? String(offset + limit) : undefined;
      return HttpResponse.json({ items, total: list.length, ...(next && { nextCursor: next }) });
    }),
    http.get(`${base}/v1/${tenant}/workstations/:id`, ({ params }) => {
      const found = list.find((s) => s.id === params.id);
      return found
        ? HttpResponse.json(found)
        : HttpResponse.json(
            { type: 'urn:tongxin:problem:not_found', title: '没有找到', status: 404, code: 'not_found' },
            { status: 404, headers: { 'content-type': 'application/problem+json' } },
          );
    }),
    // Tile servers of the tests' providers (never the real ones).
    http.get(/^https:\/\/(t\d\.tianditu\.gov\.cn|tiles\.test|down\.tiles\.test)\//, () =>
      options.tiles === 'ok' ? new HttpResponse(PNG, { headers: { 'content-type': 'image/png' } }) : HttpResponse.error(),
    ),
  );
}

const mounted: HTMLElement[] = [];

/** Mounts a map with the test endpoint and county and waits for its first render. */
export async function mount(set: Partial<Pick<TxWorkstationMap, 'view' | 'selected' | 'elder' | 'locale' | 'pageSize'>> = {}) {
  const el = document.createElement('tx-workstation-map');
  el.endpoint = base;
  el.tenant = tenant;
  Object.assign(el, set);
  document.body.append(el);
  mounted.push(el);
  await el.updateComplete;
  return el;
}

/** Removes mounted elements and forgets handlers, requests and the cached configuration. */
export function cleanUp(): void {
  for (const el of mounted.splice(0)) el.remove();
  worker.resetHandlers();
  requests.length = 0;
  clearConfigCache();
  localStorage.clear();
}

/** Polls until `check` returns a truthy value (or throws after `timeout` ms with `what`). */
export async function until<T>(check: () => T | undefined | null | false, what: string, timeout = 5000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export const root = (el: HTMLElement) => el.shadowRoot as ShadowRoot;
export const $ = <E extends Element = HTMLElement>(el: HTMLElement, selector: string) => root(el).querySelector<E>(selector);
export const $$ = <E extends Element = HTMLElement>(el: HTMLElement, selector: string) => [...root(el).querySelectorAll<E>(selector)];
/** The names in the list, in order. */
export const listed = (el: HTMLElement) => $$(el, '.list .open').map((b) => b.textContent?.trim() ?? '');
/** The live status text. */
export const status = (el: HTMLElement) => $(el, '[part=status]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** Waits until the list shows `n` items. */
export const listedCount = (el: HTMLElement, n: number) =>
  until(() => listed(el).length === n, `${n} listed items (have ${listed(el).length})`);
/** The element focus is on, through shadow roots. */
export function focused(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Real key presses in the browser (the test runner's `send-keys` command, as a user types). */
export async function keys(payload: { press: string } | { type: string } | { down: string } | { up: string }): Promise<void> {
  const sessionId = new URL(location.href).searchParams.get('wtr-session-id');
  const socket = '/__web-dev-server__web-socket.js';
  const { sendMessageWaitForResponse } = (await import(socket)) as {
    sendMessageWaitForResponse: (m: object) => Promise<{ executed: boolean; error?: string }>;
  };
  const response = await sendMessageWaitForResponse({ type: 'wtr-command', sessionId, command: 'send-keys', payload });
  if (!response.executed || response.error) throw new Error(`send-keys failed: ${response.error ?? 'not executed'}`);
}

/** Presses Tab until `match` has focus (at most `max` times); returns the number of presses. */
export async function tabTo(match: (el: Element) => boolean, max = 40, shift = false): Promise<number> {
  for (let i = 1; i <= max; i++) {
    if (shift) await keys({ down: 'Shift' });
    await keys({ press: 'Tab' });
    if (shift) await keys({ up: 'Shift' });
    const now = focused();
    if (now && match(now)) return i;
  }
  throw new Error(`Tab never reached the target; focus is on ${focused()?.outerHTML.slice(0, 120)}`);
}

const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
/** Axe violations inside an element, as readable lines. */
export async function axeViolations(el: HTMLElement): Promise<string[]> {
  const { violations } = await axe.run(el);
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** A configuration with another tile provider. */
export function withProvider(provider: NonNullable<CountyConfig['map']>['provider']): CountyConfig {
  return { ...defaultConfig, map: { ...defaultConfig.map!, provider } };
}
