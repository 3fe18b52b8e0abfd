/**
 * Realistic form definitions (a 社情民意 opinion form and a proposal form), the county lists they
 * draw on, and a parity corpus of answer sets with the expected outcome — replayed here against
 * the compiled validator and later against the server, which must agree. Demo data modelled on
 * 盘锦市 (211100).
 */
import type { Division, FieldDefinition, FormDefinition, FormRule, FormSection, Member } from '@tongxin/core';
import type { OptionLists } from './fields.js';

const zh = (s: string) => ({ 'zh-Hans': s });

/**
 * A one-step definition for tests: fields (in one section `main`) or whole sections, and rules.
 * @example formOf([{ type: 'phone', key: 'phone', label: { 'zh-Hans': '电话' } }])
 */
export function formOf(content: FieldDefinition[] | FormSection[], rules: FormRule[] = []): FormDefinition {
  const sections = content.some((c) => 'fields' in c)
    ? (content as FormSection[])
    : [{ key: 'main', fields: content as FieldDefinition[] }];
  return {
    schemaVersion: 1,
    id: 'test',
    version: 1,
    purpose: 'other',
    title: zh('测试表单'),
    steps: [{ key: 'step1', title: zh('第一步'), sections }],
    rules,
  };
}

/** A small division tree: the city, two districts, towns, villages (names invented). */
export const divisions: Division[] = [
  { code: '211100', name: '盘锦市', level: 'prefecture' },
  { code: '211102', name: '双台子区', level: 'county', parent: '211100' },
  { code: '211103', name: '兴隆台区', level: 'county', parent: '211100' },
  { code: '211102001000', name: '建设街道', level: 'town', parent: '211102' },
  { code: '211102002000', name: '红旗街道', level: 'town', parent: '211102' },
  { code: '211103001000', name: '兴隆街道', level: 'town', parent: '211103' },
  { code: '211102001001', name: '建设社区', level: 'village', parent: '211102001000' },
  { code: '211102001201', name: '河畔村', level: 'village', parent: '211102001000' },
  { code: '211103001001', name: '兴盛社区', level: 'village', parent: '211103001000' },
];

/** Members the person picker offers (names invented; 𠮷 is outside the BMP). */
export const members: Member[] = [
  { id: 'm_li', name: '李明', sectorCode: 'agri', affiliation: '无党派' },
  { id: 'm_lin', name: '李𠮷华', sectorCode: 'cpc', affiliation: '中共' },
  { id: 'm_zhao', name: '赵红', sectorCode: 'rcckmt', affiliation: '民革' },
  { id: 'm_sun', name: '孙立', sectorCode: 'agri' },
];

/** The county lists the fixtures' `optionsFrom` fields draw on. */
export const lists: OptionLists = {
  proposalCategories: [
    { code: 'economy', label: zh('经济') },
    { code: 'urban', label: zh('城市建设与管理') },
    { code: 'culture', label: zh('教科文卫体') },
    { code: 'other', label: zh('其他') },
  ],
  opinionCategories: [
    { code: 'livelihood', label: zh('民生保障') },
    { code: 'environment', label: zh('生态环境') },
    { code: 'governance', label: zh('社会治理') },
  ],
  sectors: [
    { code: 'cpc', label: zh('中国共产党') },
    { code: 'rcckmt', label: zh('中国国民党革命委员会') },
    { code: 'agri', label: zh('农业和农村界') },
  ],
  units: [
    { id: 'u_housing', name: '盘锦市住房和城乡建设局', shortName: '市住建局', kind: 'government', active: true },
    { id: 'u_edu', name: '盘锦市教育局', shortName: '市教育局', kind: 'government', active: true },
    { id: 'u_water', name: '盘锦市水利局', shortName: '市水利局', kind: 'government', active: true },
    { id: 'u_health', name: '盘锦市卫生健康委员会', shortName: '市卫健委', kind: 'government', active: true },
  ],
  answerCategories: [
    { code: 'A', label: zh('已经解决或基本解决') },
    { code: 'B', label: zh('正在解决或列入计划解决') },
    { code: 'C', label: zh('因条件限制留作参考') },
  ],
  notFiledReasons: [{ code: 'personal', label: zh('为本人或亲属解决个人问题') }],
  reportLevels: [
    { code: 'county', label: zh('县级') },
    { code: 'city', label: zh('市级') },
  ],
};

