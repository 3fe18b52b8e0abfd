// The typed client against msw in a real browser: success, problems, timeouts, network failures,
// token refresh, retries that cannot duplicate, and validation before anything is sent.
import { expect } from '@esm-bundle/chai';
import { delay, HttpResponse, http } from 'msw';
import { setupWorker } from 'msw/browser';
import * as fixtures from '../contract/contract.fixtures.js';
import { createOpinion, getConfig, lookupOpinion, routes } from '../contract/routes/index.js';
import { createClient } from './client.js';
import { isHttpError, isNetworkError, isTimeoutError, isValidationError } from './errors.js';

const base = `${location.origin}/api`;
const tenant = '211100';
const worker = setupWorker();
const seen: Request[] = [];

before(async () => {
  await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, quiet: true, onUnhandledFrame: 'bypass' });
  worker.events.on('request:start', ({ request }) => {
    if (request.url.startsWith(base)) seen.push(request.clone());
  });
});
after(() => worker.stop());
afterEach(() => {
  worker.resetHandlers();
  seen.length = 0;
});

const opinion = {
  title: '关于村口路灯损坏的反映',
  situation: '兴隆台区某村村口三盏路灯已坏两个月，夜间出行不便。',
  publish: { consent: true },
  reporter: { anonymous: false, name: '张𣵦', phone: '+86 138-1234-1234' },
};
const receipt = fixtures.opinionReceipt;
const problem = (status: number, code: string, extra: object = {}) =>
  HttpResponse.json(
    { type: `urn:tongxin:problem:${code}`, title: code, status, code, ...extra },
    { status, headers: { 'content-type': 'application/problem+json' } },
  );

