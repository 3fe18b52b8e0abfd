/**
 * Valid examples of every entity of the contract, for tests (here, and later the server's and the
 * mock's). Names and codes are demo data modelled on 盘锦市 (211100).
 */
import type {
  Attachment,
  CountyConfig,
  FormDefinition,
  Opinion,
  OpinionInput,
  OpinionReceipt,
  Problem,
  Proposal,
  ProposalInput,
  Task,
  Workstation,
} from './index.js';

const zh = (s: string) => ({ 'zh-Hans': s });
const at = '2026-03-05T09:30:00+08:00';
const staff = { id: 'u_staff', name: '王文', role: 'staff' as const };

export const attachment: Attachment = {
  id: 'att_1',
  name: '现场照片𣵦.jpg',
  type: 'image/jpeg',
  size: 204800,
  sha256: 'a'.repeat(64),
  url: '/v1/211100/attachments/att_1',
};

export const countyConfig: CountyConfig = {
  tenant: '211100',
  name: {
    'zh-Hans': '中国人民政治协商会议盘锦市委员会',
    'zh-Hant': '中國人民政治協商會議盤錦市委員會',
    en: 'Panjin Committee of the CPPCC',
  },
  shortName: { 'zh-Hans': '盘锦市政协', en: 'Panjin CPPCC' },
  currentSession: { term: 9, meeting: 5 },
  proposalCategories: [
    { code: 'economy', label: zh('经济') },
    { code: 'urban', label: zh('城市建设与管理') },
    { code: 'culture', label: zh('教科文卫体') },
    { code: 'other', label: zh('其他') },
  ],
  opinionCategories: [
    { code: 'livelihood', label: zh('民生保障') },
    { code: 'environment', label: zh('生态环境') },
  ],
  sectors: [
    { code: 'cpc', label: zh('中国共产党') },
    { code: 'rcckmt', label: zh('中国国民党革命委员会') },
    { code: 'agri', label: zh('农业和农村界') },
  ],
  units: [
    { id: 'u_housing', name: '盘锦市住房和城乡建设局', shortName: '市住建局', kind: 'government', active: true },
    { id: 'u_edu', name: '盘锦市教育局', shortName: '市教育局', kind: 'government', active: true },
  ],
  answerCategories: [
    { code: 'A', label: zh('已经解决或基本解决') },
    { code: 'B', label: zh('正在解决或列入计划解决') },
    { code: 'C', label: zh('因条件限制留作参考') },
  ],
  notFiledReasons: [
    { code: 'personal', label: zh('为本人或亲属解决个人问题') },
    { code: 'litigation', label: zh('已进入诉讼或仲裁程序') },
  ],
  deadlines: {
    replyWorkingDays: 66,
    handbackWorkingDays: 5,
    maxExtensionWorkingDays: 44,
    opinionReplyWorkingDays: 10,
    dueSoonWorkingDays: 5,
  },
  calendar: { holidays: ['2026-10-01', '2026-10-02'], workdays: ['2026-10-10'] },
  taskStages: [
    { code: 'planned', label: zh('立项'), roles: ['staff', 'admin'], progress: 0, bucket: 'todo' },
    { code: 'research', label: zh('调研视察'), roles: ['staff', 'member'], progress: 30, bucket: 'doing' },
    { code: 'answered', label: zh('已答复'), roles: ['staff', 'unit'], progress: 80, bucket: 'answered', requires: ['reply_document'] },
    { code: 'fed_back', label: zh('已反馈'), roles: ['staff'], progress: 100, bucket: 'fed_back', final: true, requires: ['feedback'] },
  ],
  opinionPolicy: {
    identity: 'optional',
    notice: zh('本栏目不受理信访、涉诉、人事等事项，我们将在10个工作日内答复。'),
    softLengthLimit: 1500,
  },
  privacy: {
    version: '2026-1',
    text: zh('盘锦市政协办公室仅为办理您反映的问题使用您的姓名和电话，保存两年。'),
    policyUrl: 'https://zx.panjin.example.gov.cn/privacy',
  },
  forms: { proposal: 'proposal-default', opinion: 'opinion-default' },
  map: {
    provider: { kind: 'none' },
    attribution: '© 天地图',
    reviewNumber: 'GS(2024)0650号',
    center: { lng: 122.07, lat: 41.12, crs: 'CGCS2000' },
    bounds: { southWest: { lng: 121.5, lat: 40.6, crs: 'CGCS2000' }, northEast: { lng: 122.6, lat: 41.5, crs: 'CGCS2000' } },
    minZoom: 9,
    maxZoom: 18,
  },
  reportLevels: [
    { code: 'city', label: zh('市政协') },
    { code: 'province', label: zh('省政协') },
    { code: 'national', label: zh('全国政协') },
  ],
};