/** 社情民意信息: category from the county list, a field only for environmental issues, anonymity. */
export const opinionForm: FormDefinition = {
  schemaVersion: 1,
  id: 'opinion-standard',
  version: 3,
  purpose: 'opinion',
  title: { 'zh-Hans': '社情民意信息', 'zh-Hant': '社情民意信息', en: 'Public opinion' },
  description: zh('反映经济社会发展中的情况和问题，提出意见建议。'),
  draftTtlDays: 30,
  steps: [
    {
      key: 'content',
      title: zh('反映内容'),
      sections: [
        {
          key: 'intro',
          fields: [
            {
              type: 'notice',
              key: 'acceptNotice',
              text: zh('本平台受理对经济社会发展和民生问题的意见建议，不受理信访、涉法涉诉事项。一般在10个工作日内答复。'),
              tone: 'info',
            },
          ],
        },
        {
          key: 'main',
          title: zh('反映内容'),
          fields: [
            {
              type: 'text',
              key: 'title',
              label: zh('标题'),
              placeholder: zh('一句话概括所反映的问题'),
              required: true,
              minLength: 5,
              maxLength: 60,
            },
            { type: 'select', key: 'category', label: zh('类别'), optionsFrom: 'opinionCategories', required: true },
            {
              type: 'checkboxes',
              key: 'pollution',
              label: zh('污染类型'),
              required: true,
              maxItems: 3,
              options: [
                { value: 'air', label: zh('大气') },
                { value: 'water', label: zh('水') },
                { value: 'noise', label: zh('噪声') },
                { value: 'waste', label: zh('固体废物') },
              ],
            },
            { type: 'textarea', key: 'situation', label: zh('情况反映'), required: true, minLength: 20, maxLength: 1500, rows: 8 },
            { type: 'textarea', key: 'suggestion', label: zh('意见建议'), maxLength: 1000, rows: 5 },
            { type: 'division', key: 'area', label: zh('所在乡镇（街道）'), level: 'town' },
            { type: 'location', key: 'place', label: zh('具体位置'), help: zh('在地图上点选问题发生的地点') },
            { type: 'date', key: 'noticedOn', label: zh('发现日期'), min: '2020-01-01' },
            {
              type: 'attachments',
              key: 'photos',
              label: zh('照片或材料'),
              maxFiles: 9,
              maxSize: 10_485_760,
              accept: ['image/*', '.pdf'],
            },
          ],
        },
      ],
    },
    {
      key: 'reporter',
      title: zh('反映人信息'),
      sections: [
        {
          key: 'identityChoice',
          fields: [
            {
              type: 'radio',
              key: 'identity',
              label: zh('反映方式'),
              required: true,
              options: [
                { value: 'named', label: zh('实名反映') },
                { value: 'anonymous', label: zh('匿名反映') },
              ],
            },
          ],
        },
        {
          key: 'contact',
          title: zh('联系方式'),
          help: zh('仅用于核实情况和反馈办理结果，不会公开。'),
          fields: [
            { type: 'text', key: 'name', label: zh('姓名'), maxLength: 20 },
            { type: 'phone', key: 'phone', label: zh('手机号码') },
            { type: 'resident_id', key: 'idNumber', label: zh('身份证号'), sensitive: true },
            { type: 'text', key: 'email', label: zh('电子邮箱'), pattern: 'email', maxLength: 100 },
          ],
        },
        {
          key: 'agreement',
          fields: [
            {
              type: 'consent',
              key: 'privacy',
              label: zh('我已阅读并同意《个人信息处理规则》'),
              notice: zh('您提供的姓名、电话等信息仅用于核实情况和反馈办理结果，保存至办结后两年。'),
              noticeVersion: '2026-1',
              required: true,
            },
          ],
        },
      ],
    },
  ],
  rules: [
    { id: 'environmentOnly', when: { field: 'category', op: 'eq', value: 'environment' }, effect: 'show', targets: ['pollution'] },
    { id: 'anonymousHidesContact', when: { field: 'identity', op: 'eq', value: 'anonymous' }, effect: 'hide', targets: ['contact'] },
    { id: 'namedNeedsContact', when: { field: 'identity', op: 'neq', value: 'anonymous' }, effect: 'require', targets: ['name', 'phone'] },
  ],
};

