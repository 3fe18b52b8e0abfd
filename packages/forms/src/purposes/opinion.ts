/**
 * The opinion box's form: the county's own definition (from `config.forms.opinion`), or a built-in
 * one shaped by the county's policy; and the mapping from answers to the contract's `OpinionInput`.
 *
 * Field keys with a meaning in the contract (listed in `OPINION_KEYS`) fill its fields; every other
 * answer goes to `extra`, recorded with the form id and version it was given under.
 */
import type { CountyConfig, FieldDefinition, FormDefinition, FormSection, LocalizedText, OpinionInput } from '@tongxin/core';
import { bodyIssueMapper, type FieldPaths, fieldIssueMapper } from './paths.js';

/** Keys of opinion forms that map to contract fields (county forms use them for these meanings). */
export const OPINION_KEYS = [
  'title',
  'category',
  'situation',
  'analysis',
  'suggestions',
  'area',
  'address',
  'place',
  'photos',
  'identity',
  'name',
  'phone',
  'organization',
  'position',
  'reporterType',
  'publish',
  'publishReason',
  'privacy',
] as const;

/** Id of the built-in opinion form (`defaultOpinionForm`), which server and widgets both know. */
export const OPINION_BUILTIN = 'opinion-builtin';

const t = (zhHans: string, zhHant: string, en: string): LocalizedText => ({ 'zh-Hans': zhHans, 'zh-Hant': zhHant, en });

