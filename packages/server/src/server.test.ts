// The reference server's behaviour beyond the contract: workflows (proposal, opinion, task) as a
// county would run them, the audit log, bad input, rate limits, CORS and headers, and persistence
// across a restart.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { addWorkingDays, chinaToday, type Problem, type Proposal, type Task } from '@tongxin/core';
import { startServer } from './server.js';
import { pgliteTarget } from './target.fixtures.js';

// biome-ignore lint/suspicious/noExplicitAny: JSON answers, checked field by field in these tests.
type Data = Record<string, any>;
type Res = { status: number; data: Data; headers: Headers };
let t: Awaited<ReturnType<typeof pgliteTarget>>;
const tokens = new Map<string, string>();

async function call(
  method: string,
  path: string,
  options: { as?: string; body?: unknown; key?: string; headers?: Record<string, string> } = {},
): Promise<Res> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...options.headers };
  if (options.as) {
    if (!tokens.has(options.as)) tokens.set(options.as, await t.token(options.as));
    headers.authorization = `Bearer ${tokens.get(options.as)}`;
  }
  if (method === 'POST') headers['idempotency-key'] ??= options.key ?? crypto.randomUUID();
  const res = await t.fetch(`/v1/211100${path}`, {
    method,
    headers,
    ...(options.body !== undefined && { body: typeof options.body === 'string' ? options.body : JSON.stringify(options.body) }),
  });
  const text = await res.text();
  return { status: res.status, data: text ? JSON.parse(text) : {}, headers: res.headers };
}
const ok = (res: Res, status = 200) => {
  assert.equal(res.status, status, JSON.stringify(res.data).slice(0, 500));
  return res.data;
};

before(async () => {
  t = await pgliteTarget();
});
after(() => t.close());

/** A demo member account other than member-li, with its member id. */
async function anotherMember(): Promise<{ account: string; memberId: string }> {
  const accounts = (await t.fetch('/v1/211100/auth/dev-accounts').then((r) => r.json())) as { account: string; roles: string[] }[];
  for (const { account, roles } of accounts) {
    if (account === 'member-li' || !roles.includes('member')) continue;
    const me = ok(await call('GET', '/me', { as: account })) as { memberId?: string };
    if (me.memberId) return { account, memberId: me.memberId };
  }
  throw new Error('the seed has no second member account');
}