export const proposalInput: ProposalInput = {
  title: '关于加快老旧小区加装电梯的建议',
  situation: '我市2000年前建成的老旧小区多为六层以下，无电梯。',
  reasons: '老年住户比例高，上下楼困难。',
  suggestions: '一是简化审批；二是设立专项补贴。',
  proposerType: 'joint',
  cosignerIds: ['m_2', 'm_3'],
  categoryCode: 'urban',
  suggestedLeadUnitId: 'u_housing',
  publish: { consent: true },
  intent: 'submit',
};

export const proposal: Proposal = {
  id: 'p_1',
  tenant: '211100',
  number: '0012',
  title: proposalInput.title,
  situation: proposalInput.situation,
  reasons: proposalInput.reasons,
  suggestions: proposalInput.suggestions,
  proposerType: 'joint',
  session: { term: 9, meeting: 5 },
  categoryCode: 'urban',
  suggestedLeadUnitId: 'u_housing',
  publish: { consent: false, reason: '涉及具体小区名称' },
  proposer: { memberId: 'm_1', name: '李明', sectorCode: 'agri' },
  cosigners: [
    { memberId: 'm_2', name: '赵红', state: 'confirmed', respondedAt: at },
    { memberId: 'm_3', name: '孙𨟠', state: 'declined', respondedAt: at },
  ],
  attachments: [attachment],
  status: 'answered',
  history: [{ at, action: 'file', from: 'submitted', to: 'filed', actor: staff }],
  handling: {
    mode: 'joint',
    units: [
      { unitId: 'u_housing', role: 'lead', state: 'replied', assignedAt: at, deadline: '2026-06-10', acceptedAt: at },
      { unitId: 'u_edu', role: 'assisting', state: 'countersigned', assignedAt: at, deadline: '2026-06-10' },
    ],
    deadline: '2026-06-10',
  },
  replies: [
    {
      id: 'r_1',
      unitId: 'u_housing',
      docNo: '盘住建提〔2026〕12号',
      contactName: '周强',
      contactPhone: '0427-2826000',
      answerCategory: 'B',
      text: '感谢您的建议……',
      attachments: [],
      submittedAt: at,
      countersignedBy: [{ unitId: 'u_edu', at }],
      approved: { at, by: staff, categoryChangedFrom: 'A' },
    },
  ],
  ratings: [{ memberId: 'm_1', name: '李明', satisfaction: 'basically_satisfied', at, enteredBy: staff }],
  key: true,
  taskId: 't_1',
  submittedAt: at,
  createdAt: at,
  updatedAt: at,
  version: 7,
};

export const opinionInput: OpinionInput = {
  title: '关于村口路灯损坏的反映',
  situation: '兴隆台区某村村口三盏路灯已坏两个月。',
  suggestions: '请尽快维修。',
  categoryCode: 'livelihood',
  location: { divisionCode: '211103001001', point: { lng: 122.07, lat: 41.12, crs: 'WGS84' } },
  publish: { consent: true },
  reporter: { anonymous: false, name: '张三', phone: '13812341234' },
  privacyConsent: { version: '2026-1', at },
};

export const opinionReceipt: OpinionReceipt = {
  id: 'op_1',
  trackingCode: '7K3M-9QX2-BD4H',
  queryPassword: '48213957',
  status: 'submitted',
  createdAt: '2026-11-27T10:00:00+08:00',
  dueDate: '2026-12-11',
};

export const opinion: Opinion = {
  id: 'o_1',
  tenant: '211100',
  trackingCode: '7K3M-9QX2-BD4H',
  title: opinionInput.title,
  situation: opinionInput.situation,
  suggestions: '请尽快维修。',
  categoryCode: 'livelihood',
  publish: { consent: true },
  reporter: { anonymous: true },
  attachments: [attachment],
  status: 'instructed',
  history: [{ at, action: 'receive', from: 'submitted', to: 'received', actor: staff }],
  edited: { title: '关于修复农村路灯的建议', body: '……', by: staff, at },
  journalIssue: '2026年第12期',
  uptake: [
    {
      level: 'city',
      reportedAt: at,
      adoption: 'single',
      adoptedAt: at,
      instructions: [{ by: '市领导', text: '请市住建局研办。', at: '2026-03-10' }],
    },
  ],
  replies: [{ id: 'or_1', at, text: '已转市住建局办理。', from: '市政协办公室', public: true }],
  dueDate: '2026-03-19',
  createdAt: at,
  updatedAt: at,
  version: 3,
};