/** The built-in opinion form for a county: what `opinionPolicy` allows, with its limits and notice. */
export function defaultOpinionForm(config: CountyConfig): FormDefinition {
  const policy = config.opinionPolicy;
  const named = policy.identity === 'real_name';
  const content: FieldDefinition[] = [
    {
      type: 'text',
      key: 'title',
      label: t('标题', '標題', 'Title'),
      placeholder: t('一句话概括所反映的问题', '一句話概括所反映的問題', 'The matter in one sentence'),
      required: true,
      minLength: 5,
      maxLength: 60,
    },
    { type: 'select', key: 'category', label: t('类别', '類別', 'Category'), optionsFrom: 'opinionCategories', required: true },
    {
      type: 'textarea',
      key: 'situation',
      label: t('情况反映', '情況反映', 'What is happening'),
      help: t('写清时间、地点、涉及的人群和影响。', '寫清時間、地點、涉及的人群和影響。', 'When, where, who is affected and how.'),
      required: true,
      minLength: 20,
      maxLength: policy.softLengthLimit,
      rows: 8,
    },
    { type: 'textarea', key: 'suggestions', label: t('意见建议', '意見建議', 'Suggestions'), maxLength: 3000, rows: 5 },
    { type: 'division', key: 'area', label: t('所在地区', '所在地區', 'Area'), level: 'village' },
    { type: 'text', key: 'address', label: t('具体地点', '具體地點', 'Exact place'), maxLength: 200 },
    {
      type: 'attachments',
      key: 'photos',
      label: t('照片或材料', '照片或材料', 'Photos or documents'),
      help: t('最多 9 个，每个不超过 10 MB。', '最多 9 個，每個不超過 10 MB。', 'Up to 9 files of at most 10 MB each.'),
      maxFiles: 9,
      maxSize: 10 * 1024 * 1024,
      accept: ['image/*', '.pdf'],
    },
  ];
  const identity: FieldDefinition[] =
    policy.identity === 'optional'
      ? [
          {
            type: 'radio',
            key: 'identity',
            label: t('反映方式', '反映方式', 'How to report'),
            required: true,
            options: [
              { value: 'named', label: t('实名反映（便于联系和反馈）', '實名反映（便於聯繫和回饋）', 'With my name (so we can reply)') },
              { value: 'anonymous', label: t('匿名反映', '匿名反映', 'Anonymously') },
            ],
          },
        ]
      : [];
  const contact: FormSection = {
    key: 'contact',
    title: t('联系方式', '聯繫方式', 'Contact'),
    help: t(
      '仅用于核实情况和反馈办理结果，不会公开。',
      '僅用於核實情況和回饋辦理結果，不會公開。',
      'Only to check facts and reply; never published.',
    ),
    fields: [
      { type: 'text', key: 'name', label: t('姓名', '姓名', 'Name'), required: named, maxLength: 20 },
      { type: 'phone', key: 'phone', label: t('手机号码', '手機號碼', 'Mobile number'), required: named },
      { type: 'text', key: 'organization', label: t('工作单位', '工作單位', 'Workplace'), maxLength: 100 },
      {
        type: 'consent',
        key: 'privacy',
        label: t(
          '我已阅读并同意以上个人信息处理说明',
          '我已閱讀並同意以上個人資訊處理說明',
          'I have read and agree to how my personal data is handled',
        ),
        notice: config.privacy.text,
        noticeVersion: config.privacy.version,
        required: true,
      },
    ],
  };
  const publish: FormSection = {
    key: 'publishing',
    fields: [
      {
        type: 'radio',
        key: 'publish',
        label: t('是否同意公开（不含个人信息）', '是否同意公開（不含個人資訊）', 'May the content be published (without personal data)?'),
        required: true,
        options: [
          { value: 'yes', label: t('同意公开', '同意公開', 'Yes') },
          { value: 'no', label: t('不同意公开', '不同意公開', 'No') },
        ],
      },
      { type: 'text', key: 'publishReason', label: t('不公开的理由', '不公開的理由', 'Why not'), maxLength: 200 },
    ],
  };
  return {
    schemaVersion: 1,
    id: OPINION_BUILTIN,
    version: 1,
    purpose: 'opinion',
    title: t('社情民意信息', '社情民意資訊', 'Public opinion'),
    draftTtlDays: 30,
    steps: [
      { key: 'content', title: t('反映内容', '反映內容', 'Your opinion'), sections: [{ key: 'main', fields: content }] },
      {
        key: 'reporter',
        title: t('反映人信息', '反映人資訊', 'About you'),
        sections: [
          ...(identity.length > 0 ? [{ key: 'identityChoice', fields: identity }] : []),
          ...(policy.identity === 'anonymous' ? [] : [contact]),
          publish,
        ],
      },
    ],
    rules: [
      ...(policy.identity === 'optional'
        ? [
            { when: { field: 'identity', op: 'eq' as const, value: 'named' }, effect: 'show' as const, targets: ['contact'] },
            { when: { field: 'identity', op: 'eq' as const, value: 'named' }, effect: 'require' as const, targets: ['name', 'phone'] },
          ]
        : []),
      { when: { field: 'publish', op: 'eq' as const, value: 'no' }, effect: 'show' as const, targets: ['publishReason'] },
      { when: { field: 'publish', op: 'eq' as const, value: 'no' }, effect: 'require' as const, targets: ['publishReason'] },
    ],
  };
}

type Answers = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);

/** Answers of one field key, as the form's value carries them after validation. */
function fieldsOf(definition: FormDefinition): Map<string, FieldDefinition> {
  const all = new Map<string, FieldDefinition>();
  for (const step of definition.steps) for (const section of step.sections) for (const field of section.fields) all.set(field.key, field);
  return all;
}

/**
 * Maps validated answers to `OpinionInput`. Attachments are not in it: the outbox uploads the chosen
 * files and puts their ids into `attachmentIds`.
 * @example toOpinionInput({ title: '路灯坏了', situation: '…', identity: 'anonymous', publish: 'yes' }, form, now)
 */
