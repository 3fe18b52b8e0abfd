// The contract mapping of the opinion and proposal forms, both ways, and the server's check of a
// submission against its form: it accepts what the browser's validator accepted, and refuses what it
// refused, naming the same fields (the parity corpus, replayed through the request body).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CountyConfig, OpinionInput, ProposalInput } from '@tongxin/core';
import { buildDemoData } from '@tongxin/core/demo';
import { compileValidator } from '../compile.js';
import { opinionForm, parityContext, parityCorpus, proposalForm } from '../forms.fixtures.js';
import { defaultOpinionForm, OPINION_FIELDS, opinionAnswers, toOpinionFieldIssue, toOpinionInput } from './opinion.js';
import { defaultProposalForm, proposalAnswers, toProposalFieldIssue, toProposalInput } from './proposal.js';
import { builtinForm, checkSubmission } from './submission.js';

const config: CountyConfig = { ...buildDemoData().config, ...parityContext.config };
const now = new Date('2026-03-05T10:00:00+08:00');
const session = config.currentSession;

/** Answers as they come back from the body, with empty values left out. */
const present = (answers: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(answers).filter(([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0)));

describe('opinion form ↔ OpinionInput', () => {
  it('maps answers to the contract and back, extra answers included', () => {
    const answers = {
      title: '兴隆台区某小区路灯长期不亮',
      category: 'livelihood',
      situation: '小区内多盏路灯自去年冬天起一直不亮。',
      identity: 'named',
      name: '张𣵦',
      phone: '13812341234',
      privacy: true,
      publish: 'no',
      publishReason: '涉及邻里',
      area: '211103001001',
      pollution: ['air'],
    };
    const input = toOpinionInput(answers, opinionForm, now);
    assert.deepEqual(input.reporter, { anonymous: false, name: '张𣵦', phone: '13812341234' });
    assert.deepEqual(input.publish, { consent: false, reason: '涉及邻里' });
    assert.deepEqual(input.location, { divisionCode: '211103001001' });
    assert.deepEqual(input.extra, { pollution: ['air'] });
    assert.deepEqual(input.form, { id: 'opinion-standard', version: 3 });
    assert.equal(input.privacyConsent?.version, '2026-1');
    const back = opinionAnswers(input, opinionForm);
    // `publish`/`publishReason` are not fields of this form: they stay out of its answers.
    const { publish: _p, publishReason: _r, ...fields } = answers;
    assert.deepEqual(present(back), fields);
  });

  it('moves issues between field keys and body paths', () => {
    for (const [path, key] of Object.entries(OPINION_FIELDS)) {
      assert.deepEqual(toOpinionFieldIssue({ path: ['body', ...path.split('.')], code: 'x', message: 'x' }).path, [key]);
    }
    assert.deepEqual(toOpinionFieldIssue({ path: ['body', 'extra', 'pollution', 0], code: 'x', message: 'x' }).path, ['pollution', 0]);
  });
});

describe('checkSubmission: the server accepts exactly what the form accepts', () => {
  const forms = { opinion: opinionForm, proposal: proposalForm };
  const toInput = {
    opinion: (a: Record<string, unknown>) => toOpinionInput(a, opinionForm, now),
    proposal: (a: Record<string, unknown>) => toProposalInput(a, proposalForm, 'submit', session),
  };
  const backAgain = {
    opinion: (i: unknown) => opinionAnswers(i as OpinionInput, opinionForm),
    proposal: (i: unknown) => proposalAnswers(i as ProposalInput, proposalForm),
  };
  const toField = { opinion: toOpinionFieldIssue, proposal: toProposalFieldIssue };
  let compared = 0;
  for (const c of parityCorpus) {
    it(`${c.form}: ${c.name}`, () => {
      const client = compileValidator(forms[c.form], parityContext)(c.answers);
      assert.equal(client.ok, c.ok);
      if (client.ok) {
        // What the browser sends after validation is accepted as it is.
        assert.deepEqual(checkSubmission(c.form, forms[c.form], toInput[c.form](client.value), { ...parityContext, config }), []);
        compared++;
        return;
      }
      // A refused answer set sent anyway (a client that skipped validation): where the body can
      // carry the answers unchanged, the server names the same fields.
      const input = toInput[c.form](c.answers);
      const carried = present(backAgain[c.form](input));
      const lossless = c.failing.every((key) => JSON.stringify(carried[key]) === JSON.stringify(present(c.answers)[key]));
      if (!lossless) return;
      const server = checkSubmission(c.form, forms[c.form], input, { ...parityContext, config });
      const keys = [...new Set(server.map((i) => String(toField[c.form](i).path[0])))];
      assert.deepEqual(keys, c.failing);
      compared++;
    });
  }
  it('compared most of the corpus both ways', () => {
    assert.ok(compared >= parityCorpus.length * 0.8, `${compared} of ${parityCorpus.length}`);
  });

  it('knows its built-in forms by id and purpose', () => {
    assert.deepEqual(builtinForm('opinion-builtin', config), defaultOpinionForm(config));
    assert.deepEqual(builtinForm('proposal-builtin', config), defaultProposalForm(config));
    assert.equal(builtinForm('opinion-standard', config), undefined);
  });
});
