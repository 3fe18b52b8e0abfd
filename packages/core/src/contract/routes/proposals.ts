/** 提案 routes: lists, drafts, submission and every workflow step. */
import * as z from 'zod/mini';
import { PageQuery, page, QueryFlag, text, Version } from '../common.js';
import { Proposal, ProposalAction, ProposalInput, ProposalStatus, ProposalSummary } from '../proposal.js';
import { byId, define, insiders } from './define.js';

/** A draft update of a proposal: the whole editable content and the version last seen. */
export const ProposalUpdate = z.object({ version: Version, draft: ProposalInput });
export type ProposalUpdate = z.infer<typeof ProposalUpdate>;

export const listProposals = define({
  method: 'GET',
  path: '/v1/{tenant}/proposals',
  tag: 'proposals',
  auth: insiders,
  query: z.object({
    view: z.optional(z.enum(['mine', 'cosign', 'assigned', 'all'])),
    status: z.optional(ProposalStatus),
    key: QueryFlag,
    overdue: QueryFlag,
    q: z.optional(text(64)),
    ...PageQuery,
  }),
  response: page(ProposalSummary),
  status: 200,
  idempotent: false,
});
export const createProposal = define({
  method: 'POST',
  path: '/v1/{tenant}/proposals',
  tag: 'proposals',
  auth: ['member', 'staff'],
  body: ProposalInput,
  response: Proposal,
  status: 201,
  idempotent: true,
});
export const getProposal = define({
  method: 'GET',
  path: '/v1/{tenant}/proposals/{id}',
  tag: 'proposals',
  auth: insiders,
  params: byId,
  response: Proposal,
  status: 200,
  idempotent: false,
});
export const updateProposal = define({
  method: 'PUT',
  path: '/v1/{tenant}/proposals/{id}',
  tag: 'proposals',
  auth: ['member', 'staff'],
  params: byId,
  body: ProposalUpdate,
  response: Proposal,
  status: 200,
  idempotent: false,
});
export const proposalAction = define({
  method: 'POST',
  path: '/v1/{tenant}/proposals/{id}/actions',
  tag: 'proposals',
  auth: insiders,
  params: byId,
  body: ProposalAction,
  response: Proposal,
  status: 200,
  idempotent: true,
});
