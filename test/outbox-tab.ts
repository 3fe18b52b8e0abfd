// A page with its own client and outbox, driven by the outbox tests through `window.tab`.
import { createClient, createOutbox, routes } from '../packages/core/src/index.js';

const params = new URLSearchParams(location.search);
// A browser without Web Locks (older WebViews, insecure contexts): every tab flushes on its own.
if (params.has('nolocks')) Object.defineProperty(navigator, 'locks', { value: undefined, configurable: true });
let token = params.get('token') ?? undefined;
const client = createClient({
  baseUrl: `${location.origin}/ft`,
  tenant: '211100',
  routes,
  getToken: () => token,
  retry: false,
  timeoutMs: 5000,
});
const outbox = createOutbox({
  client,
  userKey: params.get('user') ?? 'anonymous',
  dbName: params.get('db') ?? 'tongxin-outbox',
  retry: { baseDelayMs: 20, maxDelayMs: 200, minDelayMs: 10 },
  pollMs: 300,
  testing: params.has('hang')
    ? {
        // "Close the page" between the server's answer and the local delete: tell the test, then hang.
        beforeAck: () => {
          parent.postMessage({ hung: params.get('db') }, '*');
          return new Promise<void>(() => {});
        },
      }
    : {},
});

export const opinion = (marker: string) => ({
  title: marker,
  situation: '村口路灯已坏两个月，夜间出行不便。',
  publish: { consent: true },
  reporter: { anonymous: false, name: '张三丰', phone: '13912345678' },
});

Object.assign(window, {
  tab: {
    outbox,
    setToken: (t: string) => {
      token = t;
    },
    async enqueueOpinions(prefix: string, count: number) {
      for (let i = 0; i < count; i++) await outbox.enqueue('createOpinion', { body: opinion(`${prefix}-${i}`) });
    },
  },
});