export const task: Task = {
  id: 't_1',
  tenant: '211100',
  title: '推进老旧小区改造重点协商',
  type: 'key_consultation',
  year: 2026,
  leadUnitIds: ['u_housing'],
  assistingUnitIds: ['u_edu'],
  leadingParty: '民革盘锦市委会',
  leader: '刘副主席',
  participants: [{ id: 'm_1', name: '李明' }, { name: '特邀专家' }],
  plannedStart: '2026-03-01',
  plannedEnd: '2026-09-30',
  public: true,
  publicSummary: '已完成调研，形成协商专报。',
  proposalIds: ['p_1'],
  opinionIds: ['o_1'],
  stageCode: 'research',
  progress: 30,
  updates: [{ id: 'tu_1', at, author: staff, text: '赴双台子区实地调研。', progress: 30, attachments: [attachment], public: true }],
  outcome: { resolution: 'B', adopted: true, adoptionNote: '纳入年度计划' },
  feedback: {},
  history: [],
  createdAt: at,
  updatedAt: at,
  version: 4,
};

export const workstation: Workstation = {
  id: 'ws_1',
  tenant: '211100',
  name: '兴隆台区振兴街道委员工作站（演示）',
  type: 'street',
  divisionCode: '211103001000',
  address: '兴隆台区振兴街道办事处二楼',
  location: { lng: 122.071, lat: 41.122, crs: 'WGS84' },
  host: '振兴街道办事处',
  officePhone: '0427-2800000',
  sectorCodes: [],
  members: [{ memberId: 'm_1', name: '李明', sectorCode: 'agri' }],
  duty: { slots: [{ weekday: 3, start: '09:00', end: '11:30' }], note: '每月第二周周三为委员接待日' },
  services: ['接待群众', '收集社情民意'],
  activities: [{ date: '2026-02-18', title: '板凳协商：小区停车难' }],
  photos: [],
  opinionCount: 46,
  updatedAt: at,
  version: 1,
};

export const formDefinition: FormDefinition = {
  schemaVersion: 1,
  id: 'opinion-default',
  version: 2,
  purpose: 'opinion',
  title: { 'zh-Hans': '社情民意', en: 'Public opinion' },
  steps: [
    {
      key: 'content',
      title: zh('反映内容'),
      sections: [
        {
          key: 'main',
          fields: [
            { type: 'notice', key: 'intro', text: zh('不受理信访、涉诉事项。'), tone: 'info' },
            { type: 'text', key: 'title', label: zh('标题'), required: true, maxLength: 100 },
            { type: 'select', key: 'category', label: zh('分类'), optionsFrom: 'opinionCategories' },
            { type: 'textarea', key: 'situation', label: zh('情况反映'), required: true, maxLength: 1500, rows: 8 },
            { type: 'text', key: 'roadName', label: zh('道路名称'), pattern: 'doc_number' },
            { type: 'phone', key: 'phone', label: zh('联系电话') },
            { type: 'resident_id', key: 'idNumber', label: zh('身份证号'), sensitive: true },
            { type: 'attachments', key: 'photos', label: zh('照片'), maxFiles: 9, maxSize: 10_485_760, accept: ['image/*'] },
            { type: 'consent', key: 'privacy', label: zh('同意个人信息处理'), notice: zh('……'), noticeVersion: '2026-1', required: true },
          ],
        },
      ],
    },
  ],
  rules: [
    { when: { field: 'category', op: 'eq', value: 'environment' }, effect: 'show', targets: ['roadName'] },
    {
      when: { any: [{ field: 'phone', op: 'not_empty' }, { all: [{ field: 'category', op: 'in', value: ['livelihood'] }] }] },
      effect: 'require',
      targets: ['privacy'],
    },
  ],
  draftTtlDays: 7,
};

export const problem: Problem = {
  type: 'urn:tongxin:problem:illegal_transition',
  title: '当前状态下不能进行此操作',
  status: 409,
  code: 'illegal_transition',
  detail: 'proposal p_1 is answered',
  allowed: ['rate', 'rework'],
};