/** 提案: 案由, 情况/分析/建议, proposer type with an organisation section and joint co-signers. */
export const proposalForm: FormDefinition = {
  schemaVersion: 1,
  id: 'proposal-standard',
  version: 5,
  purpose: 'proposal',
  title: { 'zh-Hans': '政协提案', 'zh-Hant': '政協提案', en: 'Proposal' },
  steps: [
    {
      key: 'proposer',
      title: zh('提案者'),
      sections: [
        {
          key: 'proposerInfo',
          fields: [
            {
              type: 'radio',
              key: 'proposerType',
              label: zh('提案者类型'),
              required: true,
              options: [
                { value: 'member', label: zh('委员个人') },
                { value: 'joint', label: zh('委员联名') },
                { value: 'party', label: zh('参加政协的党派、人民团体') },
                { value: 'sector', label: zh('政协界别') },
                { value: 'committee', label: zh('政协专门委员会') },
              ],
            },
            {
              type: 'person',
              key: 'cosigners',
              label: zh('联名委员'),
              help: zh('请选择参加联名的委员'),
              multiple: true,
              maxItems: 20,
            },
          ],
        },
        {
          key: 'organisation',
          title: zh('提案单位'),
          fields: [
            { type: 'text', key: 'orgName', label: zh('单位名称'), required: true, maxLength: 60 },
            { type: 'select', key: 'sector', label: zh('界别'), optionsFrom: 'sectors' },
            { type: 'text', key: 'contactName', label: zh('联系人'), required: true, maxLength: 20 },
            { type: 'phone', key: 'contactPhone', label: zh('联系电话'), required: true },
          ],
        },
      ],
    },
    {
      key: 'proposal',
      title: zh('提案内容'),
      sections: [
        {
          key: 'body',
          fields: [
            {
              type: 'text',
              key: 'title',
              label: zh('案由'),
              help: zh('以“关于……的提案”表述'),
              required: true,
              minLength: 5,
              maxLength: 50,
            },
            { type: 'select', key: 'category', label: zh('提案类别'), optionsFrom: 'proposalCategories', required: true },
            { type: 'textarea', key: 'situation', label: zh('情况'), required: true, minLength: 10, maxLength: 3000, rows: 8 },
            { type: 'textarea', key: 'analysis', label: zh('分析'), required: true, maxLength: 3000, rows: 8 },
            { type: 'textarea', key: 'suggestions', label: zh('建议'), required: true, maxLength: 5000, rows: 10 },
            { type: 'unit', key: 'suggestedUnits', label: zh('建议承办单位'), multiple: true, maxItems: 3 },
            { type: 'number', key: 'surveyCount', label: zh('开展调研次数'), integer: true, min: 0, max: 99 },
            { type: 'attachments', key: 'materials', label: zh('附件材料'), maxFiles: 5, accept: ['.pdf', '.doc', '.docx', 'image/*'] },
          ],
        },
      ],
    },
  ],
  rules: [
    {
      id: 'organisationTypes',
      when: { field: 'proposerType', op: 'in', value: ['party', 'sector', 'committee'] },
      effect: 'show',
      targets: ['organisation'],
    },
    { id: 'jointShowsCosigners', when: { field: 'proposerType', op: 'eq', value: 'joint' }, effect: 'show', targets: ['cosigners'] },
    { id: 'jointNeedsCosigners', when: { field: 'proposerType', op: 'eq', value: 'joint' }, effect: 'require', targets: ['cosigners'] },
    { id: 'sectorNeedsSector', when: { field: 'proposerType', op: 'eq', value: 'sector' }, effect: 'require', targets: ['sector'] },
  ],
};

/** The context the parity corpus is validated in (a fixed day keeps resident-ID checks stable). */
export const parityContext = { config: lists, today: '2026-03-05' } as const;

/** One answer set and what every implementation must make of it. */
export type ParityCase = {
  name: string;
  form: 'opinion' | 'proposal';
  answers: Record<string, unknown>;
  ok: boolean;
  /** Keys of the fields with issues, in definition order (empty when ok). */
  failing: string[];
  /** Some values of the submitted value (normalised), when ok. */
  value?: Record<string, unknown>;
};

