/** Form definitions: versions, publication. Submissions keep pointing at the version they used. */
import type { FormDefinition, FormRef, FormSummary, FormVersion, OpinionInput, ProposalInput, Routes } from '@tongxin/core';
import { chinaToday } from '@tongxin/core';
import { builtinForm, checkSubmission, definitionIssues } from '@tongxin/forms';
import type { Ctx, Handler } from '../context.js';
import { ProblemError, problems } from '../problem.js';
import { isoChina } from '../repo.js';
import { hasRole } from './shared.js';

type Row = {
  form_id: string;
  version: number;
  status: FormVersion['status'];
  doc: FormDefinition;
  created_at: Date;
  published_at: Date | null;
};
const toVersion = (r: Row): FormVersion => ({
  definition: r.doc,
  status: r.status,
  createdAt: isoChina(new Date(r.created_at)),
  ...(r.published_at && { publishedAt: isoChina(new Date(r.published_at)) }),
});

export const listForms: Handler<Routes['listForms']> = async (ctx) => {
  const rows = await ctx.sql.query<Row>(
    'select form_id, version, status, doc, created_at, published_at from forms where tenant = $1 order by form_id, version',
    [ctx.tenant],
  );
  const byForm = new Map<string, FormSummary>();
  for (const r of rows) {
    const summary: FormSummary = byForm.get(r.form_id) ?? {
      id: r.form_id,
      purpose: r.doc.purpose,
      title: r.doc.title,
      latestVersion: r.version,
      updatedAt: isoChina(new Date(r.created_at)),
    };
    summary.latestVersion = Number(r.version);
    summary.title = r.doc.title;
    summary.updatedAt = isoChina(new Date(r.published_at ?? r.created_at));
    if (r.status === 'published') summary.publishedVersion = Number(r.version);
    byForm.set(r.form_id, summary);
  }
  return [...byForm.values()];
};

export const getForm: Handler<Routes['getForm']> = async (ctx) => {
  const staff = hasRole(ctx, 'staff', 'admin');
  const version = ctx.query?.version;
  const rows = await ctx.sql.query<Row>(
    `select form_id, version, status, doc, created_at, published_at from forms where tenant = $1 and form_id = $2
     and ($3::int is null or version = $3) and ($4::boolean or status <> 'draft') order by (status = 'published') desc, version desc limit 1`,
    [ctx.tenant, ctx.params.formId, version ?? null, staff],
  );
  const row = version === undefined ? (rows.find((r) => r.status === 'published') ?? (staff ? rows[0] : undefined)) : rows[0];
  if (!row) throw problems.notFound(`form ${ctx.params.formId}${version ? ` version ${version}` : ''}`);
  return toVersion(row);
};

export const saveForm: Handler<Routes['saveForm']> = async (ctx) => {
  const definition = ctx.body;
  // What the designer checks before saving, for any client: no version that forms cannot run.
  const issues = definitionIssues(definition, ctx.locale);
  if (issues.length > 0) throw new ProblemError('validation_failed', 422, { issues });
  const [latest] = await ctx.sql.query<{ version: number }>(
    'select max(version) as version from forms where tenant = $1 and form_id = $2',
    [ctx.tenant, definition.id],
  );
  const version = Number(latest?.version ?? 0) + 1;
  // Versions are numbered by the server; an old version is never overwritten.
  const doc = { ...definition, version };
  await ctx.sql.query("insert into forms (tenant, form_id, version, status, doc, created_at) values ($1, $2, $3, 'draft', $4::jsonb, $5)", [
    ctx.tenant,
    definition.id,
    version,
    doc,
    ctx.now,
  ]);
  await ctx.audit({ entity: 'form', entityId: `${definition.id}@${version}`, action: 'save', to: 'draft' });
  return { definition: doc, status: 'draft', createdAt: isoChina(ctx.now) };
};

export const publishForm: Handler<Routes['publishForm']> = async (ctx) => {
  const { formId, version } = ctx.params;
  const [row] = await ctx.sql.query<Row>(
    'select form_id, version, status, doc, created_at, published_at from forms where tenant = $1 and form_id = $2 and version = $3 for update',
    [ctx.tenant, formId, version],
  );
  if (!row) throw problems.notFound(`form ${formId} version ${version}`);
  if (row.status === 'published') return toVersion(row);
  if (row.status === 'archived')
    throw new ProblemError('illegal_transition', 409, { detail: 'an archived version cannot be published again', allowed: [] });
  await ctx.sql.query("update forms set status = 'archived' where tenant = $1 and form_id = $2 and status = 'published'", [
    ctx.tenant,
    formId,
  ]);
  await ctx.sql.query("update forms set status = 'published', published_at = $4 where tenant = $1 and form_id = $2 and version = $3", [
    ctx.tenant,
    formId,
    version,
    ctx.now,
  ]);
  await ctx.audit({ entity: 'form', entityId: `${formId}@${version}`, action: 'publish', from: row.status, to: 'published' });
  return toVersion({ ...row, status: 'published', published_at: ctx.now });
};

/**
 * Checks a submission against the form version it names, with the validator compiled from that
 * definition (the one the browser ran): the server accepts exactly what the form allows. A form the
 * county does not have (or a version that was never saved) is refused; drafts are not checked.
 */
export async function checkAgainstForm(ctx: Ctx, purpose: 'opinion' | 'proposal', input: OpinionInput | ProposalInput): Promise<void> {
  const ref: FormRef | undefined = input.form;
  if (!ref) return;
  let definition = builtinForm(ref.id, ctx.config);
  if (definition?.purpose !== purpose) definition = undefined;
  if (!definition) {
    const [row] = await ctx.sql.query<{ doc: FormDefinition }>(
      'select doc from forms where tenant = $1 and form_id = $2 and version = $3',
      [ctx.tenant, ref.id, ref.version],
    );
    if (row?.doc.purpose === purpose) definition = row.doc;
  }
  if (!definition) throw problems.invalid(['body', 'form'], 'invalid_value', `没有这个表单版本：${ref.id} 第 ${ref.version} 版`);
  const issues = checkSubmission(purpose, definition, input, { config: ctx.config, today: chinaToday(ctx.now), locale: ctx.locale });
  if (issues.length > 0) throw new ProblemError('validation_failed', 422, { issues });
}
