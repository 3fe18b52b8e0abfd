/**
 * `@tongxin/mock/browser`: starts the mock in a page with msw's service worker, so that every widget
 * can be tried on a static page without a server.
 */
import { setupWorker } from 'msw/browser';
import { createMock, type MockApi, type MockOptions } from './mock.js';
import { resolveScenario, type ScenarioInput } from './scenarios.js';

/** Options of {@link startMockWorker}: the mock's, and where the worker script is served. */
export interface StartOptions extends MockOptions {
  /** URL of `mockServiceWorker.js` (made by `npx msw init <folder>`); default `/mockServiceWorker.js`. */
  workerUrl?: string;
  /** Query parameter that picks the scenario (`?tx-scenario=offline`); default `tx-scenario`. */
  scenarioParam?: string;
  /** Set `globalThis.txMock` to the mock, to switch scenarios from the console (default true). */
  expose?: boolean;
  /** Keep msw's console messages quiet (default false). */
  quiet?: boolean;
}

declare global {
  /** The running mock, when {@link startMockWorker} exposed it: `txMock.setScenario('offline')`. */
  var txMock: MockApi | undefined;
}

/**
 * Creates the mock and starts msw's service worker with its handlers; requests that are not API
 * calls go to the network as usual. The scenario comes from the page's URL (`?tx-scenario=slow`)
 * when given, else from the options.
 * @example
 * import { startMockWorker } from '@tongxin/mock/browser';
 * const mock = await startMockWorker({ baseUrl: '/api' });
 * mock.setScenario('offline'); // or, in the console: txMock.setScenario('offline')
 */
export async function startMockWorker(options: StartOptions = {}): Promise<MockApi> {
  const { workerUrl = '/mockServiceWorker.js', scenarioParam = 'tx-scenario', expose = true, quiet = false, ...mockOptions } = options;
  const fromUrl = new URLSearchParams(globalThis.location?.search ?? '').get(scenarioParam);
  const scenario: ScenarioInput | undefined = fromUrl ? resolveScenario(fromUrl as ScenarioInput) : mockOptions.scenario;
  const mock = createMock({ ...mockOptions, ...(scenario !== undefined && { scenario }) });
  await setupWorker(...mock.handlers).start({ serviceWorker: { url: workerUrl }, onUnhandledFrame: 'bypass', quiet });
  if (expose) globalThis.txMock = mock;
  if (!quiet) console.info(`[tongxin] 模拟接口已启动，场景：${mock.scenario.name ?? '自定义'}（mock API started）`);
  return mock;
}
