// The mock against the contract conformance suite (the same one the reference server passes), and
// what the mock adds: scenarios switched at runtime, a reset to the seed data, store access, its
// tokens, and the typed client working against it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createClient, type HttpError, isHttpError, isNetworkError, type Problem, routes } from '@tongxin/core';
import { buildDemoData, demoDataFor } from '@tongxin/core/demo';
import { conformance } from '../../../test/conformance/suite.js';
import { createMock, getMock, handlers, type MockApi, resetMock, scenarios, setScenario } from './index.js';

/** The demo county and a copy of it as a second county (isolation), checked against the contract on every answer. */
const twoCounties = () =>
  createMock({
    validateResponses: true,
    counties: () => {
      const demo = buildDemoData();
      return [demo, demoDataFor('211200', demo)];
    },
  });

conformance('msw mock', async () => {
  const mock = twoCounties();
  return {
    fetch: (path, init) => mock.fetch(path, init),
    tenant: '211100',
    otherTenant: '211200',
    async token(account, tenant = '211100') {
      const res = await mock.fetch(`/v1/${tenant}/auth/dev-login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ account }),
      });
      if (res.status !== 200) throw new Error(`dev login as ${account} failed: ${res.status} ${await res.text()}`);
      return ((await res.json()) as { token: string }).token;
    },
    close: async () => mock.reset(),
  };
});

const json = async <T = Record<string, unknown>>(res: Response) => (await res.json()) as T;
const post = (mock: MockApi, path: string, body: unknown, headers: Record<string, string> = {}) =>
  mock.fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID(), ...headers },
    body: JSON.stringify(body),
  });
const opinion = { title: '路灯坏了', situation: '村口路灯已坏两个月。', publish: { consent: true }, reporter: { anonymous: true } };

describe('scenarios', () => {
  it('offline: every request fails like a network failure (fetch rejects), and normal brings it back', async () => {
    const mock = createMock({ scenario: 'offline' });
    await assert.rejects(mock.fetch('/v1/211100/config'), TypeError);
    await assert.rejects(post(mock, '/v1/211100/opinions', opinion), TypeError);
    mock.setScenario('normal');
    assert.equal((await mock.fetch('/v1/211100/config')).status, 200);
  });

  it('offline: the typed client reports a NetworkError', async () => {
    const mock = createMock({ scenario: 'offline' });
    const api = createClient({ baseUrl: 'https://api.tongxin.invalid', tenant: '211100', routes, fetch: mock.fetch, retry: false });
    await assert.rejects(api.getConfig(), (error) => isNetworkError(error));
  });

  it('slow: answers arrive after the delay', async () => {
    const mock = createMock({ scenario: { ...scenarios.slow, latency: 120 } });
    const started = performance.now();
    assert.equal((await mock.fetch('/v1/211100/units')).status, 200);
    assert.ok(performance.now() - started >= 110, 'waited for the latency');
    assert.equal(mock.scenario.name, 'slow');
  });

  it('server-errors: a 500 problem for every call; unavailable: 503 with Retry-After', async () => {
    const mock = createMock({ scenario: 'server-errors' });
    const res = await mock.fetch('/v1/211100/config', { headers: { 'accept-language': 'en' } });
    assert.equal(res.status, 500);
    assert.match(res.headers.get('content-type') ?? '', /application\/problem\+json/);
    const problem = await json<Problem>(res);
    assert.equal(problem.code, 'internal_error');
    mock.setScenario({ fail: 'unavailable', retryAfter: 7, routes: ['createOpinion'] });
    assert.equal((await mock.fetch('/v1/211100/config')).status, 200, 'other routes work');
    const busy = await post(mock, '/v1/211100/opinions', opinion);
    assert.equal(busy.status, 503);
    assert.equal(busy.headers.get('retry-after'), '7');
    assert.equal((await json<Problem>(busy)).code, 'unavailable');
  });

  it('validation-errors: a valid submission is refused with issues on its fields, in the asked language; reads and sign-in work', async () => {
    const mock = createMock({ scenario: 'validation-errors' });
    assert.equal((await mock.fetch('/v1/211100/workstations')).status, 200);
    assert.equal((await post(mock, '/v1/211100/auth/dev-login', { account: 'staff' })).status, 200);
    const res = await post(mock, '/v1/211100/opinions', opinion);
    assert.equal(res.status, 422);
    const problem = await json<Problem>(res);
    assert.equal(problem.code, 'validation_failed');
    const paths = problem.issues!.map((i) => i.path.join('.'));
    assert.ok(paths.includes('body.title') && paths.includes('body.situation'), paths.join());
    assert.ok(problem.issues!.every((i) => i.message.length > 0));
    const english = await post(mock, '/v1/211100/opinions', opinion, { 'accept-language': 'en' });
    assert.notEqual((await json<Problem>(english)).issues![0]!.message, problem.issues![0]!.message, 'localized');
    mock.setScenario('normal');
    assert.equal((await post(mock, '/v1/211100/opinions', opinion)).status, 201);
  });

  it('the typed client sees the scenario’s problems as HttpErrors with field issues', async () => {
    const mock = createMock({ scenario: 'validation-errors' });
    const api = createClient({ baseUrl: 'https://api.tongxin.invalid', tenant: '211100', routes, fetch: mock.fetch, retry: false });
    const error = await api.createOpinion({ body: opinion }).catch((e: unknown) => e);
    assert.ok(isHttpError(error));
    assert.equal((error as HttpError).status, 422);
    assert.ok((error as HttpError).problem?.issues?.some((i) => i.path.join('.') === 'body.title'));
  });

  it('an unknown scenario name is an error naming the known ones', () => {
    assert.throws(() => createMock().setScenario('stormy' as never), /normal.*slow.*offline/);
  });
});

describe('store, reset and tokens', () => {
  it('holds the demo county; a write shows in the store; reset brings the seed back and forgets keys', async () => {
    const mock = createMock();
    assert.deepEqual(mock.tenants, ['211100']);
    const seeded = mock.county().tables.opinions.size;
    const key = crypto.randomUUID();
    const receipt = await json(await post(mock, '/v1/211100/opinions', opinion, { 'idempotency-key': key }));
    assert.equal(mock.county('211100').tables.opinions.size, seeded + 1);
    assert.equal(mock.county().tables.opinions.get(String(receipt.id))?.queryPassword, receipt.queryPassword);
    mock.setScenario('slow');
    mock.reset();
    assert.equal(mock.county().tables.opinions.size, seeded);
    assert.equal(mock.scenario.name, 'normal');
    const again = await post(mock, '/v1/211100/opinions', opinion, { 'idempotency-key': key });
    assert.equal(again.status, 201);
    assert.equal(again.headers.get('idempotent-replayed'), null, 'keys are forgotten');
  });

  it('a record arranged in the store is what the API answers', async () => {
    const mock = createMock();
    const [first] = mock.county().tables.workstations.values();
    mock.county().tables.workstations.set(first!.id, { ...first!, name: '测试工作站' });
    const res = await json(await mock.fetch(`/v1/211100/workstations/${first!.id}`));
    assert.equal(res.name, '测试工作站');
  });

  it('a refused request leaves nothing behind (writes land only with success)', async () => {
    const mock = createMock();
    const token = mock.token('staff');
    const before = mock.county().tables.tasks.size;
    const res = await post(
      mock,
      '/v1/211100/tasks',
      {
        title: '专题视察',
        type: 'inspection',
        year: 2026,
        leadUnitIds: ['u_health', 'u_nowhere'],
        assistingUnitIds: [],
        participants: [],
        public: true,
        proposalIds: [],
        opinionIds: [],
      },
      { authorization: `Bearer ${token}` },
    );
    assert.equal(res.status, 422);
    assert.deepEqual((await json<Problem>(res)).issues![0]!.path, ['body', 'leadUnitIds', 1]);
    assert.equal(mock.county().tables.tasks.size, before);
    assert.equal(mock.county().audit.length, 0);
  });

  it('tokens from mock.token and the dev login are accepted; tampered, expired and foreign ones are not', async () => {
    let clock = new Date('2026-11-27T02:00:00Z');
    const mock = createMock({ now: () => clock });
    const me = (token: string) => mock.fetch('/v1/211100/me', { headers: { authorization: `Bearer ${token}` } });
    const token = mock.token('member-li');
    assert.equal((await json(await me(token))).memberId, 'm_001');
    const login = await json<{ token: string; expiresAt: string }>(await post(mock, '/v1/211100/auth/dev-login', { account: 'unit-edu' }));
    assert.equal(login.expiresAt, '2026-11-27T18:00:00+08:00');
    assert.deepEqual((await json(await me(login.token))).roles, ['unit']);
    const [prefix, payload, sum] = token.split('.');
    assert.equal((await me(`${prefix}.${payload}x.${sum}`)).status, 401);
    assert.equal((await me(createMock({ tokenSecret: 'other' }).token('member-li'))).status, 401);
    clock = new Date('2026-11-27T11:00:00Z');
    assert.equal((await me(token)).status, 401, 'expired after 8 hours');
  });

  it('the dev login can be turned off', async () => {
    const mock = createMock({ devLogin: false });
    assert.deepEqual(await json(await mock.fetch('/v1/211100/auth/dev-accounts')), []);
    assert.equal((await post(mock, '/v1/211100/auth/dev-login', { account: 'staff' })).status, 403);
  });

  it('an unknown /v1 path is a 404 problem', async () => {
    const res = await createMock().fetch('/v1/211100/nothing-here');
    assert.equal(res.status, 404);
    assert.equal((await json<Problem>(res)).code, 'not_found');
  });
});

describe('the shared mock', () => {
  it('handlers(), setScenario() and resetMock() act on one mock', async () => {
    assert.equal(handlers(), getMock().handlers);
    assert.equal(handlers().length, Object.keys(routes).length + 1, 'one handler per route and a catch-all');
    setScenario('offline');
    await assert.rejects(getMock().fetch('/v1/health'), TypeError);
    resetMock();
    assert.equal((await getMock().fetch('/v1/health')).status, 200);
  });
});

describe('with the typed client', () => {
  it('a member files a proposal that staff then see, and works through a base URL with a prefix', async () => {
    const mock = createMock({ baseUrl: 'https://zx.example.gov.cn/api' });
    const client = (account: string) =>
      createClient({
        baseUrl: 'https://zx.example.gov.cn/api',
        tenant: '211100',
        routes,
        fetch: mock.fetch,
        getToken: () => mock.token(account),
      });
    const created = await client('member-li').createProposal({
      body: {
        title: '关于完善农村寄递物流的建议',
        situation: '……',
        reasons: '……',
        suggestions: '……',
        proposerType: 'member',
        publish: { consent: true },
        intent: 'submit',
      },
    });
    assert.equal(created.status, 'submitted');
    const list = await client('staff').listProposals({ query: { status: 'submitted', limit: 200 } });
    assert.ok(list.items.some((p) => p.id === created.id));
    const filed = await client('staff').proposalAction({ params: { id: created.id }, body: { action: 'file' } });
    assert.equal(filed.status, 'filed');
    assert.match(filed.number ?? '', /^\d{4}$/);
    assert.equal((await mock.fetch('/v1/211100/config')).status, 200, 'paths are relative to the base URL');
    assert.equal((await mock.fetch('https://zx.example.gov.cn/v1/211100/config')).status, 404, 'outside the base URL nothing is mocked');
  });
});
