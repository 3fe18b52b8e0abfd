// Every entity of the contract: a valid example parses and survives a JSON round trip unchanged;
// invalid examples are refused with the codes a user would see.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type * as z from 'zod/mini';
import * as fixtures from './contract.fixtures.js';
import {
  Attachment,
  CountyConfig,
  FormDefinition,
  LocalDate,
  normalizeTrackingCode,
  Opinion,
  OpinionInput,
  OpinionLookup,
  Problem,
  Proposal,
  ProposalAction,
  ProposalInput,
  routes,
  Task,
  TaskPatch,
  Timestamp,
  Workstation,
} from './index.js';

const roundTrip = (schema: z.ZodMiniType, value: unknown) => {
  const first = schema.parse(value);
  const second = schema.parse(JSON.parse(JSON.stringify(first)));
  assert.deepEqual(second, first);
  return first;
};
const codesOf = (schema: z.ZodMiniType, value: unknown) => {
  const result = schema.safeParse(value);
  assert.equal(result.success, false, 'expected the value to be refused');
  return result.error!.issues.map((i) => `${i.path.join('.')}:${(i as { params?: { code?: string } }).params?.code ?? i.code}`);
};

describe('entities round-trip through JSON', () => {
  const cases: [string, z.ZodMiniType, unknown][] = [
    ['Attachment', Attachment, fixtures.attachment],
    ['CountyConfig', CountyConfig, fixtures.countyConfig],
    ['ProposalInput', ProposalInput, fixtures.proposalInput],
    ['Proposal', Proposal, fixtures.proposal],
    ['OpinionInput', OpinionInput, fixtures.opinionInput],
    ['Opinion', Opinion, fixtures.opinion],
    ['Task', Task, fixtures.task],
    ['Workstation', Workstation, fixtures.workstation],
    ['FormDefinition', FormDefinition, fixtures.formDefinition],
    ['Problem', Problem, fixtures.problem],
  ];
  for (const [name, schema, value] of cases) {
    it(name, () => {
      const parsed = roundTrip(schema, value);
      assert.deepEqual(parsed, value, `${name} parses to itself`);
    });
  }
});

describe('entities refuse what they must', () => {
  it('a proposal submitted without its three parts and without co-signers for a joint proposal', () => {
    const codes = codesOf(ProposalInput, { ...fixtures.proposalInput, situation: '', reasons: '  ', cosignerIds: [] });
    assert.deepEqual(codes.sort(), ['cosignerIds:required', 'reasons:required', 'situation:required']);
  });
  it('a draft may be incomplete, and an attachment may stand in for the body', () => {
    ProposalInput.parse({ ...fixtures.proposalInput, situation: '', intent: 'draft' });
    ProposalInput.parse({ ...fixtures.proposalInput, situation: '', reasons: '', suggestions: '', attachmentIds: ['att_1'] });
  });
  it('an organisation proposal needs its contact block', () => {
    assert.deepEqual(codesOf(ProposalInput, { ...fixtures.proposalInput, proposerType: 'party' }), ['organization:required']);
  });
  it('declining publication needs a reason', () => {
    assert.deepEqual(codesOf(ProposalInput, { ...fixtures.proposalInput, publish: { consent: false } }), ['publish.reason:required']);
  });
  it('text limits count code points: 100 rare characters fit a 100-character title', () => {
    ProposalInput.parse({ ...fixtures.proposalInput, title: '𣵦'.repeat(100) });
    assert.deepEqual(codesOf(ProposalInput, { ...fixtures.proposalInput, title: '𣵦'.repeat(101) }), ['title:text.too_long']);
  });
  it('a named reporter needs a name; a bad phone is refused with phone.format', () => {
    assert.deepEqual(codesOf(OpinionInput, { ...fixtures.opinionInput, reporter: { anonymous: false, phone: '12345678901' } }).sort(), [
      'reporter.name:required',
      'reporter.phone:phone.format',
    ]);
  });
  it('a 10,000-character field is refused, not truncated', () => {
    assert.deepEqual(codesOf(OpinionInput, { ...fixtures.opinionInput, title: '长'.repeat(10_000) }), ['title:text.too_long']);
  });
  it('an unknown workflow action is refused', () => {
    assert.deepEqual(codesOf(ProposalAction, { action: 'delete_everything' }), ['action:invalid_union']);
  });
  it('a task patch without a version is refused (no blind overwrites)', () => {
    assert.deepEqual(codesOf(TaskPatch, { title: '新标题' }), ['version:invalid_type']);
  });
  it('dates must be real calendar days and instants must carry an offset', () => {
    LocalDate.parse('2028-02-29');
    codesOf(LocalDate, '2026-02-29');
    codesOf(LocalDate, '2026-13-01');
    Timestamp.parse('2026-03-05T09:30:00.123+08:00');
    Timestamp.parse('2026-03-05T01:30:00Z');
    codesOf(Timestamp, '2026-03-05T09:30:00');
  });
  it('a workstation division code must name a real province', () => {
    assert.deepEqual(codesOf(Workstation, { ...fixtures.workstation, divisionCode: '991103001000' }), ['divisionCode:division.province']);
  });
  it('a form rule needs at least one target and known operators', () => {
    const bad = { ...fixtures.formDefinition, rules: [{ when: { field: 'x', op: 'matches' }, effect: 'show', targets: [] }] };
    const codes = codesOf(FormDefinition, bad);
    assert.ok(codes.includes('rules.0.targets:too_small'), codes.join());
  });
});

describe('tracking codes', () => {
  it('are normalised from what people type', () => {
    assert.equal(normalizeTrackingCode('７k3m 9qx2 bd4h'), '7K3M-9QX2-BD4H');
    assert.equal(normalizeTrackingCode('oil1-9qx2-bd4h'), '0111-9QX2-BD4H');
    assert.deepEqual(OpinionLookup.parse({ trackingCode: ' 7k3m-9qx2-bd4h ', password: '48213957' }), {
      trackingCode: '7K3M-9QX2-BD4H',
      password: '48213957',
    });
  });
});

describe('route table', () => {
  it('has unique method + path pairs and an idempotency key on every creating POST', () => {
    const seen = new Set<string>();
    for (const [name, route] of Object.entries(routes)) {
      const key = `${route.method} ${route.path}`;
      assert.ok(!seen.has(key), `${name}: duplicate ${key}`);
      seen.add(key);
      if (route.method === 'POST' && route.status === 201)
        assert.equal(route.idempotent, true, `${name} creates, so it needs an Idempotency-Key`);
      assert.match(route.path, /^\/v1\//, name);
      const placeholders = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).filter((p) => p !== 'tenant');
      const params = 'params' in route ? Object.keys((route.params as z.ZodMiniObject).shape) : [];
      assert.deepEqual(params.sort(), placeholders.sort(), `${name}: params match the path`);
    }
  });
});
