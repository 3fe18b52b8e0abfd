/**
 * The proposal form: the county's own definition (`config.forms.proposal`) or a built-in one, and
 * the mapping from answers to the contract's `ProposalInput`. Field keys with a contract meaning
 * (`PROPOSAL_KEYS`) fill its fields; other answers go to `extra` with the form id and version.
 */
import type { CountyConfig, FieldDefinition, FormDefinition, LocalizedText, ProposalInput } from '@tongxin/core';
import { bodyIssueMapper, type FieldPaths, fieldIssueMapper } from './paths.js';

export const PROPOSAL_KEYS = [
  'title',
  'proposerType',
  'situation',
  'reasons',
  'suggestions',
  'category',
  'sector',
  'cosigners',
  'leadUnit',
  'assistingUnits',
  'orgName',
  'orgContact',
  'orgPhone',
  'orgAddress',
  'orgPostcode',
  'publish',
  'publishReason',
  'files',
] as const;

/** Id of the built-in proposal form (`defaultProposalForm`), which server and widgets both know. */
export const PROPOSAL_BUILTIN = 'proposal-builtin';

const t = (zhHans: string, zhHant: string, en: string): LocalizedText => ({ 'zh-Hans': zhHans, 'zh-Hant': zhHant, en });
const ORG_TYPES = ['party', 'organization', 'committee', 'sector', 'panel'];