const opinion = {
  title: '兴隆台区某小区路灯长期不亮',
  category: 'livelihood',
  situation: '兴隆台区某小区内多盏路灯自去年冬天起一直不亮，居民夜间出行很不方便，存在安全隐患。',
  identity: 'named',
  name: '张𣵦',
  phone: '13812341234',
  privacy: true,
};
const anonymous = { ...opinion, identity: 'anonymous', name: undefined, phone: undefined };
const proposal = {
  proposerType: 'member',
  title: '关于加强农村饮用水安全保障的提案',
  category: 'economy',
  situation: '我市部分农村地区饮用水水源保护薄弱，供水设施老化。',
  analysis: '管护责任不清，资金投入不足。',
  suggestions: '一是落实管护责任；二是加大投入；三是加强水质监测。',
};
const organisation = { orgName: '民革盘锦市委员会', contactName: '李明', contactPhone: '0086 139 0000 1111' };

const o = (name: string, answers: Record<string, unknown>, failing: string[] = [], value?: Record<string, unknown>): ParityCase => ({
  name,
  form: 'opinion',
  answers,
  ok: failing.length === 0,
  failing,
  ...(value ? { value } : {}),
});
const p = (name: string, answers: Record<string, unknown>, failing: string[] = [], value?: Record<string, unknown>): ParityCase => ({
  ...o(name, answers, failing, value),
  form: 'proposal',
});

