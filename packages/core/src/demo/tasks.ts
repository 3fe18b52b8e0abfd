/**
 * 重点协商、重点视察任务 — the 18 key consultation and inspection tasks of the year, 7 of them led
 * by democratic parties and the federation of industry and commerce (民主党派和工商联牵头担纲7项, as
 * in the seed article), spread over every configured stage. DEMO DATA: titles follow 盘锦's real
 * concerns; dates, people and results are invented.
 */
import type { Actor, CountyConfig, Member, Proposal, Satisfaction, StatusChange, Task, TaskType } from '../contract/index.js';
import { addDays, DEMO_TODAY, daysBetween, onWorkingDay, stamp } from './calendar.js';
import { memberActor, memberById, STAFF, TENANT, unitActor } from './people.js';
import { Rng } from './random.js';
import { SECTOR_INFO } from './sectors.js';

interface TaskRow {
  id: string;
  title: string;
  type: TaskType;
  /** 牵头党派/团体. */
  leadingParty?: string;
  lead: string[];
  assisting: string[];
  /** The stage it has reached (a code of `config.taskStages`). */
  stage: string;
  start: string;
  end: string;
  /** Where the members went (for progress texts). */
  where: string;
  summary: string;
  /** Results, for the answered and fed-back stages. */
  result?: string;
  /** Source proposals besides the key proposals that point at the task. */
  proposalIds?: string[];
  opinionIds?: string[];
  /** Members besides the party's own. */
  participants?: string[];
  experts?: string[];
  satisfaction?: Satisfaction;
  public?: false;
}