/** The built-in proposal form: 案由, the three parts, proposer type with what each needs, units, publishing. */
export function defaultProposalForm(_config: CountyConfig): FormDefinition {
  const body = (key: string, label: LocalizedText, help: LocalizedText): FieldDefinition => ({
    type: 'textarea',
    key,
    label,
    help,
    minLength: 20,
    maxLength: 20000,
    rows: 8,
  });
  return {
    schemaVersion: 1,
    id: PROPOSAL_BUILTIN,
    version: 1,
    purpose: 'proposal',
    title: t('政协提案', '政協提案', 'Proposal'),
    draftTtlDays: 90,
    steps: [
      {
        key: 'proposer',
        title: t('提案人', '提案人', 'Proposer'),
        sections: [
          {
            key: 'who',
            fields: [
              {
                type: 'radio',
                key: 'proposerType',
                label: t('提案类型', '提案類型', 'Proposed by'),
                required: true,
                options: [
                  { value: 'member', label: t('委员个人提案', '委員個人提案', 'One member') },
                  { value: 'joint', label: t('委员联名提案', '委員聯名提案', 'Members jointly') },
                  { value: 'party', label: t('党派团体提案', '黨派團體提案', 'A party or group') },
                  { value: 'committee', label: t('专门委员会提案', '專門委員會提案', 'A special committee') },
                  { value: 'sector', label: t('界别提案', '界別提案', 'A sector') },
                ],
              },
              {
                type: 'person',
                key: 'cosigners',
                label: t('联名委员', '聯名委員', 'Co-signing members'),
                help: t(
                  '联名委员会收到确认请求，全部确认后提案才正式提交。',
                  '聯名委員會收到確認請求，全部確認後提案才正式提交。',
                  'Each co-signer is asked to confirm before the proposal is submitted.',
                ),
                multiple: true,
                maxItems: 50,
              },
            ],
          },
          {
            key: 'org',
            title: t('提案单位', '提案單位', 'Organisation'),
            fields: [
              {
                type: 'text',
                key: 'orgName',
                label: t('单位全称（与盖章一致）', '單位全稱（與蓋章一致）', 'Full name (as on the seal)'),
                maxLength: 100,
              },
              { type: 'text', key: 'orgContact', label: t('联系人', '聯繫人', 'Contact person'), maxLength: 64 },
              { type: 'text', key: 'orgPhone', label: t('联系电话', '聯繫電話', 'Phone'), maxLength: 20 },
              { type: 'text', key: 'orgAddress', label: t('通讯地址', '通訊地址', 'Address'), maxLength: 200 },
              { type: 'text', key: 'orgPostcode', label: t('邮政编码', '郵遞區號', 'Postcode'), pattern: 'postcode', maxLength: 6 },
            ],
          },
        ],
      },
      {
        key: 'content',
        title: t('提案内容', '提案內容', 'Content'),
        sections: [
          {
            key: 'main',
            fields: [
              {
                type: 'text',
                key: 'title',
                label: t('案由', '案由', 'Subject'),
                help: t('一般写作“关于……的建议”。', '一般寫作「關於……的建議」。', 'Usually “On …: a suggestion”.'),
                placeholder: t('关于……的建议', '關於……的建議', 'On …'),
                required: true,
                minLength: 6,
                maxLength: 100,
              },
              {
                type: 'select',
                key: 'category',
                label: t('提案分类', '提案分類', 'Category'),
                optionsFrom: 'proposalCategories',
                required: true,
              },
              { type: 'select', key: 'sector', label: t('所属界别', '所屬界別', 'Sector'), optionsFrom: 'sectors' },
              body(
                'situation',
                t('情况', '情況', 'The situation'),
                t('写清现状和存在的问题。', '寫清現狀和存在的問題。', 'What is the case now and what is wrong.'),
              ),
              body('reasons', t('分析', '分析', 'Analysis'), t('问题的原因和依据。', '問題的原因和依據。', 'Causes and grounds.')),
              body(
                'suggestions',
                t('建议', '建議', 'Suggestions'),
                t('具体、可操作的建议。', '具體、可操作的建議。', 'Concrete, workable suggestions.'),
              ),
              {
                type: 'attachments',
                key: 'files',
                label: t('附件', '附件', 'Attachments'),
                help: t(
                  '正文也可以作为附件上传（此时上面三部分可不填）。',
                  '正文也可以作為附件上傳（此時上面三部分可不填）。',
                  'The body may come as an attachment instead of the three parts above.',
                ),
                maxFiles: 20,
                maxSize: 20 * 1024 * 1024,
                accept: ['.pdf', '.doc', '.docx', '.wps', 'image/*'],
              },
            ],
          },
        ],
      },
      {
        key: 'handling',
        title: t('办理建议与公开', '辦理建議與公開', 'Handling and publishing'),
        sections: [
          {
            key: 'units',
            fields: [
              { type: 'unit', key: 'leadUnit', label: t('建议主办单位', '建議主辦單位', 'Suggested lead unit') },
              {
                type: 'unit',
                key: 'assistingUnits',
                label: t('建议会办单位', '建議會辦單位', 'Suggested assisting units'),
                multiple: true,
                maxItems: 10,
              },
            ],
          },
          {
            key: 'publishing',
            fields: [
              {
                type: 'radio',
                key: 'publish',
                label: t('是否同意公开', '是否同意公開', 'May it be published?'),
                required: true,
                options: [
                  { value: 'yes', label: t('同意公开', '同意公開', 'Yes') },
                  { value: 'no', label: t('不同意公开', '不同意公開', 'No') },
                ],
              },
              { type: 'text', key: 'publishReason', label: t('不公开的理由', '不公開的理由', 'Why not'), maxLength: 500 },
            ],
          },
        ],
      },
    ],
    rules: [
      { when: { field: 'proposerType', op: 'eq', value: 'joint' }, effect: 'show', targets: ['cosigners'] },
      { when: { field: 'proposerType', op: 'eq', value: 'joint' }, effect: 'require', targets: ['cosigners'] },
      { when: { field: 'proposerType', op: 'in', value: ORG_TYPES }, effect: 'show', targets: ['org'] },
      { when: { field: 'proposerType', op: 'in', value: ORG_TYPES }, effect: 'require', targets: ['orgName', 'orgContact', 'orgPhone'] },
      // "Body or attachment": the three parts are required unless files carry the body.
      { when: { field: 'files', op: 'empty' }, effect: 'require', targets: ['situation', 'reasons', 'suggestions'] },
      { when: { field: 'publish', op: 'eq', value: 'no' }, effect: 'show', targets: ['publishReason'] },
      { when: { field: 'publish', op: 'eq', value: 'no' }, effect: 'require', targets: ['publishReason'] },
    ],
  };
}

type Answers = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
const list = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

function attachmentKeys(definition: FormDefinition): Set<string> {
  const keys = new Set<string>();
  for (const step of definition.steps)
    for (const section of step.sections) for (const f of section.fields) if (f.type === 'attachments') keys.add(f.key);
  return keys;
}

/**
 * Maps answers to `ProposalInput` (`intent: 'draft'` keeps whatever is there; `submit` asks the
 * server for the full checks). Files are uploaded by the outbox into `attachmentIds`.
 * @example toProposalInput({ title: '关于……的建议', proposerType: 'member', … }, form, 'submit', session)
 */