/** Good and bad answer sets for the two fixture forms with the expected outcome. */
export const parityCorpus: ParityCase[] = [
  o('named opinion', opinion, [], { name: '张𣵦', phone: '13812341234', privacy: true }),
  o('anonymous opinion needs no contact', anonymous),
  o('anonymous: hidden contact fields are dropped, even invalid ones', { ...anonymous, phone: '123', idNumber: 'x' }, [], {
    phone: undefined,
  }),
  o('phone typed with +86 and dashes is normalised', { ...opinion, phone: '+86 138-1234-1234' }, [], { phone: '13812341234' }),
  o('environmental issue with pollution types', { ...opinion, category: 'environment', pollution: ['air', 'noise'] }, [], {
    pollution: ['air', 'noise'],
  }),
  o('environmental issue without pollution types', { ...opinion, category: 'environment' }, ['pollution']),
  o('pollution types of another category are dropped', { ...opinion, pollution: ['nonsense'] }, [], { pollution: undefined }),
  o('too many pollution types', { ...opinion, category: 'environment', pollution: ['air', 'water', 'noise', 'waste'] }, ['pollution']),
  o('repeated pollution type', { ...opinion, category: 'environment', pollution: ['air', 'air'] }, ['pollution']),
  o('missing title', { ...opinion, title: '' }, ['title']),
  o('blank title', { ...opinion, title: '   ' }, ['title']),
  o('title too short', { ...opinion, title: '路灯不亮' }, ['title']),
  o('title too long', { ...opinion, title: '路'.repeat(61) }, ['title']),
  o('60 code points with 𣵦 fit', { ...opinion, title: `${'𣵦'.repeat(30)}${'路'.repeat(30)}` }),
  o('title is trimmed', { ...opinion, title: '  兴隆台区某小区路灯长期不亮\r\n' }, [], { title: '兴隆台区某小区路灯长期不亮' }),
  o('category not in the county list', { ...opinion, category: 'traffic' }, ['category']),
  o('situation too short', { ...opinion, situation: '路灯坏了' }, ['situation']),
  o('named without phone', { ...opinion, phone: undefined }, ['phone']),
  o('named without name and phone', { ...opinion, name: '', phone: '' }, ['name', 'phone']),
  o('no choice of identity still needs contact', { ...opinion, identity: undefined, name: undefined }, ['identity', 'name']),
  o('unknown identity', { ...opinion, identity: 'secret' }, ['identity']),
  o('phone with 10 digits', { ...opinion, phone: '1381234123' }, ['phone']),
  o('landline is not a mobile', { ...opinion, phone: '0427-2826000' }, ['phone']),
  o('resident ID with a wrong check digit', { ...opinion, idNumber: '211102198506121236' }, ['idNumber']),
  o('resident ID typed with spaces and lower-case x', { ...opinion, idNumber: '110105 19491231 002x' }, [], {
    idNumber: '11010519491231002X',
  }),
  o('resident ID born after today', { ...opinion, idNumber: '211102202612310011' }, ['idNumber']),
  o('privacy not ticked', { ...opinion, privacy: false }, ['privacy']),
  o('privacy missing', { ...opinion, privacy: undefined }, ['privacy']),
  o('privacy as a string', { ...opinion, privacy: 'true' }, ['privacy']),
  o('email without domain', { ...opinion, email: 'zhang@' }, ['email']),
  o('village code where a town is asked', { ...opinion, area: '211102001001' }, ['area']),
  o(
    'every optional field filled',
    {
      ...opinion,
      suggestion: '建议尽快维修。',
      area: '211102001000',
      place: { lng: 122.07, lat: 41.12, crs: 'CGCS2000' },
      noticedOn: '2026-02-20',
      photos: ['att_1', 'att_2'],
      email: 'zhang@example.cn',
    },
    [],
    { area: '211102001000', noticedOn: '2026-02-20' },
  ),
  o('ten photos', { ...opinion, photos: Array.from({ length: 10 }, (_, i) => `att_${i}`) }, ['photos']),
  o('latitude out of range', { ...opinion, place: { lng: 122, lat: 100, crs: 'WGS84' } }, ['place']),
  o('date before the earliest allowed', { ...opinion, noticedOn: '2019-12-31' }, ['noticedOn']),
  o('30 February', { ...opinion, noticedOn: '2026-02-30' }, ['noticedOn']),
  o('unknown keys are dropped', { ...opinion, injected: '<script>', acceptNotice: 'x' }, [], {
    injected: undefined,
    acceptNotice: undefined,
  }),
  o('several problems at once', { ...opinion, title: '', situation: '', phone: '1' }, ['title', 'situation', 'phone']),

  p('member proposal', proposal),
  p('joint proposal without co-signers', { ...proposal, proposerType: 'joint' }, ['cosigners']),
  p('joint proposal with co-signers', { ...proposal, proposerType: 'joint', cosigners: ['m_001', 'm_002'] }, [], {
    cosigners: ['m_001', 'm_002'],
  }),
  p('too many co-signers', { ...proposal, proposerType: 'joint', cosigners: Array.from({ length: 21 }, (_, i) => `m_${i}`) }, [
    'cosigners',
  ]),
  p('co-signers of a member proposal are dropped', { ...proposal, cosigners: ['m_001'] }, [], { cosigners: undefined }),
  p('party proposal without its organisation', { ...proposal, proposerType: 'party' }, ['orgName', 'contactName', 'contactPhone']),
  p('party proposal with its organisation', { ...proposal, proposerType: 'party', ...organisation }, [], { contactPhone: '13900001111' }),
  p('organisation of a member proposal is dropped', { ...proposal, orgName: '', contactPhone: 'nope' }, [], { contactPhone: undefined }),
  p('sector proposal needs the sector', { ...proposal, proposerType: 'sector', ...organisation }, ['sector']),
  p('sector proposal with its sector', { ...proposal, proposerType: 'sector', ...organisation, sector: 'agri' }),
  p('sector not in the county list', { ...proposal, proposerType: 'sector', ...organisation, sector: 'sports' }, ['sector']),
  p('unknown handling unit', { ...proposal, suggestedUnits: ['u_nope'] }, ['suggestedUnits']),
  p('four handling units', { ...proposal, suggestedUnits: ['u_housing', 'u_edu', 'u_water', 'u_health'] }, ['suggestedUnits']),
  p('a single unit where a list is expected', { ...proposal, suggestedUnits: 'u_edu' }, ['suggestedUnits']),
  p('fractional number of surveys', { ...proposal, surveyCount: 2.5 }, ['surveyCount']),
  p('too many surveys', { ...proposal, surveyCount: 100 }, ['surveyCount']),
  p('full-width digits count as a number', { ...proposal, surveyCount: '３' }, [], { surveyCount: 3 }),
  p('案由 too long', { ...proposal, title: `关于${'加强'.repeat(24)}的提案` }, ['title']),
  p('analysis and suggestions missing', { ...proposal, analysis: '', suggestions: undefined }, ['analysis', 'suggestions']),
  p('attachment id with spaces', { ...proposal, materials: ['bad id!'] }, ['materials']),
  p('no proposer type', { ...proposal, proposerType: undefined }, ['proposerType']),
  p('category of the opinion list', { ...proposal, category: 'livelihood' }, ['category']),
];