export function toOpinionInput(answers: Answers, definition: FormDefinition, now: Date, workstationId?: string): OpinionInput {
  const fields = fieldsOf(definition);
  const anonymous = answers.identity === 'anonymous' || (!fields.has('identity') && !fields.has('name'));
  const privacy = fields.get('privacy');
  const extra: Answers = {};
  for (const [key, value] of Object.entries(answers)) {
    if ((OPINION_KEYS as readonly string[]).includes(key) || value === undefined) continue;
    if (fields.get(key)?.type === 'attachments') continue;
    extra[key] = value;
  }
  const place = answers.place as OpinionInput['location'] extends infer L ? (L extends { point?: infer P } ? P : never) : never;
  const location = {
    ...(str(answers.area) ? { divisionCode: str(answers.area)! } : {}),
    ...(str(answers.address) ? { address: str(answers.address)! } : {}),
    ...(place ? { point: place } : {}),
  };
  return {
    title: str(answers.title) ?? '',
    situation: str(answers.situation) ?? '',
    ...(str(answers.analysis) ? { analysis: str(answers.analysis)! } : {}),
    ...(str(answers.suggestions) ? { suggestions: str(answers.suggestions)! } : {}),
    ...(str(answers.category) ? { categoryCode: str(answers.category)! } : {}),
    ...(Object.keys(location).length > 0 ? { location } : {}),
    ...(workstationId ? { workstationId } : {}),
    publish: answers.publish === 'no' ? { consent: false, reason: str(answers.publishReason) ?? '' } : { consent: true },
    reporter: anonymous
      ? { anonymous: true }
      : {
          anonymous: false,
          ...(str(answers.name) ? { name: str(answers.name)! } : {}),
          ...(str(answers.phone) ? { phone: str(answers.phone)! } : {}),
          ...(str(answers.organization) ? { organization: str(answers.organization)! } : {}),
          ...(str(answers.position) ? { position: str(answers.position)! } : {}),
        },
    ...(answers.privacy === true && privacy?.type === 'consent'
      ? { privacyConsent: { version: privacy.noticeVersion, at: now.toISOString() } }
      : {}),
    form: { id: definition.id, version: definition.version },
    ...(Object.keys(extra).length > 0 ? { extra } : {}),
  };
}

/** Contract paths of `OpinionInput` → the keys of the fields that fill them. */
export const OPINION_FIELDS: FieldPaths = {
  title: 'title',
  situation: 'situation',
  analysis: 'analysis',
  suggestions: 'suggestions',
  categoryCode: 'category',
  'reporter.anonymous': 'identity',
  'reporter.name': 'name',
  'reporter.phone': 'phone',
  'reporter.organization': 'organization',
  'reporter.position': 'position',
  'publish.consent': 'publish',
  'publish.reason': 'publishReason',
  'location.divisionCode': 'area',
  'location.address': 'address',
  'location.point': 'place',
  privacyConsent: 'privacy',
  attachmentIds: 'photos',
};

/** Moves a server issue (`body.reporter.name`) onto the opinion form's field (`name`). */
export const toOpinionFieldIssue = fieldIssueMapper(OPINION_FIELDS);
/** Moves a form validator's issue (`name`) onto the request body (`body.reporter.name`). */
export const toOpinionBodyIssue = bodyIssueMapper(OPINION_FIELDS);

/**
 * The answers an `OpinionInput` stands for (the inverse of `toOpinionInput`), for checking a
 * submission against the form it names.
 * @example opinionAnswers({ title: '…', reporter: { anonymous: true }, publish: { consent: true }, … }).identity // 'anonymous'
 */
export function opinionAnswers(input: OpinionInput, definition: FormDefinition): Answers {
  const keys = fieldsOf(definition);
  const answers: Answers = { ...(input.extra ?? {}) };
  const set = (key: string, value: unknown) => {
    if (value !== undefined && keys.has(key)) answers[key] = value;
  };
  set('title', input.title);
  set('situation', input.situation);
  set('analysis', input.analysis);
  set('suggestions', input.suggestions);
  set('category', input.categoryCode);
  set('identity', input.reporter.anonymous ? 'anonymous' : 'named');
  set('name', input.reporter.name);
  set('phone', input.reporter.phone);
  set('organization', input.reporter.organization);
  set('position', input.reporter.position);
  set('publish', input.publish.consent ? 'yes' : 'no');
  set('publishReason', input.publish.reason);
  set('area', input.location?.divisionCode);
  set('address', input.location?.address);
  set('place', input.location?.point);
  set('privacy', input.privacyConsent ? true : undefined);
  for (const [key, field] of keys) if (field.type === 'attachments' && input.attachmentIds?.length) set(key, input.attachmentIds);
  return answers;
}