const ROWS: readonly TaskRow[] = [
  {
    id: 't_01',
    title: '推进城镇老旧小区改造提质增效重点协商',
    type: 'key_consultation',
    leadingParty: '民革盘锦市委会',
    lead: ['u_housing'],
    assisting: ['u_civil', 'u_xlt'],
    stage: 'assigned',
    start: '2026-03-10',
    end: '2026-11-20',
    where: '双台子区、兴隆台区',
    summary: '围绕老旧小区改造内容、居民参与和长效管理开展协商，重点关注加装电梯、二次供水和养老托育配套。',
    proposalIds: ['p_019'],
    opinionIds: ['o_011'],
    participants: ['m_002'],
  },
  {
    id: 't_02',
    title: '辽河口湿地保护与生态修复专题视察',
    type: 'inspection',
    leadingParty: '九三学社盘锦市委会',
    lead: ['u_eco'],
    assisting: ['u_agri', 'u_dw'],
    stage: 'answered',
    start: '2026-04-15',
    end: '2026-12-15',
    where: '大洼区赵圈河镇、辽河口国家级自然保护区',
    summary: '视察退养还湿、芦苇湿地修复和候鸟栖息地保护情况。',
    result: '今年完成退养还湿1.2万亩，修复芦苇湿地3000亩，湿地巡护队伍扩充至60人。',
    proposalIds: ['p_024'],
    opinionIds: ['o_012'],
    participants: ['m_003'],
  },
  {
    id: 't_03',
    title: '稻蟹综合种养产业提质增效调研',
    type: 'research',
    lead: ['u_agri'],
    assisting: ['u_dw', 'u_ps'],
    stage: 'fed_back',
    start: '2026-03-20',
    end: '2026-10-31',
    where: '大洼区、盘山县',
    summary: '调研河蟹良种繁育、种养技术服务和稻蟹产品品牌建设。',
    result: '建设河蟹良种繁育基地1处，组建技术服务队12支，推广标准化种养30万亩。',
    proposalIds: ['p_026'],
    opinionIds: ['o_015'],
    participants: ['m_001'],
    experts: ['沈阳农业大学特邀专家'],
    satisfaction: 'satisfied',
  },
  {
    id: 't_04',
    title: '持续优化营商环境民主监督',
    type: 'democratic_supervision',
    leadingParty: '盘锦市工商联',
    lead: ['u_business'],
    assisting: ['u_dev'],
    stage: 'consulted',
    start: '2026-05-06',
    end: '2026-12-03',
    where: '市政务服务中心和部分民营企业',
    summary: '监督涉企审批“一件事一次办”、惠企政策兑现和涉企检查规范情况。',
    proposalIds: ['p_022'],
  },
  {
    id: 't_05',
    title: '深化职业教育产教融合重点协商',
    type: 'key_consultation',
    leadingParty: '民盟盘锦市委会',
    lead: ['u_edu'],
    assisting: ['u_hr'],
    stage: 'fed_back',
    start: '2026-03-16',
    end: '2026-10-30',
    where: '市内6所职业院校和石化企业',
    summary: '围绕市域产教联合体建设、订单式培养和毕业生留盘就业开展协商。',
    result: '组建石化产业市域产教联合体，开设订单班43个，毕业生本地就业率提高8个百分点。',
    opinionIds: ['o_014'],
    participants: ['m_004'],
    satisfaction: 'satisfied',
  },
  {
    id: 't_06',
    title: '紧密型县域医共体建设专题视察',
    type: 'inspection',
    leadingParty: '农工党盘锦市委会',
    lead: ['u_health'],
    assisting: ['u_ps'],
    stage: 'research',
    start: '2026-06-01',
    end: '2026-12-02',
    where: '盘山县医共体牵头医院和乡镇卫生院',
    summary: '视察医共体人员统筹、医保打包支付和药品统一管理情况。',
    opinionIds: ['o_013'],
    participants: ['m_005'],
  },
  {
    id: 't_07',
    title: '促进民营经济高质量发展重点协商',
    type: 'key_consultation',
    leadingParty: '民建盘锦市委会',
    lead: ['u_dev'],
    assisting: ['u_business', 'u_hr'],
    stage: 'answered',
    start: '2026-04-08',
    end: '2026-12-18',
    where: '兴隆台区、大洼区的民营企业',
    summary: '围绕融资、用工和市场准入问题开展协商，深入企业调研6次，召开座谈会2次。',
    result: '出台支持民营经济发展的20条措施，政府性融资担保规模扩大到30亿元。',
    opinionIds: ['o_010'],
  },
  {
    id: 't_08',
    title: '“一老一小”服务体系建设调研',
    type: 'research',
    leadingParty: '民进盘锦市委会',
    lead: ['u_civil'],
    assisting: ['u_health', 'u_edu'],
    stage: 'assigned',
    start: '2026-05-12',
    end: '2026-12-01',
    where: '各县区城乡社区',
    summary: '调研社区嵌入式养老、农村助餐和普惠托育服务供给情况。',
    proposalIds: ['p_027'],
    opinionIds: ['o_008'],
    participants: ['m_002'],
  },
  {
    id: 't_09',
    title: '重点提案督办：加快老旧小区加装电梯',
    type: 'supervised_proposal',
    lead: ['u_housing'],
    assisting: ['u_xlt'],
    stage: 'answered',
    start: '2026-07-01',
    end: '2026-12-20',
    where: '兴隆台区已加装电梯的小区',
    summary: '督办第一提案人李明委员等提出的加装电梯提案，推动简化审批、提高补贴。',
    result: '审批时限压缩至15个工作日，补贴标准提高至每部15万元，今年新开工加装电梯86部。',
    participants: ['m_001', 'm_002', 'm_003'],
  },
  {
    id: 't_10',
    title: '重点提案督办：推进紧密型县域医共体建设',
    type: 'supervised_proposal',
    lead: ['u_health'],
    assisting: ['u_ps'],
    stage: 'assigned',
    start: '2026-03-02',
    end: '2026-09-30',
    where: '盘山县',
    summary: '督办农工党盘锦市委会提出的医共体建设提案。',
  },
  {
    id: 't_11',
    title: '重点提案督办：推行职业院校订单式培养',
    type: 'supervised_proposal',
    lead: ['u_edu'],
    assisting: ['u_hr'],
    stage: 'fed_back',
    start: '2026-03-02',
    end: '2026-08-31',
    where: '市内职业院校',
    summary: '督办民盟盘锦市委会提出的产教融合提案。',
    result: '6所职业院校与32家企业开设订单班，订单培养学生1100余人。',
    satisfaction: 'satisfied',
  },
  {
    id: 't_12',
    title: '农村人居环境整治提升民主监督',
    type: 'democratic_supervision',
    lead: ['u_agri'],
    assisting: ['u_eco', 'u_dw', 'u_ps'],
    stage: 'consulted',
    start: '2026-06-15',
    end: '2026-12-25',
    where: '大洼区新开镇、盘山县高升镇等12个村',
    summary: '监督农村厕所改造、生活污水治理和稻田退水治理情况。',
    opinionIds: ['o_009'],
    participants: ['m_001'],
  },
  {
    id: 't_13',
    title: '城市公共交通线网优化专题视察',
    type: 'inspection',
    lead: ['u_transport'],
    assisting: [],
    stage: 'research',
    start: '2026-08-03',
    end: '2026-11-13',
    where: '中心城区和盘山县城公交线路',
    summary: '视察公交线网覆盖、城乡公交衔接和末班车时间安排。',
    opinionIds: ['o_003'],
  },
  {
    id: 't_14',
    title: '探索建立科技成果概念验证中心调研',
    type: 'research',
    lead: ['u_dev'],
    assisting: ['u_edu'],
    stage: 'assigned',
    start: '2026-04-20',
    end: '2026-12-31',
    where: '市内高校、科研院所和高新技术企业',
    summary: '调研科技成果转化中试熟化环节的短板，提出建设概念验证中心的路径。',
    participants: ['m_006', 'm_003'],
    public: false,
  },
  {
    id: 't_15',
    title: '促进高校毕业生留盘就业创业重点协商',
    type: 'key_consultation',
    lead: ['u_hr'],
    assisting: ['u_edu', 'u_business'],
    stage: 'planned',
    start: '2026-12-01',
    end: '2026-12-30',
    where: '市内高校和重点企业',
    summary: '围绕毕业生留盘就业政策、创业孵化和人才公寓开展协商。',
  },
  {
    id: 't_16',
    title: '红海滩景区文旅融合发展调研',
    type: 'research',
    lead: ['u_dw'],
    assisting: ['u_dev', 'u_transport'],
    stage: 'research',
    start: '2026-07-06',
    end: '2026-12-18',
    where: '大洼区红海滩景区及周边村屯',
    summary: '调研景区旺季交通组织、文旅产品开发和周边村民增收。',
    opinionIds: ['o_021'],
  },
  {
    id: 't_17',
    title: '重点提案督办：加强辽河口湿地候鸟栖息地保护',
    type: 'supervised_proposal',
    lead: ['u_eco'],
    assisting: [],
    stage: 'consulted',
    start: '2026-03-02',
    end: '2026-12-10',
    where: '辽河口湿地',
    summary: '督办九三学社盘锦市委会提出的候鸟栖息地保护提案。',
    participants: ['m_003'],
  },
  {
    id: 't_18',
    title: '推动政协协商与基层协商有效衔接调研',
    type: 'research',
    lead: ['u_civil'],
    assisting: ['u_sxtz', 'u_xlt', 'u_dw', 'u_ps'],
    stage: 'planned',
    start: '2026-12-01',
    end: '2026-12-31',
    where: '各县区委员工作站',
    summary: '总结界别、街道、村（社区）三类委员工作站运行情况，研究完善“协商于民、协商为民”工作机制。',
    public: false,
  },
];