describe('proposal workflow: filed, assigned to a lead and an assisting unit, answered, rated', () => {
  it('goes from submission to closed, every step recorded', async () => {
    const cosigner = await anotherMember();
    let p = ok(
      await call('POST', '/proposals', {
        as: 'member-li',
        body: {
          title: '关于推进稻蟹综合种养提质增效的建议',
          situation: '我市稻蟹综合种养面积大，但品牌溢价不足。',
          reasons: '标准化程度低，冷链物流短板明显。',
          suggestions: '一是制定地方标准；二是建设产地冷链。',
          proposerType: 'joint',
          cosignerIds: [cosigner.memberId],
          publish: { consent: true },
          intent: 'submit',
        },
      }),
      201,
    ) as unknown as Proposal;
    assert.equal(p.status, 'cosigning');

    const requests = ok(await call('GET', '/proposals?view=cosign', { as: cosigner.account })) as { items: { id: string }[] };
    assert.ok(
      requests.items.some((i) => i.id === p.id),
      'the co-signer sees the request',
    );
    const act = async (as: string, body: object, status = 200) =>
      ok(await call('POST', `/proposals/${p.id}/actions`, { as, body }), status) as unknown as Proposal;

    p = await act(cosigner.account, { action: 'cosign', decision: 'confirm' });
    assert.equal(p.status, 'submitted');
    p = await act('staff', { action: 'file' });
    assert.equal(p.status, 'filed');
    assert.match(p.number!, /^\d{4}$/);
    p = await act('staff', { action: 'assign', mode: 'joint', leadUnitIds: ['u_housing'], assistingUnitIds: ['u_edu'] });
    assert.equal(p.status, 'assigned');
    assert.equal(p.handling!.deadline, addWorkingDays(chinaToday(), 66, (await t.app.configOf('211100')).calendar));

    // The assisting unit cannot reply; the server says what it may do.
    const refused = await call('POST', `/proposals/${p.id}/actions`, {
      as: 'unit-edu',
      body: { action: 'reply', docNo: 'x', contactName: 'x', contactPhone: '0427-2800000', answerCategory: 'B', text: 'x' },
    });
    assert.equal(refused.status, 409);
    assert.equal(refused.data.code, 'illegal_transition');
    assert.deepEqual([...(refused.data.allowed ?? [])].sort(), ['accept', 'hand_back']);

    p = await act('unit-housing', { action: 'accept' });
    p = await act('unit-edu', { action: 'accept' });
    assert.equal(p.status, 'handling');
    p = await act('unit-housing', {
      action: 'reply',
      docNo: '盘住建提〔2026〕18号',
      contactName: '周强',
      contactPhone: '0427-2826000',
      answerCategory: 'B',
      text: '感谢您的建议。我局已将稻蟹冷链纳入明年计划……',
    });
    assert.equal(p.status, 'countersigning');
    p = await act('unit-edu', { action: 'countersign', note: '同意' });
    assert.equal(p.status, 'reviewing');
    p = await act('staff', { action: 'approve_reply' });
    assert.equal(p.status, 'answered');
    p = await act('member-li', { action: 'rate', satisfaction: 'basically_satisfied', comment: '答复具体，盼落实' });
    assert.equal(p.status, 'answered', 'waits for every co-signer');
    p = await act(cosigner.account, { action: 'rate', satisfaction: 'satisfied' });
    assert.equal(p.status, 'closed');

    const seen = ok(await call('GET', `/proposals/${p.id}`, { as: 'member-li' })) as unknown as Proposal;
    assert.deepEqual(
      seen.history.map((h) => h.to),
      [
        'draft',
        'cosigning',
        'submitted',
        'filed',
        'assigned',
        'assigned',
        'handling',
        'countersigning',
        'reviewing',
        'answered',
        'answered',
        'closed',
      ],
    );
    assert.equal(seen.replies[0]!.countersignedBy[0]!.unitId, 'u_edu');
    assert.ok(seen.replies[0]!.approved);
    assert.deepEqual(seen.ratings.map((r) => r.satisfaction).sort(), ['basically_satisfied', 'satisfied']);

    const audit = ok(await call('GET', `/audit?entity=proposal&entityId=${p.id}`, { as: 'staff' })) as {
      items: { action: string; from?: string; to?: string; actor: { role: string } }[];
    };
    const actions = audit.items.map((a) => a.action).reverse();
    assert.deepEqual(actions, [
      'create',
      'cosign',
      'file',
      'assign',
      'accept',
      'accept',
      'reply',
      'countersign',
      'approve_reply',
      'rate',
      'rate',
    ]);
    assert.deepEqual(
      audit.items.find((a) => a.action === 'file'),
      { ...audit.items.find((a) => a.action === 'file'), from: 'submitted', to: 'filed' },
    );
    assert.equal(audit.items.find((a) => a.action === 'reply')!.actor.role, 'unit');
  });

  it('a unit that is not assigned cannot see the proposal, and an outsider member gets 404, not 403', async () => {
    const list = ok(await call('GET', '/proposals?status=submitted', { as: 'staff' })) as { items: { id: string }[] };
    const id = list.items[0]!.id;
    assert.equal((await call('GET', `/proposals/${id}`, { as: 'unit-housing' })).status, 404);
  });

  it('a member rating a reply as dissatisfied leads to rework, and the units answer again', async () => {
    const list = ok(await call('GET', '/proposals?status=answered', { as: 'staff' })) as { items: { id: string }[] };
    const id = list.items[0]!.id;
    const p = ok(
      await call('POST', `/proposals/${id}/actions`, { as: 'staff', body: { action: 'rework', note: '委员不满意，请重新办理' } }),
    ) as unknown as Proposal;
    assert.equal(p.status, 'rework');
    assert.deepEqual(p.ratings, []);
  });

  it('refuses a stale version with the current record, so that nothing is overwritten blindly', async () => {
    const list = ok(await call('GET', '/proposals?status=submitted', { as: 'staff' })) as { items: { id: string }[] };
    const current = ok(await call('GET', `/proposals/${list.items[0]!.id}`, { as: 'staff' })) as unknown as Proposal;
    const res = await call('POST', `/proposals/${current.id}/actions`, {
      as: 'staff',
      body: { action: 'file', expectedVersion: current.version - 1 },
    });
    assert.equal(res.status, 409);
    assert.equal(res.data.code, 'version_conflict');
    assert.equal((res.data.current as Proposal).version, current.version);
  });
});

