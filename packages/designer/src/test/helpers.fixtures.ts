/** Helpers of the designer's browser tests: the mock API in a service worker, shadow DOM queries, axe. */
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

export async function waitFor<T>(probe: () => T | Promise<T>, what: string, timeoutMs = 15_000): Promise<NonNullable<T>> {
  const until = performance.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value as NonNullable<T>;
    if (performance.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Sets a control's value the way typing does (`input`, then `change` as on leaving it). */
export function typeInto(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** Picks options of a select (several for a multiple select) and fires `change`. */
export function choose(select: HTMLSelectElement, ...values: string[]): void {
  select.focus();
  for (const option of select.options) option.selected = values.includes(option.value);
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
/** axe violations inside `el` (shadow roots included), as readable lines. */
export async function axeViolations(el: HTMLElement): Promise<string[]> {
  const { violations } = await axe.run(el);
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