export function toProposalInput(
  answers: Answers,
  definition: FormDefinition,
  intent: 'draft' | 'submit',
  session: CountyConfig['currentSession'],
): ProposalInput {
  const type = (str(answers.proposerType) ?? 'member') as ProposalInput['proposerType'];
  const files = attachmentKeys(definition);
  const extra: Answers = {};
  for (const [key, value] of Object.entries(answers)) {
    if ((PROPOSAL_KEYS as readonly string[]).includes(key) || files.has(key) || value === undefined) continue;
    extra[key] = value;
  }
  const org = ORG_TYPES.includes(type) && str(answers.orgName);
  return {
    title: str(answers.title) ?? '',
    situation: str(answers.situation) ?? '',
    reasons: str(answers.reasons) ?? '',
    suggestions: str(answers.suggestions) ?? '',
    proposerType: type,
    session,
    ...(str(answers.category) ? { categoryCode: str(answers.category)! } : {}),
    ...(str(answers.sector) ? { sectorCode: str(answers.sector)! } : {}),
    ...(str(answers.leadUnit) ? { suggestedLeadUnitId: str(answers.leadUnit)! } : {}),
    ...(list(answers.assistingUnits).length > 0 ? { suggestedAssistingUnitIds: list(answers.assistingUnits) } : {}),
    ...(type === 'joint' && list(answers.cosigners).length > 0 ? { cosignerIds: list(answers.cosigners) } : {}),
    ...(org
      ? {
          organization: {
            name: str(answers.orgName)!,
            contactName: str(answers.orgContact) ?? '',
            phone: str(answers.orgPhone) ?? '',
            ...(str(answers.orgAddress) ? { address: str(answers.orgAddress)! } : {}),
            ...(str(answers.orgPostcode) ? { postcode: str(answers.orgPostcode)! } : {}),
          },
        }
      : {}),
    publish: answers.publish === 'no' ? { consent: false, reason: str(answers.publishReason) ?? '' } : { consent: true },
    form: { id: definition.id, version: definition.version },
    ...(Object.keys(extra).length > 0 ? { extra } : {}),
    intent,
  };
}

/** Contract paths of `ProposalInput` → the keys of the fields that fill them. */
export const PROPOSAL_FIELDS: FieldPaths = {
  title: 'title',
  situation: 'situation',
  reasons: 'reasons',
  suggestions: 'suggestions',
  proposerType: 'proposerType',
  categoryCode: 'category',
  sectorCode: 'sector',
  cosignerIds: 'cosigners',
  suggestedLeadUnitId: 'leadUnit',
  suggestedAssistingUnitIds: 'assistingUnits',
  'organization.name': 'orgName',
  'organization.contactName': 'orgContact',
  'organization.phone': 'orgPhone',
  'organization.address': 'orgAddress',
  'organization.postcode': 'orgPostcode',
  organization: 'orgName',
  'publish.reason': 'publishReason',
  attachmentIds: 'files',
};

/** Moves a server issue's path (`body.organization.phone`) onto the form's field (`orgPhone`). */
export const toProposalFieldIssue = fieldIssueMapper(PROPOSAL_FIELDS);
/** Moves a form validator's issue (`orgPhone`) onto the request body (`body.organization.phone`). */
export const toProposalBodyIssue = bodyIssueMapper(PROPOSAL_FIELDS);

/**
 * The answers a `ProposalInput` stands for (the inverse of `toProposalInput`), for checking a
 * submission against the form it names.
 * @example proposalAnswers(input, form).proposerType // 'joint'
 */
export function proposalAnswers(input: ProposalInput, definition: FormDefinition): Answers {
  const keys = new Map<string, string>();
  for (const step of definition.steps) for (const section of step.sections) for (const f of section.fields) keys.set(f.key, f.type);
  const answers: Answers = { ...(input.extra ?? {}) };
  const set = (key: string, value: unknown) => {
    if (value !== undefined && value !== '' && keys.has(key)) answers[key] = value;
  };
  set('title', input.title);
  set('situation', input.situation);
  set('reasons', input.reasons);
  set('suggestions', input.suggestions);
  set('proposerType', input.proposerType);
  set('category', input.categoryCode);
  set('sector', input.sectorCode);
  set('leadUnit', input.suggestedLeadUnitId);
  set('assistingUnits', input.suggestedAssistingUnitIds);
  set('cosigners', input.cosignerIds);
  set('orgName', input.organization?.name);
  set('orgContact', input.organization?.contactName);
  set('orgPhone', input.organization?.phone);
  set('orgAddress', input.organization?.address);
  set('orgPostcode', input.organization?.postcode);
  set('publish', input.publish.consent ? 'yes' : 'no');
  set('publishReason', input.publish.reason);
  for (const [key, type] of keys) if (type === 'attachments' && input.attachmentIds?.length) set(key, input.attachmentIds);
  return answers;
}