/** 责任领导 — vice chairs and the secretary-general of the committee (invented names). */
const LEADERS = ['市政协副主席 刘建国', '市政协副主席 陈丽华', '市政协副主席 高志远', '市政协副主席 马晓东', '市政协秘书长 于海燕'];

/** What the public page says at each stage. */
const PUBLIC_STAGE_TEXT: Readonly<Record<string, string>> = {
  planned: '已列入年度重点协商计划，正在制定工作方案。',
  research: '正在开展调研视察。',
  consulted: '已召开协商会，正在形成协商成果。',
  assigned: '协商成果已获市领导批示，交有关部门落实。',
  answered: '有关部门已书面答复落实情况。',
  fed_back: '落实情况已向委员反馈。',
};

const SATISFACTION_LABEL: Record<Satisfaction, string> = { satisfied: '满意', basically_satisfied: '基本满意', dissatisfied: '不满意' };

export interface TaskContext {
  config: CountyConfig;
  members: readonly Member[];
  proposals: readonly Proposal[];
}

/** Builds the tasks with stage histories and dated progress updates. */
export function buildTasks(ctx: TaskContext): Task[] {
  const rng = new Rng(0x7a5c);
  return ROWS.map((row, i) => buildTask(row, LEADERS[i % LEADERS.length]!, ctx, rng));
}

