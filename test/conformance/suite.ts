/**
 * The contract conformance suite: every route of the contract table, exercised over HTTP against a
 * target — the reference server on PGlite, on PostgreSQL, and (later) the msw mock — so that they
 * cannot drift from the contract or from each other. Each route: a success whose body matches the
 * contract, a validation error, an auth error, tenant isolation; idempotent routes also the replay,
 * the reused key and the missing key.
 *
 * The target must hold the demo county (211100, as the server's seed makes it) and a second county
 * with the same demo accounts, for isolation.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type Problem, type ProblemIssue, type RouteDef, type RouteName, routes } from '@tongxin/core';

/** Something that answers HTTP like the API. */
export interface Target {
  /** Sends a request to the API; `path` starts with `/v1/`. */
  fetch(path: string, init?: RequestInit): Promise<Response>;
  /** The demo county and a second one with the same accounts. */
  tenant: string;
  otherTenant: string;
  /** A bearer token for a demo account of a county. */
  token(account: string, tenant?: string): Promise<string>;
  close(): Promise<void>;
}

type Json = Record<string, unknown>;
// biome-ignore lint/suspicious/noExplicitAny: JSON answers, checked against the contract's schemas.
type Data = Record<string, any>;
type Call = {
  as?: string;
  tenant?: string;
  params?: Json;
  query?: Json;
  body?: unknown;
  raw?: BodyInit;
  contentType?: string;
  key?: string;
};

const opinionBody = (title: string) => ({
  title,
  situation: '兴隆台区某村村口三盏路灯已坏两个月，夜间出行不便。',
  publish: { consent: true },
  reporter: { anonymous: true },
});