describe('opinion workflow: anonymous submission, lookup by code and password, staff handling', () => {
  it('shows the citizen every public step and reply, and nothing internal', async () => {
    const receipt = ok(
      await call('POST', '/opinions', {
        body: {
          title: '关于辽河口湿地周边垃圾清运的反映',
          situation: '湿地东侧停车场垃圾无人清运。',
          publish: { consent: false, reason: '涉及具体村民' },
          reporter: { anonymous: true },
        },
      }),
      201,
    ) as { id: string; trackingCode: string; queryPassword: string };
    assert.match(receipt.trackingCode, /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    assert.match(receipt.queryPassword, /^\d{8}$/);

    const wrong = await call('POST', '/opinions/lookup', { body: { trackingCode: receipt.trackingCode, password: '00000000' } });
    assert.equal(wrong.status, 404);
    assert.equal(wrong.data.code, 'lookup_failed');
    const [row] = await t.db.query<{ password_hash: string }>('select password_hash from opinions where id = $1', [receipt.id]);
    assert.match(row!.password_hash, /^scrypt\$/);
    assert.ok(!row!.password_hash.includes(receipt.queryPassword));

    for (const body of [
      { action: 'receive' },
      { action: 'start_editing' },
      { action: 'edit', title: '关于加强辽河口湿地周边环境整治的建议', body: '……', journalIssue: '2026年第12期' },
      { action: 'report', level: 'city' },
      { action: 'record_adoption', level: 'city', adoption: 'single' },
      { action: 'record_instruction', level: 'city', by: '市领导', text: '请市生态环境局研办。', at: chinaToday() },
      { action: 'reply', text: '您反映的问题已转市生态环境局办理，感谢您的关心。', public: true },
      { action: 'reply', text: '内部：请跟进', public: false },
    ]) {
      ok(await call('POST', `/opinions/${receipt.id}/actions`, { as: 'staff', body }));
    }
    const again = await call('POST', `/opinions/${receipt.id}/actions`, { as: 'staff', body: { action: 'receive' } });
    assert.equal(again.status, 409);
    assert.ok((again.data.allowed ?? []).includes('reply'));

    const view = ok(
      await call('POST', '/opinions/lookup', {
        body: { trackingCode: receipt.trackingCode.toLowerCase().replaceAll('-', ' '), password: receipt.queryPassword },
      }),
    );
    assert.deepEqual(
      (view.timeline as { status: string }[]).map((s) => s.status),
      ['submitted', 'received', 'editing', 'edited', 'reported', 'adopted', 'instructed'],
    );
    assert.deepEqual(
      (view.replies as { text: string }[]).map((r) => r.text),
      ['您反映的问题已转市生态环境局办理，感谢您的关心。'],
    );
    assert.deepEqual(view.uptake, [{ level: 'city', adopted: true, instructed: true }]);
    assert.ok(!JSON.stringify(view).includes('内部'), 'internal replies stay internal');
  });

  it('requires consent to the privacy notice when personal data is given (PIPL)', async () => {
    const res = await call('POST', '/opinions', {
      body: {
        title: '关于公交站台的建议',
        situation: '……',
        publish: { consent: true },
        reporter: { anonymous: false, name: '张三', phone: '13912345678' },
      },
    });
    assert.equal(res.status, 422);
    assert.deepEqual(res.data.issues![0]!.path, ['body', 'privacyConsent']);
  });
});

describe('task tracker: stages from configuration, version checks', () => {
  let task: Task;
  before(async () => {
    task = ok(
      await call('POST', '/tasks', {
        as: 'staff',
        body: {
          title: '推进老旧小区改造重点协商',
          type: 'key_consultation',
          year: 2026,
          leadUnitIds: ['u_housing'],
          assistingUnitIds: [],
          participants: [],
          public: true,
          proposalIds: [],
          opinionIds: [],
        },
      }),
      201,
    ) as unknown as Task;
  });

  it('a member who does not take part may not post progress', async () => {
    const res = await call('POST', `/tasks/${task.id}/updates`, { as: 'member-li', body: { text: '……' } });
    assert.equal(res.status, 403);
  });

  it('refuses a stage whose requirements are missing, saying what is missing', async () => {
    const res = await call('POST', `/tasks/${task.id}/stage`, { as: 'staff', body: { to: 'answered', version: task.version } });
    assert.equal(res.status, 409);
    assert.match(res.data.detail!, /答复文件/);
    const upload = await t.fetch('/v1/211100/attachments?name=答复函.pdf', {
      method: 'POST',
      headers: {
        'content-type': 'application/pdf',
        'idempotency-key': crypto.randomUUID(),
        authorization: `Bearer ${await t.token('unit-housing')}`,
      },
      body: new TextEncoder().encode('%PDF-1.4 答复'),
    });
    const file = (await upload.json()) as { id: string };
    task = ok(
      await call('POST', `/tasks/${task.id}/updates`, {
        as: 'unit-housing',
        body: { text: '已正式答复', attachmentIds: [file.id], progress: 80 },
      }),
      201,
    ) as unknown as Task;
    task = ok(
      await call('POST', `/tasks/${task.id}/stage`, { as: 'unit-housing', body: { to: 'answered', version: task.version } }),
    ) as unknown as Task;
    assert.equal(task.stageCode, 'answered');
    assert.equal(task.progress, 80);
  });

  it('a unit may not move a task into a stage its role may not enter', async () => {
    const res = await call('POST', `/tasks/${task.id}/stage`, { as: 'unit-housing', body: { to: 'fed_back', version: task.version } });
    assert.equal(res.status, 409);
    assert.ok(res.data.detail);
  });

  it('two edits from the same version: the second gets 409 with the current task', async () => {
    const first = await call('PATCH', `/tasks/${task.id}`, { as: 'staff', body: { version: task.version, leader: '刘副主席' } });
    assert.equal(first.status, 200);
    const second = await call('PATCH', `/tasks/${task.id}`, { as: 'unit-housing', body: { version: task.version, leader: '王副主席' } });
    assert.equal(second.status, 409);
    assert.equal(second.data.code, 'version_conflict');
    assert.equal((second.data.current as Task).leader, '刘副主席');
  });

  it('the public list shows public tasks without internal fields', async () => {
    const res = ok(await call('GET', '/public/tasks?year=2026'));
    const items = res.items as Record<string, unknown>[];
    assert.ok(items.length > 0);
    for (const item of items) {
      for (const internal of ['participants', 'history', 'summary', 'leader', 'feedback', 'assistingUnitIds'])
        assert.ok(!(internal in item), internal);
    }
  });
});

describe('submissions are checked against the form version they name (the validator the browser ran)', () => {
  const opinion = (extra: Record<string, unknown> = {}) => ({
    title: '兴隆台区某村路灯损坏两个月',
    situation: '兴隆台区某村村口三盏路灯已坏两个月，夜间老人和学生出行很不方便。',
    categoryCode: 'livelihood',
    publish: { consent: true },
    reporter: { anonymous: true },
    ...extra,
  });

  it('the built-in opinion form: a named opinion needs a mobile number, reported on the body path', async () => {
    const named = opinion({
      form: { id: 'opinion-builtin', version: 1 },
      reporter: { anonymous: false, name: '张三丰' },
      privacyConsent: { version: '2026-1', at: '2026-11-27T10:00:00+08:00' },
    });
    const refused = await call('POST', '/opinions', { body: named });
    assert.equal(refused.status, 422, JSON.stringify(refused.data));
    assert.deepEqual(
      refused.data.issues.map((i: Data) => [i.path.join('.'), i.code]),
      [['body.reporter.phone', 'required']],
    );
    ok(await call('POST', '/opinions', { body: { ...named, reporter: { ...named.reporter, phone: '13812341234' } } }), 201);
  });

  it("a county's own form version: its extra required field and rules are enforced, other versions refused", async () => {
    const definition = {
      schemaVersion: 1,
      id: 'opinion-env',
      version: 1,
      purpose: 'opinion',
      title: { 'zh-Hans': '生态环境反映' },
      steps: [
        {
          key: 's',
          title: { 'zh-Hans': '内容' },
          sections: [
            {
              key: 'main',
              fields: [
                { type: 'text', key: 'title', label: { 'zh-Hans': '标题' }, required: true, maxLength: 60 },
                { type: 'textarea', key: 'situation', label: { 'zh-Hans': '情况' }, required: true },
                { type: 'select', key: 'category', label: { 'zh-Hans': '类别' }, optionsFrom: 'opinionCategories', required: true },
                {
                  type: 'checkboxes',
                  key: 'pollution',
                  label: { 'zh-Hans': '污染类型' },
                  options: [
                    { value: 'air', label: { 'zh-Hans': '大气' } },
                    { value: 'water', label: { 'zh-Hans': '水' } },
                  ],
                },
              ],
            },
          ],
        },
      ],
      rules: [{ when: { field: 'category', op: 'eq', value: 'environment' }, effect: 'require', targets: ['pollution'] }],
    };
    const saved = ok(await call('POST', '/forms', { as: 'staff', body: definition }), 201);
    const version = saved.definition.version;
    const form = { id: 'opinion-env', version };
    const missing = await call('POST', '/opinions', { body: opinion({ form, categoryCode: 'environment' }) });
    assert.equal(missing.status, 422, JSON.stringify(missing.data));
    assert.deepEqual(
      missing.data.issues.map((i: Data) => i.path.join('.')),
      ['body.extra.pollution'],
    );
    const wrong = await call('POST', '/opinions', {
      body: opinion({ form, categoryCode: 'environment', extra: { pollution: ['noise'] } }),
    });
    assert.equal(wrong.status, 422);
    assert.equal(wrong.data.issues[0].path.join('.'), 'body.extra.pollution.0');
    ok(await call('POST', '/opinions', { body: opinion({ form, categoryCode: 'environment', extra: { pollution: ['air'] } }) }), 201);
    // Another category does not need it.
    ok(await call('POST', '/opinions', { body: opinion({ form }) }), 201);
    const unknown = await call('POST', '/opinions', { body: opinion({ form: { id: 'opinion-env', version: version + 5 } }) });
    assert.equal(unknown.status, 422);
    assert.equal(unknown.data.issues[0].path.join('.'), 'body.form');
  });

  it('a proposal submitted with the built-in form: the organisation block is required for a party proposal; drafts are not checked', async () => {
    const base = {
      title: '关于发展设施农业的建议',
      situation: '',
      reasons: '',
      suggestions: '',
      proposerType: 'party',
      categoryCode: 'economy',
      publish: { consent: true },
      form: { id: 'proposal-builtin', version: 1 },
    };
    ok(await call('POST', '/proposals', { as: 'member-li', body: { ...base, intent: 'draft' } }), 201);
    const refused = await call('POST', '/proposals', {
      as: 'member-li',
      body: {
        ...base,
        intent: 'submit',
        organization: { name: '民盟盘锦市委', contactName: '王芳', phone: '0427-2800000' },
        attachmentIds: [],
      },
    });
    assert.equal(refused.status, 422, JSON.stringify(refused.data));
    // The form requires the three parts (no attachment carries the body).
    assert.deepEqual(refused.data.issues.map((i: Data) => i.path.join('.')).sort(), ['body.reasons', 'body.situation', 'body.suggestions']);
  });
});

describe('bad input: a clear problem, nothing stored', () => {
  const count = async () => Number((await t.db.query<{ n: number }>('select count(*)::int as n from opinions'))[0]!.n);
  const opinion = { title: '关于路灯的反映', situation: '……', publish: { consent: true }, reporter: { anonymous: true } };

  it('malformed JSON, wrong types, wrong content type, oversized bodies, 10,000-character fields, bad phones', async () => {
    const before = await count();
    const cases: [unknown, Record<string, string>, number, string][] = [
      ['{"title": "x",', {}, 400, 'malformed_request'],
      [{ ...opinion, title: 42 }, {}, 422, 'validation_failed'],
      [opinion, { 'content-type': 'text/plain' }, 415, 'unsupported_media_type'],
      [{ ...opinion, situation: '长'.repeat(600_000) }, {}, 413, 'payload_too_large'],
      [{ ...opinion, title: '长'.repeat(10_000) }, {}, 422, 'validation_failed'],
      [{ ...opinion, reporter: { anonymous: false, name: '张三', phone: '1234' } }, {}, 422, 'validation_failed'],
    ];
    for (const [body, headers, status, code] of cases) {
      const res = await call('POST', '/opinions', { body, headers });
      assert.equal(res.status, status, `${code}: ${JSON.stringify(res.data).slice(0, 200)}`);
      assert.equal(res.data.code, code);
      assert.doesNotMatch(JSON.stringify(res.data), /node_modules|\.ts:\d+|stack/i);
    }
    assert.equal(await count(), before, 'nothing was stored');
    const wrongType = await call('POST', '/opinions', { body: { ...opinion, title: 42 } });
    assert.deepEqual(
      wrongType.data.issues.map((i: { path: string[]; code: string }) => `${i.path.join('.')}:${i.code}`),
      ['body.title:invalid_type'],
    );
  });

  it('stores SQL-looking text as text', async () => {
    const title = "'); drop table opinions; --";
    const receipt = ok(await call('POST', '/opinions', { body: { ...opinion, title } }), 201);
    const [row] = await t.db.query<{ doc: { title: string } }>('select doc from opinions where id = $1', [receipt.id]);
    assert.equal(row!.doc.title, title);
  });

  it('answers unknown counties and unknown routes with problems', async () => {
    const res = await t.fetch('/v1/000000/config');
    assert.equal(res.status, 404);
    assert.equal(((await res.json()) as Problem).code, 'unknown_tenant');
    const none = await t.fetch('/v1/211100/nothing-here');
    assert.equal(none.status, 404);
    assert.match(none.headers.get('content-type') ?? '', /problem\+json/);
  });
});

describe('rate limits, CORS and security headers', () => {
  it('limits anonymous submissions per address with 429 and Retry-After', async () => {
    const limited = await pgliteTarget({ rateLimits: { submit: { burst: 3, refillSeconds: 60 } } });
    try {
      const send = () =>
        limited.fetch('/v1/211100/opinions', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
          body: JSON.stringify({ title: '限流测试', situation: '……', publish: { consent: true }, reporter: { anonymous: true } }),
        });
      for (let i = 0; i < 3; i++) assert.equal((await send()).status, 201);
      const fourth = await send();
      assert.equal(fourth.status, 429);
      assert.equal(fourth.headers.get('retry-after'), '60');
      assert.equal(((await fourth.json()) as Problem).code, 'rate_limited');
    } finally {
      await limited.close();
    }
  });

  it('limits lookups of one tracking code from any address', async () => {
    const limited = await pgliteTarget({
      rateLimits: { lookup: { burst: 100, refillSeconds: 1 }, lookupCode: { burst: 3, refillSeconds: 60 } },
    });
    try {
      const lookup = (code: string) =>
        limited.fetch('/v1/211100/opinions/lookup', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.0.0.${Math.floor(Math.random() * 250)}` },
          body: JSON.stringify({ trackingCode: code, password: '12345678' }),
        });
      for (let i = 0; i < 3; i++) assert.equal((await lookup('7K3M-9QX2-BD4H')).status, 404);
      assert.equal((await lookup('7K3M-9QX2-BD4H')).status, 429);
      assert.equal((await lookup('7K3M-9QX2-BD4J')).status, 404, 'another code is not affected');
    } finally {
      await limited.close();
    }
  });

  it('allows configured origins only, and sends security headers', async () => {
    const config = ok(await call('GET', '/config'));
    ok(
      await call('PUT', '/config', {
        as: 'admin',
        body: { ...config, embedding: { allowedOrigins: ['https://zx.panjin.example.gov.cn'] } },
      }),
    );
    const allowed = await t.fetch('/v1/211100/config', { headers: { origin: 'https://zx.panjin.example.gov.cn' } });
    assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://zx.panjin.example.gov.cn');
    const other = await t.fetch('/v1/211100/config', { headers: { origin: 'https://evil.example' } });
    assert.equal(other.headers.get('access-control-allow-origin'), null);
    assert.equal(allowed.headers.get('x-content-type-options'), 'nosniff');
    assert.match(allowed.headers.get('content-security-policy') ?? '', /default-src 'none'/);
  });
});

describe('persistence', () => {
  it('keeps data across a restart on embedded PGlite, and migrates only once', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tongxin-data-'));
    const logs: Record<string, unknown>[] = [];
    const options = { dataDir, port: 0, seed: true, devLogin: true, log: (e: Record<string, unknown>) => logs.push(e) };
    let server = await startServer(options);
    const create = await fetch(`${server.url}v1/211100/opinions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
      body: JSON.stringify({ title: '重启之前提交的反映', situation: '……', publish: { consent: true }, reporter: { anonymous: true } }),
    });
    const receipt = (await create.json()) as { trackingCode: string; queryPassword: string };
    await server.stop();
    assert.equal(logs.filter((l) => l.msg === 'migrated').length, 1);

    server = await startServer(options);
    try {
      assert.equal(logs.filter((l) => l.msg === 'migrated').length, 1, 'no migration ran again');
      assert.equal(logs.filter((l) => l.msg === 'loaded the demo county').length, 1, 'the seed loaded once');
      const lookup = await fetch(`${server.url}v1/211100/opinions/lookup`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ trackingCode: receipt.trackingCode, password: receipt.queryPassword }),
      });
      assert.equal(lookup.status, 200);
      assert.equal(((await lookup.json()) as { title: string }).title, '重启之前提交的反映');
    } finally {
      await server.stop();
    }
  });
});
