// A fault-injecting API for browser tests, mounted in the test runner's dev server so that every page
// (and every iframe "tab") talks to one shared server. It implements just enough of the contract —
// create opinion, post task update, upload attachment — with the server's idempotency semantics
// (a replay returns the stored response; same key, other payload → 422; in progress → 409), and can
// fail, drop connections after committing, delay, demand a token, or answer 429/503 with Retry-After.
// Control: POST /__ft/config (merge), POST /__ft/reset, GET /__ft/state.
import { createHash } from 'node:crypto';

const defaults = () => ({
  offline: false, // drop every connection before reading it (as if the network were down)
  failRate: 0, // share of requests answered with failStatus before committing
  failStatus: 500,
  retryAfter: null, // seconds, sent with failStatus when set
  failFirst: 0, // the first N requests fail with failStatus regardless of failRate
  dropAfterCommitFirst: false, // commit, then drop the connection, on each key's first attempt
  delayMs: 0,
  token: null, // when set, requests must carry "Bearer <token>"
  seed: 1,
  responses: {}, // { opinion, task, attachment } bodies to answer with (valid per the contract)
});

let config = defaults();
let state;
let random;
const reset = () => {
  config = defaults();
  random = mulberry32(config.seed);
  state = {
    requests: 0,
    replays: 0,
    conflicts: 0,
    records: new Map(),
    inFlight: new Set(),
    attempts: new Map(),
    applied: [],
    attachments: [],
    failed: 0,
  };
};
reset();

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks);
}

const json = (ctx, status, body, headers = {}) => {
  ctx.status = status;
  ctx.set('content-type', status >= 400 ? 'application/problem+json' : 'application/json');
  for (const [k, v] of Object.entries(headers)) ctx.set(k, v);
  ctx.body = JSON.stringify(body);
};
const problem = (ctx, status, code, extra = {}, headers = {}) =>
  json(ctx, status, { type: `urn:tongxin:problem:${code}`, title: code, status, code, ...extra }, headers);
const drop = (ctx) => {
  ctx.status = 503; // for the runner's log only: the client sees a dropped connection
  ctx.respond = false;
  ctx.req.socket.destroy();
};

export function faultServer() {
  return async (ctx, next) => {
    if (ctx.path === '/__ft/reset' && ctx.method === 'POST') {
      reset();
      return json(ctx, 200, { ok: true });
    }
    if (ctx.path === '/__ft/config' && ctx.method === 'POST') {
      const patch = JSON.parse((await readBody(ctx.req)).toString() || '{}');
      config = { ...config, ...patch };
      if ('seed' in patch) random = mulberry32(config.seed);
      return json(ctx, 200, config);
    }
    if (ctx.path === '/__ft/state' && ctx.method === 'GET') {
      return json(ctx, 200, {
        requests: state.requests,
        replays: state.replays,
        conflicts: state.conflicts,
        failed: state.failed,
        applied: state.applied,
        attachments: state.attachments,
      });
    }
    const match = /^\/ft\/v1\/(\d{6})\/(opinions|attachments|tasks\/([^/]+)\/updates)$/.exec(ctx.path);
    if (!match || ctx.method !== 'POST') return next();

    state.requests++;
    if (config.offline) return drop(ctx);
    const raw = await readBody(ctx.req);
    if (config.token && ctx.get('authorization') !== `Bearer ${config.token}`) return problem(ctx, 401, 'unauthorized');
    const key = ctx.get('idempotency-key');
    if (!key) return problem(ctx, 400, 'idempotency_key_required');
    const kind = match[2] === 'opinions' ? 'opinion' : match[2] === 'attachments' ? 'attachment' : 'task';
    const hash = createHash('sha256').update(ctx.path).update(raw).digest('hex');
    const stored = state.records.get(key);
    if (stored) {
      if (stored.hash !== hash) return problem(ctx, 422, 'idempotency_key_reused');
      state.replays++;
      return json(ctx, stored.status, stored.body, { 'idempotent-replayed': 'true' });
    }
    if (state.inFlight.has(key)) {
      state.conflicts++;
      return problem(ctx, 409, 'idempotency_in_progress');
    }
    state.inFlight.add(key);
    try {
      if (config.delayMs) await new Promise((r) => setTimeout(r, config.delayMs));
      const failing = state.requests <= config.failFirst || random() < config.failRate;
      if (failing) {
        state.failed++;
        const headers = config.retryAfter != null ? { 'retry-after': String(config.retryAfter) } : {};
        return problem(ctx, config.failStatus, config.failStatus === 429 ? 'rate_limited' : 'internal_error', {}, headers);
      }
      let body;
      if (kind === 'attachment') {
        const sha256 = createHash('sha256').update(raw).digest('hex');
        const id = `att_${state.attachments.length + 1}`;
        state.attachments.push({ id, key, size: raw.length, sha256, type: ctx.get('content-type'), name: ctx.query.name });
        body = {
          ...(config.responses.attachment ?? {}),
          id,
          name: String(ctx.query.name),
          type: ctx.get('content-type'),
          size: raw.length,
          sha256,
        };
      } else {
        const payload = JSON.parse(raw.toString('utf8'));
        if (payload.title === 'REJECT' || payload.text === 'REJECT') {
          return problem(ctx, 422, 'validation_failed', { issues: [{ path: ['title'], code: 'invalid', message: '内容不正确，请检查' }] });
        }
        state.applied.push({
          kind,
          key,
          marker: payload.title ?? payload.text,
          task: match[3],
          payload,
          auth: ctx.get('authorization') || null,
        });
        body = config.responses[kind] ?? { ok: true };
      }
      const status = 201;
      state.records.set(key, { hash, status, body });
      const attempt = (state.attempts.get(key) ?? 0) + 1;
      state.attempts.set(key, attempt);
      if (config.dropAfterCommitFirst && attempt === 1) return drop(ctx);
      return json(ctx, status, body);
    } finally {
      state.inFlight.delete(key);
    }
  };
}