function buildTask(row: TaskRow, leader: string, ctx: TaskContext, rng: Rng): Task {
  const { config, members, proposals } = ctx;
  const calendar = config.calendar;
  const stages = config.taskStages;
  const current = stages.findIndex((s) => s.code === row.stage);
  if (current < 0) throw new Error(`[tongxin] seed: ${row.id} names an unknown stage ${row.stage}`);
  const unitName = (id: string) => config.units.find((u) => u.id === id)?.shortName ?? id;
  const leadName = row.lead.map(unitName).join('、');

  // Who took part: the leading party's members, the named members, a few more, invited experts.
  const partySector = row.leadingParty ? Object.entries(SECTOR_INFO).find(([, info]) => info.party === row.leadingParty)?.[0] : undefined;
  const named = (row.participants ?? []).map((id) => memberById(members, id));
  const partyMembers = members.filter((m) => partySector && m.sectorCode === partySector && !named.includes(m)).slice(0, 2);
  const more = rng.sample(
    members.filter((m) => !named.includes(m) && !partyMembers.includes(m)),
    rng.int(2, 4),
  );
  const people = [...partyMembers, ...named, ...more];
  const participants = [...people.map((m) => ({ id: m.id, name: m.name })), ...(row.experts ?? []).map((name) => ({ name }))];

  // Stage dates: spread evenly from the start to the last move, which lies before the planned end
  // and a few days before the demo's "today".
  const earliest = (...days: string[]) => days.sort()[0]!;
  // Listed when the year's plan was adopted (26 February) or, for later additions, shortly before they start.
  const listed = earliest(addDays(row.start, -rng.int(5, 12)), addDays(DEMO_TODAY, -2));
  const created = onWorkingDay(listed < '2026-02-26' ? '2026-02-26' : listed, calendar);
  const createdAt = stamp(created, '10:00');
  const last = earliest(addDays(row.end, -rng.int(2, 10)), addDays(DEMO_TODAY, -rng.int(3, 12)));
  const span = Math.max(daysBetween(row.start, last), current * 4);
  const stageDay = (k: number) => onWorkingDay(addDays(row.start, Math.round((span * k) / Math.max(current, 1)) - 2), calendar);

  const history: StatusChange[] = [{ at: createdAt, action: 'create', to: stages[0]!.code, actor: STAFF, note: '列入年度重点协商计划' }];
  const updates: Task['updates'] = [];
  const firstMember = people[0];
  const addUpdate = (day: string, author: Actor, text: string, progress: number, isPublic = true) => {
    updates.push({
      id: `${row.id}_u${updates.length + 1}`,
      at: stamp(day, rng.time('09:00', '17:00')),
      author,
      text,
      progress,
      attachments: [],
      public: isPublic,
    });
  };
  if (current === 0) addUpdate(created, STAFF, `已制定工作方案，确定${row.where}为调研点。`, 0, false);

  let endDay = created;
  for (let k = 1; k <= current; k++) {
    const stage = stages[k]!;
    const day = stageDay(k);
    endDay = day;
    const mover = stage.code === 'answered' ? unitActor(config, row.lead[0]!) : STAFF;
    history.push({ at: stamp(day, '09:00'), action: 'move', from: stages[k - 1]!.code, to: stage.code, actor: mover });
    const text = progressText(row, stage.code, leadName, rng);
    const author = stage.code === 'research' && firstMember ? memberActor(firstMember) : mover;
    // Leaders' instructions (批示) stay internal; the rest of a public task's progress is public.
    addUpdate(day, author, text, stage.progress, row.public !== false && stage.code !== 'assigned');
  }

  const reached = (code: string) => stages.findIndex((s) => s.code === code) <= current;
  const final = stages[current]!.final === true;
  const linked = proposals.filter((p) => p.taskId === row.id).map((p) => p.id);
  const proposalIds = [...new Set([...linked, ...(row.proposalIds ?? [])])];
  const outcome: Task['outcome'] = reached('answered')
    ? {
        resolution: final ? 'A' : 'B',
        adopted: true,
        adoptionNote: '协商建议已被市委、市政府采纳',
        ...(final ? { carriedOut: true, carriedOutNote: row.result ?? '已按期落实' } : { carriedOutNote: row.result ?? '正在落实' }),
      }
    : reached('assigned')
      ? { adopted: true, adoptionNote: '协商专报获市领导批示' }
      : {};
  const satisfaction = row.satisfaction ?? 'satisfied';
  const feedback: Task['feedback'] = final
    ? {
        text: `落实情况已向参加委员反馈，满意度测评结果为“${SATISFACTION_LABEL[satisfaction]}”。`,
        satisfaction,
        at: stamp(endDay, '15:00'),
      }
    : {};
  const times = [...history.map((h) => h.at), ...updates.map((u) => u.at)].sort();

  return {
    id: row.id,
    tenant: TENANT,
    title: row.title,
    type: row.type,
    year: 2026,
    leadUnitIds: row.lead,
    assistingUnitIds: row.assisting,
    ...(row.leadingParty ? { leadingParty: row.leadingParty } : {}),
    leader,
    participants,
    plannedStart: row.start,
    plannedEnd: row.end,
    ...(current > 0 ? { actualStart: row.start < DEMO_TODAY ? row.start : created } : {}),
    ...(final ? { actualEnd: endDay } : {}),
    summary: row.summary,
    publicSummary: `${PUBLIC_STAGE_TEXT[row.stage] ?? ''}${row.result && reached('answered') ? row.result : ''}`,
    public: row.public !== false,
    proposalIds,
    opinionIds: row.opinionIds ?? [],
    stageCode: row.stage,
    progress: stages[current]!.progress,
    updates,
    outcome,
    feedback,
    history,
    createdAt,
    updatedAt: times[times.length - 1]!,
    version: history.length + updates.length,
  };
}

