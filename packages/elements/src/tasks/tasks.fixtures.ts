/**
 * Test and benchmark data for the task tracker: a county configuration with the reference server's
 * six stages and 2026 calendar, full tasks, and any number of list rows or tasks (deterministic).
 */
import type { CountyConfig, Task, TaskSummary, TaskType } from '@tongxin/core';

const zh = (s: string) => ({ 'zh-Hans': s });

/** The demo day (the seed's DEMO_TODAY): Friday 27 November 2026. */
export const TODAY = '2026-11-27';

/** The reference server's stages (seed county-config.json). */
export const STAGES: CountyConfig['taskStages'] = [
  { code: 'planned', label: { 'zh-Hans': '立项', en: 'Planned' }, roles: ['staff', 'admin'], progress: 0, bucket: 'todo' },
  { code: 'research', label: { 'zh-Hans': '调研视察', en: 'Research' }, roles: ['staff', 'member'], progress: 25, bucket: 'doing' },
  { code: 'consulted', label: { 'zh-Hans': '协商议政', en: 'Consulted' }, roles: ['staff'], progress: 45, bucket: 'doing' },
  { code: 'assigned', label: { 'zh-Hans': '交办落实', en: 'Assigned' }, roles: ['staff'], progress: 60, bucket: 'doing' },
  {
    code: 'answered',
    label: { 'zh-Hans': '已答复', 'zh-Hant': '已答覆', en: 'Answered' },
    roles: ['staff', 'unit'],
    progress: 80,
    bucket: 'answered',
    requires: ['reply_document'],
  },
  {
    code: 'fed_back',
    label: { 'zh-Hans': '已反馈', 'zh-Hant': '已回饋', en: 'Fed back' },
    roles: ['staff'],
    progress: 100,
    bucket: 'fed_back',
    final: true,
    requires: ['feedback'],
  },
];

export const UNITS: CountyConfig['units'] = [
  { id: 'u_housing', name: '盘锦市住房和城乡建设局', shortName: '市住建局', kind: 'government', active: true },
  { id: 'u_civil', name: '盘锦市民政局', shortName: '市民政局', kind: 'government', active: true },
  { id: 'u_eco', name: '盘锦市生态环境局', shortName: '市生态环境局', kind: 'government', active: true },
  { id: 'u_agri', name: '盘锦市农业农村局', shortName: '市农业农村局', kind: 'government', active: true },
  { id: 'u_edu', name: '盘锦市教育局', shortName: '市教育局', kind: 'government', active: true },
];

/** Panjin's configuration as far as the tracker reads it (2026 holidays and make-up days of the seed). */
export const CONFIG: CountyConfig = {
  tenant: '211100',
  name: zh('中国人民政治协商会议盘锦市委员会'),
  shortName: zh('盘锦市政协'),
  currentSession: { term: 9, meeting: 5 },
  proposalCategories: [{ code: 'other', label: zh('其他') }],
  opinionCategories: [{ code: 'livelihood', label: zh('民生保障') }],
  sectors: [{ code: 'rcckmt', label: zh('中国国民党革命委员会') }],
  units: UNITS,
  answerCategories: [
    { code: 'A', label: zh('已经解决或基本解决') },
    { code: 'B', label: zh('正在解决或列入计划解决') },
    { code: 'C', label: zh('因条件限制留作参考') },
  ],
  notFiledReasons: [{ code: 'personal', label: zh('为本人或亲属解决个人问题') }],
  deadlines: {
    replyWorkingDays: 66,
    handbackWorkingDays: 5,
    maxExtensionWorkingDays: 44,
    opinionReplyWorkingDays: 10,
    dueSoonWorkingDays: 5,
  },
  calendar: {
    holidays: ['2026-01-01', '2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'],
    workdays: ['2026-09-27', '2026-10-10'],
  },
  taskStages: STAGES,
  opinionPolicy: { identity: 'optional', notice: zh('本栏目不受理信访、涉诉事项。'), softLengthLimit: 1500 },
  privacy: { version: '2026-1', text: zh('仅用于办理您反映的问题。') },
  forms: {},
  reportLevels: [{ code: 'city', label: zh('市政协') }],
};

const STAFF = { id: 'u_staff', name: '王文', role: 'staff' as const };