describe('createClient', () => {
  it('creates an opinion: typed result, normalised body, idempotency key and language sent', async () => {
    worker.use(http.post(`${base}/v1/${tenant}/opinions`, () => HttpResponse.json(receipt, { status: 201 })));
    const api = createClient({ baseUrl: base, tenant, routes: { createOpinion } });
    const result = await api.createOpinion({ body: opinion });
    expect(result.trackingCode).to.equal('7K3M-9QX2-BD4H');
    expect(seen).to.have.length(1);
    const sent = await seen[0]!.json();
    expect(sent.reporter.phone, 'phone normalised before sending').to.equal('13812341234');
    expect(sent.reporter.name).to.equal('张𣵦');
    expect(seen[0]!.headers.get('idempotency-key')).to.match(/^[0-9a-f-]{36}$/);
    expect(seen[0]!.headers.get('accept-language')).to.equal('zh-Hans');
    expect(seen[0]!.headers.get('authorization')).to.equal(null);
  });

  it('reuses a given idempotency key and sends the bearer token from getToken', async () => {
    worker.use(http.post(`${base}/v1/${tenant}/opinions`, () => HttpResponse.json(receipt, { status: 201 })));
    const api = createClient({ baseUrl: base, tenant, routes: { createOpinion }, getToken: () => 'tok-1' });
    await api.createOpinion({ body: opinion, idempotencyKey: 'key-123456' });
    expect(seen[0]!.headers.get('idempotency-key')).to.equal('key-123456');
    expect(seen[0]!.headers.get('authorization')).to.equal('Bearer tok-1');
  });

  it('turns problem+json into an HttpError with the parsed problem and field issues', async () => {
    const issues = [{ path: ['reporter', 'phone'], code: 'phone.format', message: '手机号码不正确' }];
    worker.use(http.post(`${base}/v1/${tenant}/opinions`, () => problem(422, 'validation_failed', { issues })));
    const api = createClient({ baseUrl: base, tenant, routes: { createOpinion } });
    const error = await api.createOpinion({ body: opinion }).catch((e: unknown) => e);
    expect(isHttpError(error)).to.equal(true);
    if (!isHttpError(error)) return;
    expect(error.status).to.equal(422);
    expect(error.problem.code).to.equal('validation_failed');
    expect(error.problem.issues?.[0]?.path).to.deep.equal(['reporter', 'phone']);
    expect(error.message).to.equal(`Request failed with status 422 Unprocessable Content: POST /api/v1/${tenant}/opinions`);
    expect(seen, 'a 422 is not retried').to.have.length(1);
  });

  it('describes a non-JSON error page by its status', async () => {
    worker.use(
      http.get(
        `${base}/v1/${tenant}/config`,
        () => new HttpResponse('<html>Bad gateway</html>', { status: 502, headers: { 'content-type': 'text/html' } }),
      ),
    );
    const api = createClient({ baseUrl: base, tenant, routes: { getConfig }, retry: false });
    const error = await api.getConfig().catch((e: unknown) => e);
    expect(isHttpError(error) && error.problem.code).to.equal('internal_error');
    expect(isHttpError(error) && error.problem.title).to.equal('服务器出错了，您填写的内容没有丢失，请稍后再试');
  });

  it('times out a slow answer with a TimeoutError', async () => {
    worker.use(
      http.post(`${base}/v1/${tenant}/opinions/lookup`, async () => {
        await delay(2000);
        return HttpResponse.json({});
      }),
    );
    const api = createClient({ baseUrl: base, tenant, routes: { lookupOpinion }, timeoutMs: 150 });
    const started = performance.now();
    const error = await api.lookupOpinion({ body: { trackingCode: '7k3m 9qx2 bd4h', password: '48213957' } }).catch((e: unknown) => e);
    expect(isTimeoutError(error), String(error)).to.equal(true);
    expect(performance.now() - started).to.be.below(1500);
    expect(await seen[0]!.json(), 'tracking code normalised').to.deep.equal({ trackingCode: '7K3M-9QX2-BD4H', password: '48213957' });
  });

  it('reports a dropped connection as a NetworkError after retrying an idempotent request', async () => {
    worker.use(http.post(`${base}/v1/${tenant}/opinions`, () => HttpResponse.error()));
    const api = createClient({ baseUrl: base, tenant, routes: { createOpinion }, retry: { retries: 2, baseDelayMs: 1 } });
    const error = await api.createOpinion({ body: opinion }).catch((e: unknown) => e);
    expect(isNetworkError(error), String(error)).to.equal(true);
    expect(seen).to.have.length(3);
    const keys = new Set(seen.map((r) => r.headers.get('idempotency-key')));
    expect(keys.size, 'every attempt carries the same key').to.equal(1);
  });

  it('does not retry a POST without an idempotency key', async () => {
    worker.use(http.post(`${base}/v1/${tenant}/opinions/lookup`, () => problem(503, 'unavailable')));
    const api = createClient({ baseUrl: base, tenant, routes: { lookupOpinion }, retry: { retries: 3, baseDelayMs: 1 } });
    const error = await api.lookupOpinion({ body: { trackingCode: '7K3M-9QX2-BD4H', password: '48213957' } }).catch((e: unknown) => e);
    expect(isHttpError(error) && error.status).to.equal(503);
    expect(seen).to.have.length(1);
  });

  it('retries a 503 after its Retry-After, then succeeds', async () => {
    let calls = 0;
    worker.use(
      http.get(`${base}/v1/${tenant}/config`, () => {
        calls++;
        if (calls === 1) return new HttpResponse(null, { status: 503, headers: { 'retry-after': '1' } });
        return HttpResponse.json(demoConfig);
      }),
    );
    const api = createClient({ baseUrl: base, tenant, routes: { getConfig }, retry: { retries: 1, baseDelayMs: 1 } });
    const started = performance.now();
    const config = await api.getConfig();
    expect(config.tenant).to.equal('211100');
    expect(calls).to.equal(2);
    expect(performance.now() - started, 'waited for Retry-After: 1').to.be.at.least(900);
  });

  it('asks for a fresh token once after a 401 and repeats the request with it', async () => {
    worker.use(
      http.post(`${base}/v1/${tenant}/opinions`, ({ request }) =>
        request.headers.get('authorization') === 'Bearer fresh'
          ? HttpResponse.json(receipt, { status: 201 })
          : problem(401, 'unauthorized'),
      ),
    );
    const asked: boolean[] = [];
    const api = createClient({
      baseUrl: base,
      tenant,
      routes: { createOpinion },
      getToken: ({ refresh }) => {
        asked.push(refresh);
        return refresh ? 'fresh' : 'stale';
      },
    });
    const result = await api.createOpinion({ body: opinion });
    expect(result.id).to.equal('op_1');
    expect(asked).to.deep.equal([false, true]);
    expect(seen.map((r) => r.headers.get('authorization'))).to.deep.equal(['Bearer stale', 'Bearer fresh']);
    expect(new Set(seen.map((r) => r.headers.get('idempotency-key'))).size).to.equal(1);
  });

  it('gives up with the 401 when no fresh token is available', async () => {
    worker.use(http.post(`${base}/v1/${tenant}/opinions`, () => problem(401, 'unauthorized')));
    const api = createClient({ baseUrl: base, tenant, routes: { createOpinion }, getToken: ({ refresh }) => (refresh ? null : 'stale') });
    const error = await api.createOpinion({ body: opinion }).catch((e: unknown) => e);
    expect(isHttpError(error) && error.status).to.equal(401);
    expect(seen).to.have.length(1);
  });

  it('refuses invalid input before sending anything, with localized field issues', async () => {
    const api = createClient({ baseUrl: base, tenant, routes: { createOpinion } });
    const bad = { ...opinion, title: '', reporter: { anonymous: false, name: '李四', phone: '12345' } };
    const error = await api.createOpinion({ body: bad }).catch((e: unknown) => e);
    expect(isValidationError(error)).to.equal(true);
    if (!isValidationError(error)) return;
    expect(error.direction).to.equal('request');
    const byPath = Object.fromEntries(error.issues.map((i) => [i.path.join('.'), i]));
    expect(byPath['body.title']?.code).to.equal('required');
    expect(byPath['body.reporter.phone']?.code).to.equal('phone.format');
    expect(byPath['body.reporter.phone']?.message).to.equal('手机号码不正确，请填写以1开头的11位手机号码');
    expect(seen).to.have.length(0);
  });

  it('rejects a response that breaks the contract', async () => {
    worker.use(
      http.post(`${base}/v1/${tenant}/opinions`, () => HttpResponse.json({ ...receipt, trackingCode: 'not-a-code' }, { status: 201 })),
    );
    const api = createClient({ baseUrl: base, tenant, routes: { createOpinion } });
    const error = await api.createOpinion({ body: opinion }).catch((e: unknown) => e);
    expect(isValidationError(error) && error.direction).to.equal('response');
  });

  it('passes the caller’s abort through untouched', async () => {
    worker.use(
      http.get(`${base}/v1/${tenant}/config`, async () => {
        await delay(2000);
        return HttpResponse.json(demoConfig);
      }),
    );
    const api = createClient({ baseUrl: base, tenant, routes: { getConfig } });
    const controller = new AbortController();
    setTimeout(() => controller.abort(new DOMException('left the page', 'AbortError')), 50);
    const error = await api.getConfig({ signal: controller.signal }).catch((e: unknown) => e);
    expect((error as DOMException).name).to.equal('AbortError');
  });

  it('has a method for every route when given the whole table, and send() for any route', async () => {
    const api = createClient({ baseUrl: base, tenant, routes });
    for (const name of Object.keys(routes)) expect(typeof (api as unknown as Record<string, unknown>)[name], name).to.equal('function');
    worker.use(http.get(`${base}/v1/${tenant}/config`, () => HttpResponse.json(demoConfig)));
    const bare = createClient({ baseUrl: base, tenant });
    expect((await bare.send(getConfig)).shortName['zh-Hans']).to.equal('盘锦市政协');
  });

  it('recognises its errors across realms (an iframe’s copy of the client)', async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const foreign = new (frame.contentWindow as unknown as { Error: ErrorConstructor }).Error('x');
    Object.defineProperty(foreign, Symbol.for('tongxin.error'), { value: true });
    Object.defineProperty(foreign, 'name', { value: 'HttpError' });
    expect(foreign instanceof Error).to.equal(false);
    expect(isHttpError(foreign)).to.equal(true);
    frame.remove();
  });
});