/** The progress note posted when a task reaches a stage, worded for its type. */
function progressText(row: TaskRow, stage: string, leadName: string, rng: Rng): string {
  const who = row.leadingParty ?? '市政协有关专委会';
  const assisting = row.assisting.length > 0 ? '、有关单位配合' : '';
  switch (stage) {
    case 'research':
      switch (row.type) {
        case 'inspection':
          return `${who}组织委员赴${row.where}开展专题视察，实地察看${rng.int(4, 9)}个点位，听取${leadName}情况汇报。`;
        case 'supervised_proposal':
          return `召开重点提案督办推进会，听取${leadName}办理进展，实地察看${row.where}落实情况。`;
        case 'democratic_supervision':
          return `民主监督小组赴${row.where}开展监督检查，梳理问题${rng.int(6, 15)}个，形成问题清单。`;
        case 'research':
          return `调研组赴${row.where}开展实地调研，发放问卷${rng.int(3, 9) * 100}份，召开座谈会${rng.int(1, 3)}次。`;
        default:
          return `${who}组织委员赴${row.where}开展专题调研，走访相关部门和基层单位${rng.int(6, 14)}家，收集意见建议${rng.int(15, 40)}条。`;
      }
    case 'consulted':
      return row.type === 'supervised_proposal'
        ? `召开提案办理协商会，提案人与${leadName}面对面商定办理方案。`
        : `召开专题协商会，${rng.int(8, 15)}名委员和界别群众代表发言，${leadName}负责同志现场回应，会后形成协商专报报送市委、市政府。`;
    case 'assigned':
      return row.type === 'supervised_proposal'
        ? `市政府分管领导听取督办情况汇报，要求${leadName}牵头${assisting}按期办结。`
        : `市领导对协商成果作出批示，交${leadName}牵头${assisting}落实，明确完成时限。`;
    case 'answered':
      return `${leadName}报送书面落实情况：${row.result ?? '各项建议正在落实。'}`;
    case 'fed_back':
      return '召开成果反馈会，向参加活动的委员通报落实情况并开展满意度测评。';
    default:
      return '工作推进中。';
  }
}