/** A full task in a stage, with two dated updates (one internal) and a history to match. */
export function makeTask(over: Partial<Task> & Pick<Task, 'id'>): Task {
  return {
    tenant: '211100',
    title: '推进城镇老旧小区改造提质增效重点协商',
    type: 'key_consultation',
    year: 2026,
    leadUnitIds: ['u_housing'],
    assistingUnitIds: ['u_civil'],
    leadingParty: '民革盘锦市委会',
    leader: '刘副主席',
    participants: [{ id: 'm_001', name: '李明' }, { name: '特邀专家赵𣵦' }],
    plannedStart: '2026-03-10',
    plannedEnd: '2026-11-20',
    actualStart: '2026-03-10',
    summary: '内部工作内容：重点关注加装电梯、二次供水和养老托育配套。',
    publicSummary: '已完成调研，形成协商专报。',
    public: true,
    proposalIds: ['p_019'],
    opinionIds: ['o_011'],
    stageCode: 'assigned',
    progress: 60,
    updates: [
      {
        id: `${over.id}_u1`,
        at: '2026-04-02T10:15:00+08:00',
        author: { id: 'm_001', name: '李明', role: 'member' },
        text: '调研组赴双台子区开展实地调研，召开座谈会2次。',
        progress: 25,
        attachments: [],
        public: true,
      },
      {
        id: `${over.id}_u2`,
        at: '2026-06-18T15:40:00+08:00',
        author: STAFF,
        text: '市领导批示（内部）：请住建局牵头抓好落实。',
        progress: 60,
        attachments: [],
        public: false,
      },
    ],
    outcome: { adopted: true, adoptionNote: '协商专报获市领导批示' },
    feedback: {},
    history: [
      { at: '2026-02-26T10:00:00+08:00', action: 'create', to: 'planned', actor: STAFF },
      { at: '2026-04-01T09:00:00+08:00', action: 'move', from: 'planned', to: 'research', actor: STAFF },
      { at: '2026-05-20T09:00:00+08:00', action: 'move', from: 'research', to: 'consulted', actor: STAFF },
      { at: '2026-06-18T09:00:00+08:00', action: 'move', from: 'consulted', to: 'assigned', actor: STAFF },
    ],
    createdAt: '2026-02-26T10:00:00+08:00',
    updatedAt: '2026-06-18T15:40:00+08:00',
    version: 5,
    ...over,
  };
}

/** A small county: overdue, due soon, on time, finished, and one not public. */
export function fewTasks(): Task[] {
  return [
    makeTask({ id: 't_01' }),
    makeTask({
      id: 't_02',
      title: '辽河口湿地保护与生态修复专题视察',
      type: 'inspection',
      leadingParty: '九三学社盘锦市委会',
      leadUnitIds: ['u_eco'],
      assistingUnitIds: ['u_agri'],
      plannedEnd: '2026-12-02',
      stageCode: 'research',
      progress: 25,
      version: 3,
    }),
    makeTask({
      id: 't_03',
      title: '稻蟹综合种养产业提质增效调研',
      type: 'research',
      leadUnitIds: ['u_agri'],
      assistingUnitIds: [],
      plannedEnd: '2026-06-30',
      actualEnd: '2026-06-20',
      stageCode: 'fed_back',
      progress: 100,
      outcome: { resolution: 'A', adopted: true, carriedOut: true, carriedOutNote: '已按期落实' },
      feedback: { text: '委员满意', satisfaction: 'satisfied', at: '2026-06-25T15:00:00+08:00' },
      version: 9,
    }),
    withoutParty({
      id: 't_04',
      title: '重点提案“关于加强农村养老服务的建议”督办',
      type: 'supervised_proposal',
      leadUnitIds: ['u_civil'],
      assistingUnitIds: ['u_edu'],
      plannedEnd: '2027-03-31',
      stageCode: 'planned',
      progress: 0,
      public: false,
      version: 1,
    }),
  ];
}

function withoutParty(over: Partial<Task> & Pick<Task, 'id'>): Task {
  const { leadingParty: _none, ...task } = makeTask(over);
  return task;
}

const TYPES: TaskType[] = ['key_consultation', 'inspection', 'supervised_proposal', 'research', 'democratic_supervision'];
const TOPICS = ['老旧小区改造', '湿地保护', '稻蟹种养', '农村养老', '职业教育', '营商环境', '辽河治理', '社区治理', '文旅融合', '乡村振兴'];

/** `n` list rows spread over types, stages, units, two years and deadlines around {@link TODAY}. */
export function manyRows(n: number): TaskSummary[] {
  const rows: TaskSummary[] = [];
  for (let i = 0; i < n; i++) {
    const stage = STAGES[(i * 7) % STAGES.length]!;
    const day = new Date(Date.UTC(2026, 10, 27) + ((i * 37) % 240) * 86_400_000 - 120 * 86_400_000);
    const end = day.toISOString().slice(0, 10);
    rows.push({
      id: `t_${String(i).padStart(4, '0')}`,
      title: `${TOPICS[i % TOPICS.length]}第${i + 1}号任务`,
      type: TYPES[i % TYPES.length]!,
      year: i % 4 === 0 ? 2025 : 2026,
      stageCode: stage.code,
      progress: stage.progress,
      leadUnitIds: [UNITS[i % UNITS.length]!.id],
      ...(i % 3 === 0 && { leadingParty: '民革盘锦市委会' }),
      plannedEnd: end,
      ...(stage.final && { actualEnd: end }),
      updatedAt: '2026-11-01T09:00:00+08:00',
      version: 1 + (i % 5),
    });
  }
  return rows;
}

/** `n` full tasks whose list rows are {@link manyRows}`(n)` (for the server's store). */
export function manyTasks(n: number): Task[] {
  return manyRows(n).map(({ leadingParty, ...row }) => {
    const { leadingParty: _default, ...task } = makeTask(row);
    return leadingParty ? { ...task, leadingParty } : task;
  });
}