const label = (s: string) => ({ 'zh-Hans': s });
const demoConfig = {
  tenant: '211100',
  name: label('中国人民政治协商会议盘锦市委员会'),
  shortName: label('盘锦市政协'),
  currentSession: { term: 9, meeting: 5 },
  proposalCategories: [{ code: 'economy', label: label('经济') }],
  opinionCategories: [{ code: 'livelihood', label: label('民生') }],
  sectors: [{ code: 'cpc', label: label('中国共产党') }],
  units: [{ id: 'u_housing', name: label('市住房和城乡建设局')['zh-Hans'], kind: 'government', active: true }],
  answerCategories: [{ code: 'A', label: label('已解决或基本解决') }],
  notFiledReasons: [{ code: 'personal', label: label('为本人或亲属解决个人问题') }],
  deadlines: {
    replyWorkingDays: 66,
    handbackWorkingDays: 5,
    maxExtensionWorkingDays: 22,
    opinionReplyWorkingDays: 10,
    dueSoonWorkingDays: 5,
  },
  calendar: { holidays: ['2026-10-01'], workdays: ['2026-10-10'] },
  taskStages: [{ code: 'planned', label: label('立项'), roles: ['staff'], progress: 0, bucket: 'todo' }],
  opinionPolicy: { identity: 'optional', notice: label('不受理信访、涉诉事项。'), softLengthLimit: 1500 },
  privacy: { version: '2026-1', text: label('我们仅为办理您的意见使用您的个人信息。') },
  forms: {},
  reportLevels: [{ code: 'city', label: label('市政协') }],
};
