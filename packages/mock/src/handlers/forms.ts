/** Form definitions: versions, publication. Submissions keep pointing at the version they used. */
import type { FormSummary, FormVersion, Routes } from '@tongxin/core';
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