/** Registers the suite for one target. */
export function conformance(name: string, makeTarget: () => Promise<Target>) {
  describe(`contract conformance: ${name}`, () => {
    let target: Target;
    const tokens = new Map<string, string>();
    const ids: Record<string, string> = {};

    async function send(route: RouteDef, call: Call = {}) {
      const tenant = call.tenant ?? target.tenant;
      let path = route.path.replace('{tenant}', tenant);
      for (const [key, value] of Object.entries(call.params ?? {})) path = path.replace(`{${key}}`, encodeURIComponent(String(value)));
      if (call.query) path += `?${new URLSearchParams(Object.entries(call.query).map(([k, v]) => [k, String(v)]))}`;
      const headers: Record<string, string> = { accept: 'application/json', 'accept-language': 'zh-Hans' };
      if (call.as) {
        const cacheKey = `${tenant}:${call.as}`;
        if (!tokens.has(cacheKey)) tokens.set(cacheKey, await target.token(call.as, tenant));
        headers.authorization = `Bearer ${tokens.get(cacheKey)}`;
      }
      if (route.idempotent) headers['idempotency-key'] = call.key ?? crypto.randomUUID();
      let body: BodyInit | undefined;
      if (call.raw !== undefined) {
        body = call.raw;
        headers['content-type'] = call.contentType ?? 'application/octet-stream';
      } else if (call.body !== undefined) {
        body = JSON.stringify(call.body);
        headers['content-type'] = 'application/json';
      }
      const response = await target.fetch(path, { method: route.method, headers, ...(body !== undefined && { body }) });
      const type = response.headers.get('content-type') ?? '';
      const data = type.includes('json') ? await response.json() : new Uint8Array(await response.arrayBuffer());
      return { status: response.status, data: data as Data, headers: response.headers };
    }

    const expectProblem = (res: { status: number; data: Data; headers: Headers }, status: number, code: string) => {
      assert.equal(res.status, status, `expected ${status} ${code}, got ${res.status} ${JSON.stringify(res.data).slice(0, 300)}`);
      assert.match(res.headers.get('content-type') ?? '', /application\/problem\+json/);
      assert.equal(res.data.code, code);
      assert.equal(res.data.type, `urn:tongxin:problem:${code}`);
      assert.equal(typeof res.data.title, 'string');
      assert.doesNotMatch(JSON.stringify(res.data), /\bat .+\.(ts|js):\d+/, 'no stack trace');
    };
    const expectContract = (route: RouteDef, res: { status: number; data: unknown }, what: string) => {
      assert.equal(res.status, route.status, `${what}: ${JSON.stringify(res.data).slice(0, 400)}`);
      if (route.response !== 'binary') {
        const parsed = (route.response as { safeParse(v: unknown): { success: boolean; error?: { issues: unknown[] } } }).safeParse(
          res.data,
        );
        assert.ok(
          parsed.success,
          `${what}: the response breaks the contract: ${String(JSON.stringify(parsed.error?.issues)).slice(0, 500)}`,
        );
      }
    };
    const first = async (route: RouteDef, call: Call, pick: (items: Json[]) => Json | undefined = (items) => items[0]) => {
      const res = await send(route, call);
      assert.equal(res.status, 200, `${route.path}: ${JSON.stringify(res.data).slice(0, 300)}`);
      const item = pick((res.data as { items: Json[] }).items);
      assert.ok(item, `no item found for ${route.path} ${JSON.stringify(call.query)}`);
      return String(item.id);
    };

    before(async () => {
      target = await makeTarget();
      ids.proposalSubmitted = await first(routes.listProposals, { as: 'staff', query: { status: 'submitted' } });
      ids.proposalAny = await first(routes.listProposals, { as: 'staff' });
      ids.opinion = await first(routes.listOpinions, { as: 'staff' });
      ids.task = await first(routes.listTasks, { as: 'staff' });
      ids.workstation = await first(routes.listWorkstations, {});
      const upload = await send(routes.uploadAttachment, {
        query: { name: '现场照片.jpg' },
        raw: new Uint8Array([0xff, 0xd8, 0xff, 1, 2, 3]),
        contentType: 'image/jpeg',
      });
      ids.attachment = String(upload.data.id);
    });
    after(() => target?.close());

    /** A valid call of every route, as a user allowed to make it. */
    const valid = (): Record<RouteName, Call> => ({
      health: {},
      getConfig: {},
      putConfig: { as: 'admin', body: undefined },
      listDemoAccounts: {},
      devLogin: { body: { account: 'citizen' } },
      getMe: { as: 'member-li' },
      listDivisions: { query: { parent: target.tenant } },
      listMembers: { as: 'member-li', query: { limit: 5 } },
      listUnits: {},
      uploadAttachment: { query: { name: '说明.pdf' }, raw: new TextEncoder().encode('%PDF-1.4 demo'), contentType: 'application/pdf' },
      getAttachment: { as: 'staff', params: { id: ids.attachment! } },
      listProposals: { as: 'staff', query: { limit: 5 } },
      createProposal: {
        as: 'member-li',
        body: {
          title: '关于加快老旧小区加装电梯的建议',
          situation: '……',
          reasons: '……',
          suggestions: '……',
          proposerType: 'member',
          publish: { consent: true },
          intent: 'draft',
        },
      },
      getProposal: { as: 'staff', params: { id: ids.proposalAny! } },
      updateProposal: { as: 'member-li', params: { id: 'set-below' }, body: undefined },
      proposalAction: { as: 'staff', params: { id: ids.proposalSubmitted! }, body: { action: 'return', note: '请补充案由和具体建议' } },
      listOpinions: { as: 'staff', query: { limit: 5 } },
      createOpinion: { body: opinionBody('关于村口路灯损坏的反映') },
      lookupOpinion: { body: undefined },
      getOpinion: { as: 'staff', params: { id: ids.opinion! } },
      opinionAction: { as: 'staff', params: { id: 'set-below' }, body: { action: 'receive' } },
      listTasks: { as: 'member-li', query: { year: 2026 } },
      listPublicTasks: { query: { limit: 5 } },
      createTask: {
        as: 'staff',
        body: {
          title: '推进县域医共体建设专题视察',
          type: 'inspection',
          year: 2026,
          leadUnitIds: ['u_health'],
          assistingUnitIds: [],
          participants: [],
          public: true,
          proposalIds: [],
          opinionIds: [],
        },
      },
      getTask: { as: 'member-li', params: { id: ids.task! } },
      updateTask: { as: 'staff', params: { id: ids.task! }, body: undefined },
      postTaskUpdate: { as: 'staff', params: { id: ids.task! }, body: { text: '召开推进会，明确分工。', progress: 40, public: true } },
      moveTaskStage: { as: 'staff', params: { id: 'set-below' }, body: undefined },
      listWorkstations: { query: { type: 'village', limit: 10 } },
      getWorkstation: { params: { id: ids.workstation! } },
      createWorkstation: {
        as: 'staff',
        body: {
          name: '大洼区测试社区委员工作站（演示）',
          type: 'village',
          divisionCode: '211104001001',
          address: '大洼区某社区党群服务中心',
          location: { lng: 122.08, lat: 40.99, crs: 'WGS84' },
          sectorCodes: [],
          members: [],
          duty: { slots: [{ weekday: 3, start: '09:00', end: '11:30' }] },
          services: ['接待群众'],
          activities: [],
        },
      },
      replaceWorkstation: { as: 'staff', params: { id: 'set-below' }, body: undefined },
      listForms: { as: 'staff' },
      getForm: { params: { formId: 'opinion-default' } },
      saveForm: { as: 'staff', body: undefined },
      publishForm: { as: 'staff', params: { formId: 'opinion-default', version: 1 } },
      listAudit: { as: 'staff', query: { entity: 'proposal', limit: 5 } },
    });

    /** The same call with a different (still valid) payload. */
    function alter(call: Call): Call {
      if (call.raw !== undefined) return { ...call, raw: new TextEncoder().encode('changed bytes') };
      const body = structuredClone(call.body) as Json;
      if (typeof body.action === 'string' && !['note', 'text'].some((f) => typeof body[f] === 'string')) body.expectedVersion = 987_654;
      else if (typeof body.to === 'string') body.to = body.to === 'consulted' ? 'research' : 'consulted';
      else if (typeof body.title === 'object' && body.title) (body.title as Json)['zh-Hans'] = '社情民意（新版）';
      else {
        const field = ['note', 'text', 'title', 'name', 'situation'].find((f) => typeof body[f] === 'string');
        if (!field) throw new Error('no field to alter');
        body[field] = `${body[field]}（改）`;
      }
      return { ...call, body };
    }

    /** Fills the calls that depend on other calls (a fresh record, the current version). */
    async function prepared(name: RouteName, call: Call): Promise<Call> {
      switch (name) {
        case 'putConfig':
          return { ...call, body: (await send(routes.getConfig, {})).data };
        case 'lookupOpinion': {
          const receipt = (await send(routes.createOpinion, { body: opinionBody('用于查询的反映') })).data;
          return { ...call, body: { trackingCode: receipt.trackingCode, password: receipt.queryPassword } };
        }
        case 'updateProposal': {
          const draft = (await send(routes.createProposal, valid().createProposal)).data;
          const { title, situation, reasons, suggestions, proposerType, publish } = draft as Json;
          return {
            ...call,
            params: { id: String(draft.id) },
            body: {
              version: draft.version,
              draft: { title, situation, reasons, suggestions: `${suggestions}（补充）`, proposerType, publish, intent: 'draft' },
            },
          };
        }
        case 'proposalAction': {
          const submitted = (
            await send(routes.createProposal, {
              as: 'member-li',
              body: {
                title: '关于完善乡村客运网络的建议',
                situation: '……',
                reasons: '……',
                suggestions: '……',
                proposerType: 'member',
                publish: { consent: true },
                intent: 'submit',
              },
            })
          ).data;
          return { ...call, params: { id: String(submitted.id) } };
        }
        case 'opinionAction': {
          const receipt = (await send(routes.createOpinion, { body: opinionBody('待受理的反映') })).data;
          return { ...call, params: { id: String(receipt.id) } };
        }
        case 'updateTask': {
          const task = (await send(routes.getTask, { as: 'staff', params: { id: ids.task! } })).data;
          return { ...call, body: { version: task.version, publicSummary: '已完成实地调研，正在形成协商专报。' } };
        }
        case 'moveTaskStage': {
          const task = (await send(routes.createTask, valid().createTask)).data;
          return { ...call, params: { id: String(task.id) }, body: { to: 'research', version: task.version } };
        }
        case 'replaceWorkstation': {
          const station = (await send(routes.createWorkstation, valid().createWorkstation)).data;
          const { id: _id, tenant: _t, photos: _p, opinionCount: _o, updatedAt: _u, version, ...fields } = station as Json;
          return {
            ...call,
            params: { id: String(station.id) },
            body: { version, station: { ...fields, address: '大洼区某社区党群服务中心二楼' } },
          };
        }
        case 'saveForm':
          return {
            ...call,
            body: {
              schemaVersion: 1,
              id: 'opinion-default',
              version: 1,
              purpose: 'opinion',
              title: { 'zh-Hans': '社情民意' },
              steps: [
                {
                  key: 'main',
                  title: { 'zh-Hans': '反映内容' },
                  sections: [{ key: 's', fields: [{ type: 'text', key: 'title', label: { 'zh-Hans': '标题' }, required: true }] }],
                },
              ],
            },
          };
        case 'getForm': {
          const published = await prepared('publishForm', valid().publishForm);
          await send(routes.publishForm, published);
          return call;
        }
        case 'publishForm': {
          const saved = (await send(routes.saveForm, await prepared('saveForm', valid().saveForm))).data as {
            definition: { version: number };
          };
          return { ...call, params: { formId: 'opinion-default', version: saved.definition.version } };
        }
        default:
          return call;
      }
    }

    describe('every route answers as the contract says', () => {
      for (const [name, route] of Object.entries(routes) as [RouteName, RouteDef][]) {
        it(`${route.method} ${route.path} (${name})`, async () => {
          const call = await prepared(name, valid()[name]);
          const res = await send(route, call);
          expectContract(route, res, name);
        });
      }
    });

    describe('validation errors are 422 problems naming the field', () => {
      const bad: Partial<Record<RouteName, Call>> = {
        createOpinion: { body: { ...opinionBody(''), reporter: { anonymous: false, phone: '12345' } } },
        createProposal: {
          as: 'member-li',
          body: {
            title: '关于……的建议',
            proposerType: 'joint',
            situation: '',
            reasons: '',
            suggestions: '',
            publish: { consent: false },
            intent: 'submit',
          },
        },
        lookupOpinion: { body: { trackingCode: 'nope', password: '1' } },
        listWorkstations: { query: { type: 'castle' } },
        listTasks: { as: 'staff', query: { year: 'last' } },
        createTask: { as: 'staff', body: { title: '', type: 'party', year: 1999 } },
        postTaskUpdate: { as: 'staff', params: { id: 'x' }, body: { text: '' } },
        devLogin: { body: { account: '' } },
        uploadAttachment: { query: {}, raw: new Uint8Array([1]), contentType: 'image/png' },
        getProposal: { as: 'staff', params: { id: 'bad id!' } },
        proposalAction: { as: 'staff', params: { id: 'x' }, body: { action: 'explode' } },
        saveForm: {
          as: 'staff',
          body: { schemaVersion: 1, id: 'x', version: 1, purpose: 'opinion', title: { 'zh-Hans': 'x' }, steps: [] },
        },
      };
      for (const [name, call] of Object.entries(bad) as [RouteName, Call][]) {
        it(name, async () => {
          const res = await send(routes[name], call);
          expectProblem(res, 422, 'validation_failed');
          assert.ok(res.data.issues && res.data.issues.length > 0, 'issues listed');
          assert.ok((res.data.issues as ProblemIssue[]).every((i) => i.message.length > 0 && Array.isArray(i.path)));
        });
      }
      it('names the exact fields, with messages in the asked language', async () => {
        const res = await send(routes.createOpinion, bad.createOpinion!);
        const issues = res.data.issues as ProblemIssue[];
        const paths = issues.map((i) => i.path.join('.'));
        assert.ok(paths.includes('body.title'), paths.join());
        assert.ok(paths.includes('body.reporter.phone'), paths.join());
        const phone = issues.find((i) => i.path.join('.') === 'body.reporter.phone')!;
        assert.equal(phone.code, 'phone.format');
        assert.equal(phone.message, '手机号码不正确，请填写以1开头的11位手机号码');
        const english = await target.fetch(`/v1/${target.tenant}/opinions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'accept-language': 'en', 'idempotency-key': crypto.randomUUID() },
          body: JSON.stringify(bad.createOpinion!.body),
        });
        const problem = (await english.json()) as Problem;
        assert.equal(
          problem.issues!.find((i) => i.code === 'phone.format')!.message,
          'The mobile number is not valid; please enter the 11 digits starting with 1',
        );
      });
    });

    describe('submissions are checked against the form version they name (the validator the browser ran)', () => {
      /** A 422 whose issues are exactly at these paths. */
      const refusedAt = (res: { status: number; data: Data; headers: Headers }, ...paths: string[]) => {
        expectProblem(res, 422, 'validation_failed');
        assert.deepEqual((res.data.issues as ProblemIssue[]).map((i) => i.path.join('.')).sort(), paths);
      };
      const opinion = (fields: Json) => ({ ...opinionBody('关于村口路灯损坏的反映'), categoryCode: 'livelihood', ...fields });

      it('the built-in opinion form: a named opinion without a mobile number is refused at body.reporter.phone', async () => {
        const named = opinion({
          form: { id: 'opinion-builtin', version: 1 },
          reporter: { anonymous: false, name: '张三丰' },
          privacyConsent: { version: '2026-1', at: '2026-11-27T10:00:00+08:00' },
        });
        const res = await send(routes.createOpinion, { body: named });
        refusedAt(res, 'body.reporter.phone');
        assert.equal((res.data.issues as ProblemIssue[])[0]!.code, 'required');
        const phone = { ...named, reporter: { ...named.reporter, phone: '13812341234' } };
        expectContract(routes.createOpinion, await send(routes.createOpinion, { body: phone }), 'with a mobile number');
      });

      it("a county's saved form: the extra field its rule requires is checked at body.extra.<key>; unknown versions are refused", async () => {
        const text = (zh: string) => ({ 'zh-Hans': zh });
        const saved = await send(routes.saveForm, {
          as: 'staff',
          body: {
            schemaVersion: 1,
            id: 'opinion-river',
            version: 1,
            purpose: 'opinion',
            title: text('河湖问题反映'),
            steps: [
              {
                key: 'main',
                title: text('反映内容'),
                sections: [
                  {
                    key: 's',
                    fields: [
                      { type: 'select', key: 'category', label: text('类别'), optionsFrom: 'opinionCategories', required: true },
                      { type: 'text', key: 'river', label: text('河流名称'), maxLength: 40 },
                    ],
                  },
                ],
              },
            ],
            rules: [{ when: { field: 'category', op: 'eq', value: 'environment' }, effect: 'require', targets: ['river'] }],
          },
        });
        expectContract(routes.saveForm, saved, 'saveForm');
        const form = { id: 'opinion-river', version: Number(saved.data.definition.version) };
        refusedAt(await send(routes.createOpinion, { body: opinion({ form, categoryCode: 'environment' }) }), 'body.extra.river');
        const given = opinion({ form, categoryCode: 'environment', extra: { river: '辽河' } });
        expectContract(routes.createOpinion, await send(routes.createOpinion, { body: given }), 'with the extra field');
        // Checked after the workflow's own rules, before the references (workstation, attachments) are resolved.
        const unknown = opinion({ form: { ...form, version: form.version + 1 }, workstationId: 'ws_none', attachmentIds: ['att_none'] });
        refusedAt(await send(routes.createOpinion, { body: unknown }), 'body.form');
        refusedAt(await send(routes.createOpinion, { body: { ...unknown, categoryCode: 'no-such' } }), 'body.categoryCode');
      });

      it('a form whose rule points at a field it does not have is refused where the rule says so, and not saved', async () => {
        const text = (zh: string) => ({ 'zh-Hans': zh });
        const body = {
          schemaVersion: 1,
          id: 'opinion-broken',
          version: 1,
          purpose: 'opinion',
          title: text('有问题的表单'),
          steps: [
            {
              key: 'main',
              title: text('反映内容'),
              sections: [{ key: 's', fields: [{ type: 'text', key: 'title', label: text('标题'), required: true }] }],
            },
          ],
          rules: [{ when: { field: 'phone', op: 'not_empty' }, effect: 'require', targets: ['title'] }],
        };
        const res = await send(routes.saveForm, { as: 'staff', body });
        refusedAt(res, 'body.rules.0.when.field');
        const [issue] = res.data.issues as ProblemIssue[];
        assert.equal(issue!.code, 'rule.unknown_field');
        assert.match(issue!.message, /phone/);
        const forms = (await send(routes.listForms, { as: 'staff' })).data as unknown as { id: string }[];
        assert.equal(
          forms.some((f) => f.id === 'opinion-broken'),
          false,
        );
      });

      it('a proposal draft is not checked against its form; submitting it (on create or on update) is', async () => {
        // Parts the contract accepts but the built-in form finds too short (at least 20 characters).
        const body = { ...(valid().createProposal.body as Json), categoryCode: 'economy', form: { id: 'proposal-builtin', version: 1 } };
        const draft = await send(routes.createProposal, { as: 'member-li', body });
        expectContract(routes.createProposal, draft, 'draft');
        const parts = ['body.reasons', 'body.situation', 'body.suggestions'];
        refusedAt(await send(routes.createProposal, { as: 'member-li', body: { ...body, intent: 'submit' } }), ...parts);
        const submit = { version: draft.data.version, draft: { ...body, intent: 'submit' } };
        const update = await send(routes.updateProposal, { as: 'member-li', params: { id: draft.data.id }, body: submit });
        expectProblem(update, 422, 'validation_failed');
        assert.deepEqual((update.data.issues as ProblemIssue[]).map((i) => i.path.at(-1)).sort(), ['reasons', 'situation', 'suggestions']);
      });
    });

    describe('auth: no token is 401, the wrong role is 403, a bad token is 401', () => {
      const guarded = (Object.entries(routes) as [RouteName, RouteDef][]).filter(([, r]) => r.auth !== 'public');
      for (const [name, route] of guarded) {
        it(name, async () => {
          const call = valid()[name];
          const { as: _as, ...rest } = call;
          if (route.body) rest.body = call.body ?? {};
          const anonymous = await send(route, rest);
          expectProblem(anonymous, 401, 'unauthorized');
          const roles = route.auth as readonly string[];
          const outsider = !roles.includes('citizen') ? 'citizen' : undefined;
          if (outsider) expectProblem(await send(route, { ...rest, as: outsider }), 403, 'forbidden');
        });
      }
      it('a forged or expired token is refused even on public routes', async () => {
        const res = await target.fetch(`/v1/${target.tenant}/config`, {
          headers: { authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.bad' },
        });
        assert.equal(res.status, 401);
      });
    });

    describe('tenant isolation: one county never reads or writes another’s data', () => {
      it("a token of one county is refused at another's routes", async () => {
        const token = await target.token('staff', target.tenant);
        const res = await target.fetch(`/v1/${target.otherTenant}/proposals`, { headers: { authorization: `Bearer ${token}` } });
        assert.equal(res.status, 403);
      });
      // Records made in this run have ids only this county has (the second county's seed reuses the demo ids).
      const made = async () => ({
        proposal: String((await send(routes.createProposal, valid().createProposal)).data.id),
        opinion: String((await send(routes.createOpinion, valid().createOpinion)).data.id),
        task: String((await send(routes.createTask, valid().createTask)).data.id),
        workstation: String((await send(routes.createWorkstation, valid().createWorkstation)).data.id),
      });
      it("another county's staff cannot see this county's records by id", async () => {
        const mine = await made();
        for (const [route, id] of [
          [routes.getProposal, mine.proposal],
          [routes.getOpinion, mine.opinion],
          [routes.getTask, mine.task],
          [routes.getWorkstation, mine.workstation],
          [routes.getAttachment, ids.attachment],
        ] as const) {
          expectProblem(await send(route, { as: 'staff', tenant: target.otherTenant, params: { id: id! } }), 404, 'not_found');
        }
        const list = await send(routes.listOpinions, { as: 'staff', tenant: target.otherTenant, query: { limit: 200 } });
        assert.ok(!(list.data.items as Json[]).some((o) => o.id === mine.opinion));
      });
      it("another county's actions cannot touch this county's records", async () => {
        const mine = await made();
        const action = { as: 'staff', tenant: target.otherTenant, params: { id: mine.opinion }, body: { action: 'receive' } };
        expectProblem(await send(routes.opinionAction, action), 404, 'not_found');
        const update = { as: 'staff', tenant: target.otherTenant, params: { id: mine.task }, body: { text: '越权' } };
        expectProblem(await send(routes.postTaskUpdate, update), 404, 'not_found');
        const after = await send(routes.getOpinion, { as: 'staff', params: { id: mine.opinion } });
        assert.equal(after.data.status, 'submitted');
      });
      it('an unknown county is a clear 404', async () => {
        const res = await send(routes.getConfig, { tenant: '999999' });
        expectProblem(res, 404, 'unknown_tenant');
      });
    });

    describe('workflow across records', () => {
      it("a handling unit's officer lists and opens only its unit's tasks; staff and members every task", async () => {
        const list = async (as: string) =>
          ((await send(routes.listTasks, { as, query: { limit: 200 } })).data.items as Json[]).map((t) => String(t.id));
        const all = await list('staff');
        assert.deepEqual((await list('member-li')).sort(), [...all].sort(), 'a member lists every task');
        const tasks = await Promise.all(all.map(async (id) => (await send(routes.getTask, { as: 'staff', params: { id } })).data));
        const ofHousing = (t: Json) => [...(t.leadUnitIds as string[]), ...(t.assistingUnitIds as string[])].includes('u_housing');
        const mine = tasks.filter(ofHousing).map((t) => String(t.id));
        const others = tasks.filter((t) => !ofHousing(t)).map((t) => String(t.id));
        assert.ok(mine.length > 0 && others.length > 0, 'the seed has tasks of 住建局 and of other units');
        assert.deepEqual((await list('unit-housing')).sort(), [...mine].sort());
        expectContract(routes.getTask, await send(routes.getTask, { as: 'unit-housing', params: { id: mine[0]! } }), 'its own task');
        expectProblem(await send(routes.getTask, { as: 'unit-housing', params: { id: others[0]! } }), 404, 'not_found');
        expectContract(routes.getTask, await send(routes.getTask, { as: 'member-li', params: { id: others[0]! } }), 'a member');

        // A proposal marked key before it is assigned: its task takes the units when it is.
        const act = (id: string, body: Json) => send(routes.proposalAction, { as: 'staff', params: { id }, body });
        const body = { title: '关于加快背街小巷改造的建议', situation: '……', reasons: '……', suggestions: '……', proposerType: 'member' };
        const created = await send(routes.createProposal, {
          as: 'member-li',
          body: { ...body, publish: { consent: true }, intent: 'submit' },
        });
        const id = String(created.data.id);
        assert.equal((await act(id, { action: 'file' })).status, 200);
        const key = await act(id, { action: 'mark_key', key: true });
        const taskId = String(key.data.taskId);
        assert.deepEqual((await send(routes.getTask, { as: 'staff', params: { id: taskId } })).data.leadUnitIds, []);
        expectProblem(await send(routes.getTask, { as: 'unit-housing', params: { id: taskId } }), 404, 'not_found');
        const assign = { action: 'assign', mode: 'joint', leadUnitIds: ['u_housing'], assistingUnitIds: ['u_edu'] };
        assert.equal((await act(id, assign)).status, 200);
        const task = (await send(routes.getTask, { as: 'unit-housing', params: { id: taskId } })).data;
        assert.deepEqual([task.leadUnitIds, task.assistingUnitIds], [['u_housing'], ['u_edu']]);
        assert.ok((await list('unit-edu')).includes(taskId), 'the assisting unit lists it');
      });

      it('a merged proposal is answered with the reply of the proposal it joined, so its proposer can rate it', async () => {
        const act = (as: string, id: string, body: Json) => send(routes.proposalAction, { as, params: { id }, body });
        const ok = (res: { status: number; data: Data }, what: string) => {
          assert.equal(res.status, 200, `${what}: ${JSON.stringify(res.data).slice(0, 300)}`);
          return res.data;
        };
        const duplicate = await first(routes.listProposals, { as: 'staff', query: { status: 'submitted' } });
        // p_015 is assigned to 市住建局 alone (the seed).
        assert.equal(ok(await act('staff', duplicate, { action: 'merge', into: 'p_015' }), 'merge').status, 'merged');
        ok(await act('unit-housing', 'p_015', { action: 'accept' }), 'accept');
        const category = String(((await send(routes.getConfig, {})).data.answerCategories as Json[])[0]!.code);
        const reply = { docNo: '盘住建提〔2026〕15号', contactName: '周强', contactPhone: '0427-2822222', answerCategory: category };
        ok(await act('unit-housing', 'p_015', { action: 'reply', ...reply, text: '经研究，已将雨污分流改造列入明年计划。' }), 'reply');
        const target = ok(await act('staff', 'p_015', { action: 'approve_reply' }), 'approve');
        assert.equal(target.status, 'answered');
        const merged = ok(await send(routes.getProposal, { as: 'staff', params: { id: duplicate } }), 'the merged one');
        assert.equal(merged.status, 'answered');
        assert.deepEqual(merged.replies, target.replies);
        // Its proposer rates it like any answered proposal.
        const proposer = (merged.proposer as Json).memberId as string;
        const rated = await act('staff', duplicate, { action: 'rate', memberId: proposer, satisfaction: 'basically_satisfied' });
        const others = ((merged.cosigners ?? []) as Json[]).some((c) => c.state === 'confirmed');
        assert.equal(ok(rated, 'rate').status, others ? 'answered' : 'closed');
      });

      it("a reply letter's scan reaches the proposer (and a merged proposal's), never other members; the merged one names its target", async () => {
        const act = (as: string, id: string, body: Json) => send(routes.proposalAction, { as, params: { id }, body });
        const ok = (res: { status: number; data: Data }, what: string) => {
          assert.equal(res.status, 200, `${what}: ${JSON.stringify(res.data).slice(0, 300)}`);
          return res.data;
        };
        const submit = async (as: string, title: string) => {
          const body = { title, situation: '……', reasons: '……', suggestions: '……', proposerType: 'member', publish: { consent: true } };
          const res = await send(routes.createProposal, { as, body: { ...body, intent: 'submit' } });
          assert.equal(res.status, 201, JSON.stringify(res.data).slice(0, 300));
          return String(res.data.id);
        };
        const target = await submit('member-li', '关于规范城区共享单车停放的建议');
        const duplicate = await submit('member-zhao', '关于治理共享单车乱停乱放的建议');
        const filed = ok(await act('staff', target, { action: 'file' }), 'file');
        ok(await act('staff', target, { action: 'assign', mode: 'single', leadUnitIds: ['u_housing'], assistingUnitIds: [] }), 'assign');
        ok(await act('staff', duplicate, { action: 'merge', into: target }), 'merge');
        // Its proposer cannot open the proposal it joined, but reads its number, title and state.
        const merged = ok(await send(routes.getProposal, { as: 'member-zhao', params: { id: duplicate } }), 'the merged one');
        assert.deepEqual(merged.mergedIntoProposal, { number: filed.number, title: '关于规范城区共享单车停放的建议', status: 'assigned' });
        expectProblem(await send(routes.getProposal, { as: 'member-zhao', params: { id: target } }), 404, 'not_found');
        // The list row says which unit handles it and where that unit stands.
        const rows = (await send(routes.listProposals, { as: 'staff', query: { q: '关于规范城区共享单车停放', limit: 5 } })).data
          .items as Json[];
        assert.deepEqual(rows.find((r) => r.id === target)?.units, [{ unitId: 'u_housing', role: 'lead', state: 'assigned' }]);

        const scan = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 7, 7]);
        const upload = await send(routes.uploadAttachment, {
          as: 'unit-housing',
          query: { name: '答复函扫描件.pdf' },
          raw: scan,
          contentType: 'application/pdf',
        });
        assert.equal(upload.status, 201);
        const file = String(upload.data.id);
        const category = String(((await send(routes.getConfig, {})).data.answerCategories as Json[])[0]!.code);
        const reply = { docNo: '盘住建提〔2026〕31号', contactName: '周强', contactPhone: '0427-2822222', answerCategory: category };
        const replied = ok(
          await act('unit-housing', target, { action: 'reply', ...reply, text: '已组织划定停放区。', attachmentIds: [file] }),
          'reply',
        );
        const attached = ((replied.replies as Json[])[0]!.attachments as Json[])[0]!;
        assert.equal(attached.id, file);
        assert.equal(attached.name, '答复函扫描件.pdf');
        assert.equal(typeof attached.url, 'string');
        // Under supervision review the reply is not yet the proposer's to read, nor its scan.
        const reviewing = ok(await send(routes.getProposal, { as: 'member-li', params: { id: target } }), 'under review');
        assert.equal(reviewing.status, 'reviewing');
        assert.deepEqual(reviewing.replies, []);
        expectProblem(await send(routes.getAttachment, { as: 'member-li', params: { id: file } }), 404, 'not_found');
        assert.equal(
          (ok(await send(routes.getProposal, { as: 'unit-housing', params: { id: target } }), 'unit').replies as Json[]).length,
          1,
        );
        ok(await act('staff', target, { action: 'approve_reply' }), 'approve');
        const approved = ok(await send(routes.getProposal, { as: 'member-li', params: { id: target } }), 'answered');
        assert.equal((approved.replies as Json[]).length, 1);
        const answered = ok(await send(routes.getProposal, { as: 'member-zhao', params: { id: duplicate } }), 'the merged one answered');
        assert.equal(answered.status, 'answered');
        assert.equal((answered.mergedIntoProposal as Json).status, 'answered', 'the target, answered');

        for (const who of ['member-li', 'member-zhao', 'staff']) {
          const res = await send(routes.getAttachment, { as: who, params: { id: file } });
          assert.equal(res.status, 200, `${who} reads the scan`);
          assert.deepEqual([...(res.data as unknown as Uint8Array)], [...scan], `${who} gets the same bytes`);
        }
        for (const who of ['member-sun', 'citizen', undefined]) {
          expectProblem(await send(routes.getAttachment, { ...(who && { as: who }), params: { id: file } }), 404, 'not_found');
        }
      });

      it("a unit reads the files of the proposals and tasks it handles, never another unit's or an opinion's photos; staff read them all", async () => {
        const act = (as: string, id: string, body: Json) => send(routes.proposalAction, { as, params: { id }, body });
        const ok = (res: { status: number; data: Data }, what: string) => {
          assert.ok(res.status === 200 || res.status === 201, `${what}: ${res.status} ${JSON.stringify(res.data).slice(0, 300)}`);
          return res.data;
        };
        const upload = async (as: string | undefined, name: string, bytes: number[]) => {
          const res = await send(routes.uploadAttachment, {
            ...(as && { as }),
            query: { name },
            raw: new Uint8Array(bytes),
            contentType: name.endsWith('.jpg') ? 'image/jpeg' : 'application/pdf',
          });
          return String(ok(res, `upload ${name}`).id);
        };
        const submit = async (as: string, title: string, file: string) => {
          const body = { title, situation: '……', reasons: '……', suggestions: '……', proposerType: 'member', publish: { consent: true } };
          const res = await send(routes.createProposal, { as, body: { ...body, attachmentIds: [file], intent: 'submit' } });
          return String(ok(res, `submit ${title}`).id);
        };
        const category = String(((await send(routes.getConfig, {})).data.answerCategories as Json[])[0]!.code);
        const reply = { docNo: '盘住建提〔2026〕52号', contactName: '周强', contactPhone: '0427-2822222', answerCategory: category };

        // 会办: 市住建局 leads, 市教育局 assists; the lead unit replies with its letter's scan.
        const jointFile = await upload('member-li', '附件：调研报告.pdf', [0x25, 0x50, 0x44, 0x46, 1]);
        const joint = await submit('member-li', '关于校园周边老旧小区改造的建议', jointFile);
        ok(await act('staff', joint, { action: 'file' }), 'file');
        const assign = { action: 'assign', mode: 'joint', leadUnitIds: ['u_housing'], assistingUnitIds: ['u_edu'] };
        ok(await act('staff', joint, assign), 'assign jointly');
        const jointScan = await upload('unit-housing', '答复函扫描件.pdf', [0x25, 0x50, 0x44, 0x46, 2]);
        ok(await act('unit-housing', joint, { action: 'reply', ...reply, text: '已列入改造计划。', attachmentIds: [jointScan] }), 'reply');
        // 单办: 市住建局 alone.
        const singleFile = await upload('member-zhao', '附件：现场照片说明.pdf', [0x25, 0x50, 0x44, 0x46, 3]);
        const single = await submit('member-zhao', '关于老旧小区雨污分流的建议', singleFile);
        ok(await act('staff', single, { action: 'file' }), 'file');
        ok(await act('staff', single, { action: 'assign', mode: 'single', leadUnitIds: ['u_housing'], assistingUnitIds: [] }), 'assign');
        const singleScan = await upload('unit-housing', '答复函扫描件.pdf', [0x25, 0x50, 0x44, 0x46, 4]);
        ok(await act('unit-housing', single, { action: 'reply', ...reply, text: '已完成改造。', attachmentIds: [singleScan] }), 'reply');
        // A citizen's photo of an opinion: for the office only.
        const photo = await upload(undefined, '路灯.jpg', [0xff, 0xd8, 0xff, 5]);
        ok(
          await send(routes.createOpinion, { body: { ...opinionBody('关于路灯损坏的反映（附照片）'), attachmentIds: [photo] } }),
          'opinion',
        );
        // A task 市卫健委 leads and 市住建局 assists, on the public page, with an internal and a public update.
        const taskBody = { ...(valid().createTask.body as Json), leadUnitIds: ['u_health'], assistingUnitIds: ['u_housing'], public: true };
        const task = String(ok(await send(routes.createTask, { as: 'staff', body: taskBody }), 'task').id);
        const minutes = await upload('staff', '会议纪要.pdf', [0x25, 0x50, 0x44, 0x46, 6]);
        const shown = await upload('staff', '现场.jpg', [0xff, 0xd8, 0xff, 7]);
        const post = (attachmentIds: string[], isPublic: boolean) =>
          send(routes.postTaskUpdate, {
            as: 'staff',
            params: { id: task },
            body: { text: '召开推进会。', attachmentIds, public: isPublic },
          });
        ok(await post([minutes], false), 'internal update');
        ok(await post([shown], true), 'public update');

        const reads = async (who: string | undefined, id: string, what: string) => {
          const res = await send(routes.getAttachment, { ...(who && { as: who }), params: { id } });
          assert.equal(res.status, 200, `${who ?? 'anyone'} reads ${what}: ${res.status} ${JSON.stringify(res.data).slice(0, 200)}`);
        };
        const refused = async (who: string | undefined, id: string, what: string) => {
          const res = await send(routes.getAttachment, { ...(who && { as: who }), params: { id } });
          assert.equal(res.status, 404, `${who ?? 'anyone'} is refused ${what} as if it did not exist, got ${res.status}`);
          expectProblem(res, 404, 'not_found');
        };
        for (const unit of ['unit-housing', 'unit-edu']) {
          await reads(unit, jointFile, 'the file of a proposal assigned to it');
          await reads(unit, jointScan, 'the reply scan of a proposal assigned to it');
        }
        await reads('unit-housing', singleFile, 'the file of a proposal assigned to it alone');
        await refused('unit-edu', singleFile, "the file of another unit's proposal");
        await refused('unit-edu', singleScan, "the reply scan of another unit's proposal");
        for (const unit of ['unit-housing', 'unit-edu']) await refused(unit, photo, "an opinion's photo");
        await reads('unit-housing', minutes, 'the internal file of a task it assists');
        await refused('unit-edu', minutes, "the internal file of another unit's task");
        for (const who of ['unit-edu', 'citizen', undefined]) await reads(who, shown, "a public task's public file");
        // Members read a task's internal updates, so their files too; the public does not.
        await reads('member-sun', minutes, "a task's internal file");
        for (const who of ['citizen', undefined]) await refused(who, minutes, "a task's internal file");
        const every = {
          'a proposal file': singleFile,
          'a reply scan': singleScan,
          "an opinion's photo": photo,
          "a task's internal file": minutes,
        };
        for (const who of ['staff', 'admin']) for (const [what, id] of Object.entries(every)) await reads(who, id, what);
      });

      it('edited opinions are compiled into one issue of the journal and listed by that issue', async () => {
        const issue = `2026年第${100 + Math.floor(Math.random() * 900)}期`;
        const act = (id: string, body: Json) => send(routes.opinionAction, { as: 'staff', params: { id }, body });
        const edited: string[] = [];
        for (const title of ['关于城区学校周边交通拥堵的反映', '关于农村饮水安全的反映']) {
          const id = String((await send(routes.createOpinion, { body: opinionBody(title) })).data.id);
          assert.equal((await act(id, { action: 'receive' })).status, 200);
          assert.equal((await act(id, { action: 'edit', title, body: '核稿后的正文。' })).status, 200);
          edited.push(id);
        }
        const received = String((await send(routes.createOpinion, { body: opinionBody('尚未核稿的反映') })).data.id);
        assert.equal((await act(received, { action: 'receive' })).status, 200);
        for (const id of edited) {
          const res = await act(id, { action: 'compile', journalIssue: issue });
          assert.equal(res.status, 200, JSON.stringify(res.data).slice(0, 300));
          assert.equal(res.data.journalIssue, issue);
          assert.equal(res.data.status, 'edited');
        }
        // Only what has been edited (核稿) goes into the journal.
        const refused = await act(received, { action: 'compile', journalIssue: issue });
        expectProblem(refused, 409, 'illegal_transition');
        const list = await send(routes.listOpinions, { as: 'staff', query: { journalIssue: issue, limit: 50 } });
        expectContract(routes.listOpinions, list, 'listOpinions by issue');
        const items = list.data.items as Json[];
        assert.deepEqual(items.map((o) => o.id).sort(), [...edited].sort());
        assert.ok(items.every((o) => o.journalIssue === issue));
      });
    });

    describe('idempotency (Idempotency-Key, Stripe semantics)', () => {
      const idempotent = (Object.entries(routes) as [RouteName, RouteDef][]).filter(([, r]) => r.idempotent);
      for (const [name, route] of idempotent) {
        it(`${name}: a replay returns the stored answer; another payload with the key is 422; no key is 400`, async () => {
          const call = await prepared(name, valid()[name]);
          const key = crypto.randomUUID();
          const first = await send(route, { ...call, key });
          expectContract(route, first, `${name} first`);
          const again = await send(route, { ...call, key });
          assert.equal(again.status, first.status);
          assert.deepEqual(again.data, first.data, 'the replay is the stored response');
          assert.equal(again.headers.get('idempotent-replayed'), 'true');
          expectProblem(await send(route, { ...alter(call), key }), 422, 'idempotency_key_reused');
          const headers: Record<string, string> = { 'content-type': call.contentType ?? 'application/json' };
          if (call.as) headers.authorization = `Bearer ${await target.token(call.as)}`;
          let path = route.path.replace('{tenant}', target.tenant);
          for (const [k, v] of Object.entries(call.params ?? {})) path = path.replace(`{${k}}`, String(v));
          if (call.query) path += `?${new URLSearchParams(Object.entries(call.query).map(([k, v]) => [k, String(v)]))}`;
          const missing = await target.fetch(path, { method: 'POST', headers, body: call.raw ?? JSON.stringify(call.body) });
          assert.equal(missing.status, 400);
          assert.equal(((await missing.json()) as Problem).code, 'idempotency_key_required');
        });
      }
      it('concurrent requests with one key create one record (the others wait for the answer or get 409)', async () => {
        const key = crypto.randomUUID();
        const title = `并发提交-${key.slice(0, 8)}`;
        const results = await Promise.all(Array.from({ length: 6 }, () => send(routes.createOpinion, { body: opinionBody(title), key })));
        for (const r of results)
          assert.ok(r.status === 201 || (r.status === 409 && r.data.code === 'idempotency_in_progress'), `${r.status} ${r.data.code}`);
        const created = new Set(results.filter((r) => r.status === 201).map((r) => r.data.id));
        assert.equal(created.size, 1, 'one record');
        const list = await send(routes.listOpinions, { as: 'staff', query: { q: title } });
        assert.equal((list.data as unknown as { items: unknown[] }).items.length, 1);
      });
      it("keys belong to their caller: another user's key creates a new record", async () => {
        const key = crypto.randomUUID();
        const body = { text: '同一个键，两位不同的人。' };
        const a = await send(routes.postTaskUpdate, { as: 'staff', params: { id: ids.task! }, body, key });
        const b = await send(routes.postTaskUpdate, { as: 'admin', params: { id: ids.task! }, body, key });
        assert.equal(a.status, 201);
        assert.equal(b.status, 201);
        assert.equal(b.headers.get('idempotent-replayed'), null);
      });
    });
  });
}
