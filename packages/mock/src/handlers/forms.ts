/** Form definitions: versions, publication. Submissions keep pointing at the version they used. */
import { chinaToday, type FormSummary, type FormVersion, type OpinionInput, type ProposalInput, type Routes } from '@tongxin/core';
import { builtinForm, checkSubmission, definitionIssues } from '@tongxin/forms';
import type { MockCtx, MockHandler } from '../context.js';
import type { StoredForm } from '../store.js';
import { isoChina, MockProblem, problems } from '../util.js';
import { isStaff } from './shared.js';

const toVersion = (f: StoredForm): FormVersion => ({
  definition: f.definition,
  status: f.status,
  createdAt: f.createdAt,
  ...(f.publishedAt && { publishedAt: f.publishedAt }),
});

/** Every version of one form (or of all forms), by form id and then version. */
const versions = (ctx: MockCtx, formId?: string) =>
  ctx.db
    .all('forms')
    .filter((f) => formId === undefined || f.definition.id === formId)
    .sort((a, b) =>
      a.definition.id === b.definition.id ? a.definition.version - b.definition.version : a.definition.id < b.definition.id ? -1 : 1,
    );

export const listForms: MockHandler<Routes['listForms']> = (ctx) => {
  const byForm = new Map<string, FormSummary>();
  for (const f of versions(ctx)) {
    const { id, purpose, title, version } = f.definition;
    const summary: FormSummary = byForm.get(id) ?? { id, purpose, title, latestVersion: version, updatedAt: f.createdAt };
    summary.latestVersion = version;
    summary.title = title;
    summary.updatedAt = f.publishedAt ?? f.createdAt;
    if (f.status === 'published') summary.publishedVersion = version;
    byForm.set(id, summary);
  }
  return [...byForm.values()];
};

export const getForm: MockHandler<Routes['getForm']> = (ctx) => {
  const staff = isStaff(ctx);
  const version = ctx.query?.version;
  const visible = versions(ctx, ctx.params.formId).filter((f) => staff || f.status !== 'draft');
  const found =
    version !== undefined
      ? visible.find((f) => f.definition.version === version)
      : (visible.find((f) => f.status === 'published') ?? (staff ? visible.at(-1) : undefined));
  if (!found) throw problems.notFound(`form ${ctx.params.formId}${version ? ` version ${version}` : ''}`);
  return toVersion(found);
};

export const saveForm: MockHandler<Routes['saveForm']> = (ctx) => {
  const issues = definitionIssues(ctx.body, ctx.locale);
  if (issues.length > 0) throw new MockProblem('validation_failed', 422, { issues });
  // Versions are numbered by the server; an old version is never overwritten.
  const version = (versions(ctx, ctx.body.id).at(-1)?.definition.version ?? 0) + 1;
  const saved: StoredForm = { definition: { ...ctx.body, version }, status: 'draft', createdAt: isoChina(ctx.now) };
  ctx.db.put('forms', `${ctx.body.id}@${version}`, saved);
  ctx.audit({ entity: 'form', entityId: `${ctx.body.id}@${version}`, action: 'save', to: 'draft' });
  return toVersion(saved);
};

export const publishForm: MockHandler<Routes['publishForm']> = (ctx) => {
  const { formId, version } = ctx.params;
  const key = `${formId}@${version}`;
  const form = ctx.db.get('forms', key);
  if (!form) throw problems.notFound(`form ${formId} version ${version}`);
  if (form.status === 'published') return toVersion(form);
  if (form.status === 'archived')
    throw new MockProblem('illegal_transition', 409, { detail: 'an archived version cannot be published again', allowed: [] });
  for (const f of versions(ctx, formId)) {
    if (f.status === 'published') ctx.db.put('forms', `${formId}@${f.definition.version}`, { ...f, status: 'archived' });
  }
  const published: StoredForm = { ...form, status: 'published', publishedAt: isoChina(ctx.now) };
  ctx.db.put('forms', key, published);
  ctx.audit({ entity: 'form', entityId: key, action: 'publish', from: form.status, to: 'published' });
  return toVersion(published);
};

/**
 * Checks a submission against the form version it names, as the reference server does: a built-in
 * form by id, else the county's saved version (any status); the validator compiled from that
 * definition (the one the browser ran) decides. An unknown form or version is refused at `body.form`.
 */
export function checkAgainstForm(ctx: MockCtx, purpose: 'opinion' | 'proposal', input: OpinionInput | ProposalInput): void {
  const ref = input.form;
  if (!ref) return;
  const definition = [builtinForm(ref.id, ctx.config), ctx.db.get('forms', `${ref.id}@${ref.version}`)?.definition].find(
    (d) => d?.purpose === purpose,
  );
  if (!definition) throw problems.invalid(['body', 'form'], 'invalid_value', `没有这个表单版本：${ref.id} 第 ${ref.version} 版`);
  const issues = checkSubmission(purpose, definition, input, { config: ctx.config, today: chinaToday(ctx.now), locale: ctx.locale });
  if (issues.length > 0) throw new MockProblem('validation_failed', 422, { issues });
}
