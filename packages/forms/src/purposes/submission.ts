/**
 * The server's side of "client and server accept exactly the same submissions": a proposal or an
 * opinion names the form version it was filled in; its answers are checked with the validator
 * compiled from that definition, and the issues come back on the request body's paths.
 */
import type { CountyConfig, FormDefinition, OpinionInput, ProblemIssue, ProposalInput } from '@tongxin/core';
import { compileValidator, type ValidatorContext } from '../compile.js';
import { defaultOpinionForm, OPINION_BUILTIN, opinionAnswers, toOpinionBodyIssue } from './opinion.js';
import { defaultProposalForm, PROPOSAL_BUILTIN, proposalAnswers, toProposalBodyIssue } from './proposal.js';

/** The built-in definition with this id for a county (what widgets use when it has no form of its own). */
export function builtinForm(id: string, config: CountyConfig): FormDefinition | undefined {
  if (id === OPINION_BUILTIN) return defaultOpinionForm(config);
  if (id === PROPOSAL_BUILTIN) return defaultProposalForm(config);
  return undefined;
}

/**
 * Issues of a submission against its form (empty when it passes), on `body.…` paths.
 * @example checkSubmission('opinion', definition, body, { config }) // [{ path: ['body', 'reporter', 'phone'], code: 'phone.format', … }]
 */
export function checkSubmission(
  purpose: 'opinion' | 'proposal',
  definition: FormDefinition,
  input: OpinionInput | ProposalInput,
  context: ValidatorContext,
): ProblemIssue[] {
  const answers =
    purpose === 'opinion' ? opinionAnswers(input as OpinionInput, definition) : proposalAnswers(input as ProposalInput, definition);
  const result = compileValidator(definition, context)(answers);
  if (result.ok) return [];
  return result.issues.map(purpose === 'opinion' ? toOpinionBodyIssue : toProposalBodyIssue);
}
