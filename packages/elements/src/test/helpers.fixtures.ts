/** Helpers of the widgets' browser tests: the mock API in a service worker, shadow DOM queries, axe. */
import { expect } from '@esm-bundle/chai';
import type { MockApi } from '@tongxin/mock';
import { startMockWorker } from '@tongxin/mock/browser';
// axe-core is a UMD script (no ES default export in the browser): importing it sets `window.axe`.
import 'axe-core';

let mock: Promise<MockApi> | undefined;
/** The mock API at `${origin}/api` (one worker for the whole test file). */
export function startMock(): Promise<MockApi> {
  mock ??= startMockWorker({ baseUrl: `${location.origin}/api`, quiet: true, expose: false });
  return mock;
}
export const endpoint = () => `${location.origin}/api`;

export async function waitFor<T>(probe: () => T | Promise<T>, what: string, timeoutMs = 20_000): Promise<NonNullable<T>> {
  const until = performance.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value as NonNullable<T>;
    if (performance.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Finds an element inside nested shadow roots (`a >>> b` style, one selector per level). */
export function deep<E extends Element = HTMLElement>(root: Element | ShadowRoot, ...selectors: string[]): E | null {
  let current: Element | ShadowRoot | null = root;
  for (const [i, selector] of selectors.entries()) {
    const scope: Element | ShadowRoot =
      current instanceof Element && current.shadowRoot ? current.shadowRoot : (current as Element | ShadowRoot);
    current = scope.querySelector(selector);
    if (!current) return null;
    if (i === selectors.length - 1) return current as E;
  }
  return null;
}

/** Sets a control's value the way typing does. */
export function typeInto(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

export function chooseIn(select: HTMLSelectElement, value: string): void {
  select.focus();
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
/** axe violations inside `el` (shadow roots included), as readable lines. */
export async function axeViolations(el: HTMLElement): Promise<string[]> {
  const { violations } = await axe.run(el);
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Avoids chai printing whole DOM trees on failure (which can hang the browser). */
export function expectSame(actual: unknown, expected: unknown, what: string): void {
  expect(actual === expected, what).to.equal(true);
}

/** 200 hostile strings for "server text renders inert" checks. */
export function xssPayloads(): string[] {
  const base = [
    '<img src=x onerror="window.__xss=1">',
    '<script>window.__xss=1</script>',
    '"><svg onload="window.__xss=1">',
    'javascript:window.__xss=1',
    '<a href="javascript:window.__xss=1">点我</a>',
    '<iframe srcdoc="<script>parent.__xss=1</script>">',
    '{{constructor.constructor("window.__xss=1")()}}',
    '<style>*{display:none}</style>',
    '&lt;img src=x onerror=window.__xss=1&gt;',
    '<math><mi xlink:href="javascript:window.__xss=1">x</mi></math>',
  ];
  return Array.from({ length: 200 }, (_, i) => `${base[i % base.length]} #${i}`);
}

/** Catches the file a click saves (a real download would open the browser's download panel, which takes the keyboard away in Firefox). */
export async function savedBy(click: () => void): Promise<{ name: string; blob: Blob }> {
  let blob: Blob | undefined;
  let name = '';
  const create = URL.createObjectURL;
  const anchorClick = HTMLAnchorElement.prototype.click;
  URL.createObjectURL = (b: Blob | MediaSource) => {
    blob = b as Blob;
    return create.call(URL, b);
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    name = this.download;
  };
  try {
    click();
    await waitFor(() => blob && name, 'the saved file');
  } finally {
    URL.createObjectURL = create;
    HTMLAnchorElement.prototype.click = anchorClick;
  }
  return { name, blob: blob! };
}
