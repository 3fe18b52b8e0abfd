/**
 * `@tongxin/mock`: a sandbox without a server. msw handlers for every route of the Tongxin contract,
 * over an in-memory copy of the demo county (`@tongxin/core/demo`), with named scenarios — normal,
 * slow, offline, server errors, validation errors — switched at runtime. Use it with msw's service
 * worker on a static page (`msw/browser`), with `msw/node` (Node 22+), or without any interception
 * through `mock.fetch` (unit tests, Node 20).
 *
 * It passes the same contract conformance suite as the reference server (`test/conformance`).
 */
export { createMock, type MockApi, type MockOptions } from './mock.js';
export { type Failure, type Scenario, type ScenarioInput, type ScenarioName, scenarios } from './scenarios.js';
export type { CollectionName, Collections, County, StoredAttachment, StoredForm, StoredOpinion } from './store.js';

import { createMock, type MockApi } from './mock.js';
import type { ScenarioInput } from './scenarios.js';

let shared: MockApi | undefined;

/**
 * The shared mock (the demo county, created on first use) that {@link handlers},
 * {@link setScenario} and {@link resetMock} act on. Create your own with {@link createMock} for
 * other counties or options.
 */
export function getMock(): MockApi {
  shared ??= createMock();
  return shared;
}

/**
 * msw handlers of the shared mock, for `setupWorker(...handlers())` or `setupServer(...handlers())`.
 * @example
 * import { setupWorker } from 'msw/browser';
 * import { handlers } from '@tongxin/mock';
 * await setupWorker(...handlers()).start();
 */
export const handlers = () => getMock().handlers;

/**
 * Switches the shared mock's scenario: `normal`, `slow`, `offline`, `server-errors`,
 * `validation-errors`, or a scenario of your own.
 * @example setScenario(new URLSearchParams(location.search).get('scenario') ?? 'normal');
 */
export const setScenario = (scenario: ScenarioInput): void => getMock().setScenario(scenario);

/**
 * Puts the shared mock back to the seed data and its first scenario (call it between tests).
 * @example afterEach(() => resetMock());
 */
export const resetMock = (): void => getMock().reset();
