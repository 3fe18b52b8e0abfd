/**
 * 社情民意 — opinions from citizens and members, at least two in every status, each with a
 * tracking code and the 8-digit query password the reporter was given (the server stores it hashed).
 * DEMO DATA: every story, name and phone number is invented.
 */
import type { Actor, CountyConfig, Member, Opinion, OpinionStatus, StatusChange } from '../contract/index.js';
import { addDays, addWorkingDays, daysBetween, onWorkingDay, stamp } from './calendar.js';
import type { Geography } from './geography.js';
import { findVillage, placeName } from './geography.js';
import { memberActor, memberById, STAFF, TENANT } from './people.js';
import { Rng, trackingCode } from './random.js';
import type { StationPlan } from './workstations.js';

/** An opinion as seeded: the record and the plaintext query password handed to the reporter. */
export interface DemoOpinion {
  opinion: Opinion;
  /** 查询密码, 8 digits; the server stores only its hash. */
  queryPassword: string;
}

/** Staff steps, each named after its `OpinionAction` and leading to one status. */
type Step = 'receive' | 'not_accept' | 'start_editing' | 'edit' | 'report' | 'record_adoption' | 'record_instruction' | 'archive' | 'close';

const STEP_TO: Record<Step, OpinionStatus> = {
  receive: 'received',
  not_accept: 'not_accepted',
  start_editing: 'editing',
  edit: 'edited',
  report: 'reported',
  record_adoption: 'adopted',
  record_instruction: 'instructed',
  archive: 'archived',
  close: 'closed',
};

/** Days each step usually takes after the previous one (min, max). */
const STEP_DAYS: Record<Step, [number, number]> = {
  receive: [1, 2],
  not_accept: [1, 3],
  start_editing: [1, 3],
  edit: [2, 5],
  report: [2, 4],
  record_adoption: [7, 15],
  record_instruction: [3, 8],
  archive: [3, 7],
  close: [5, 12],
};

/** The usual way to each status; a row may give its own `path` (archived, closed). */
const PATHS: Record<OpinionStatus, Step[]> = {
  submitted: [],
  received: ['receive'],
  not_accepted: ['not_accept'],
  editing: ['receive', 'start_editing'],
  edited: ['receive', 'start_editing', 'edit'],
  reported: ['receive', 'start_editing', 'edit', 'report'],
  adopted: ['receive', 'start_editing', 'edit', 'report', 'record_adoption'],
  instructed: ['receive', 'start_editing', 'edit', 'report', 'record_adoption', 'record_instruction'],
  archived: ['receive', 'archive'],
  closed: ['receive', 'close'],
};

/** Who reported: nobody named, a citizen with a phone, or a member. */
type ReporterRow = 'anonymous' | { citizen: string; organization?: string; position?: string } | { member: string };

interface OpinionRow {
  id: string;
  status: OpinionStatus;
  /** The day it came in. */
  date: string;
  title: string;
  situation: string;
  analysis?: string;
  suggestions?: string;
  category: string;
  reporter: ReporterRow;
  /** Town, village and an address detail. */
  place?: readonly [town: string, village: string, detail?: string];
  /** Also give map coordinates. */
  point?: true;
  /** Came in through the village station's map entry. */
  viaStation?: true;
  path?: Step[];
  /** 核稿 title (the body is the situation, analysis and suggestions). */
  editedTitle?: string;
  /** Report levels, 'city' by default. */
  levels?: string[];
  adoption?: 'single' | 'combined';
  instruction?: { by: string; text: string };
  /** Reason of a refusal or an archiving. */
  note?: string;
  reasonCode?: string;
  /** Replies, each given on the day of a step ('submit' for the day it came in). */
  replies?: { step: Step; text: string; public: boolean; from?: string }[];
  /** The proposal this opinion was converted from (提案转社情民意). */
  fromProposal?: string;
  cosignerNames?: string[];
  publish?: false;
}

const OFFICE = '盘锦市政协办公室';

const ROWS: readonly OpinionRow[] = [
  {
    id: 'o_001',
    status: 'submitted',
    date: '2026-11-25',
    title: '关于惠宾社区北侧道路路灯夜间不亮的反映',
    situation: '惠宾社区北侧道路约300米路段的路灯已连续多日夜间不亮，行人和电动自行车夜间通行存在安全隐患。',
    suggestions: '建议有关部门尽快排查线路并修复。',
    category: 'traffic',
    reporter: 'anonymous',
    place: ['振兴街道', '惠宾社区', '北侧道路'],
    point: true,
  },
  {
    id: 'o_002',
    status: 'submitted',
    date: '2026-11-26',
    title: '关于锦绣社区楼道堆放杂物存在消防隐患的反映',
    situation: '锦绣社区部分老旧楼栋楼道内长期堆放纸箱、旧家具，还有居民把电动自行车推进楼道充电，堵塞疏散通道，取暖期火灾风险加大。',
    suggestions: '建议社区联合物业集中清理，并在小区内设置电动自行车集中充电点。',
    category: 'livelihood',
    reporter: { citizen: '刘桂芳' },
    place: ['振兴街道', '锦绣社区', '7号楼'],
    viaStation: true,
  },
  {
    id: 'o_003',
    status: 'submitted',
    date: '2026-11-06',
    title: '关于盘山县城至兴隆台区公交末班车时间过早的反映',
    situation: '盘山县城至兴隆台区的公交末班车17时30分发车，下班较晚的职工和晚自习后的学生难以乘车返回。',
    suggestions: '建议工作日晚高峰加开班次，将末班车延后至19时。',
    category: 'traffic',
    reporter: 'anonymous',
    place: ['太平街道', '繁荣社区', '公交站'],
  },
  {
    id: 'o_004',
    status: 'received',
    date: '2026-11-16',
    title: '关于大洼街道农贸市场周边占道经营的反映',
    situation: '大洼街道农贸市场南门外的早市摊位占用机动车道，早7时至9时车辆和行人混行，多次发生剐蹭。',
    suggestions: '建议划定临时疏导区，引导摊贩入场经营，早高峰安排人员疏导。',
    category: 'livelihood',
    reporter: { citizen: '张立新' },
    place: ['大洼街道', '迎宾社区', '农贸市场南门'],
    replies: [{ step: 'receive', text: '您反映的问题已受理，已转请大洼区城市管理部门核实处理。', public: true }],
  },
  {
    id: 'o_005',
    status: 'received',
    date: '2026-11-18',
    title: '关于学府社区周边学校上下学时段交通拥堵的反映',
    situation: '学府社区附近两所学校放学时间相同，家长接送车辆集中停靠，校门口道路经常拥堵二十分钟以上。',
    suggestions: '建议两校错峰放学，设置临时接送车位，高峰时段安排交警疏导。',
    category: 'education',
    reporter: 'anonymous',
    place: ['创新街道', '学府社区'],
  },
  {
    id: 'o_006',
    status: 'not_accepted',
    date: '2026-10-20',
    title: '关于本人劳动争议案件久拖不决的反映',
    situation: '本人与原工作单位的劳动争议已进入诉讼程序一年多，至今没有判决结果。',
    category: 'other',
    reporter: { citizen: '高永福' },
    reasonCode: 'litigation',
    note: '所反映事项已进入诉讼程序，不属于社情民意信息受理范围。',
    replies: [
      {
        step: 'not_accept',
        text: '您好，您反映的事项已进入司法程序，按规定不属于本栏目受理范围。建议您向受理法院了解案件进度，或拨打12348公共法律服务热线咨询。',
        public: true,
      },
    ],
  },
  {
    id: 'o_007',
    status: 'not_accepted',
    date: '2026-11-03',
    title: '关于单位干部提拔调整的意见',
    situation: '认为所在单位近期的干部调整不合理。',
    category: 'other',
    reporter: 'anonymous',
    reasonCode: 'out_of_scope',
    note: '组织人事事项不属于本栏目受理范围。',
    replies: [{ step: 'not_accept', text: '您好，组织人事方面的意见请向有关组织部门反映，本栏目不予受理。', public: true }],
  },
  {
    id: 'o_008',
    status: 'editing',
    date: '2026-11-05',
    title: '关于农村留守老人助餐服务覆盖不足的情况反映',
    situation: '荣兴街道所辖村屯60岁以上留守老人约占常住人口三成，目前只有一处村级助餐点，住得远的老人难以按时吃上热饭。',
    analysis: '村级助餐点运营主要依靠村集体经济，补贴标准低，志愿者队伍不稳定。',
    suggestions: '建议将农村助餐点纳入养老服务补贴范围，推广“中心户+送餐”模式。',
    category: 'livelihood',
    reporter: { member: 'm_001' },
    place: ['荣兴街道', '稻香村'],
    viaStation: true,
  },
  {
    id: 'o_009',
    status: 'editing',
    date: '2026-11-09',
    title: '关于稻田退水影响周边沟渠水质的反映',
    situation: '每年秋季稻田集中退水期间，新开镇部分沟渠水体发黑发臭，影响周边养殖户用水。',
    analysis: '退水未经沉淀直接排入沟渠，部分农户施肥用药偏多。',
    suggestions: '建议建设生态沟渠和退水沉淀塘，推广测土配方施肥。',
    category: 'environment',
    reporter: { citizen: '孟庆山' },
    place: ['新开镇', '腰岗子村', '东干渠'],
    point: true,
    viaStation: true,
  },
  {
    id: 'o_010',
    status: 'edited',
    date: '2026-10-22',
    title: '关于中小微企业融资难融资贵问题的反映',
    situation: '走访兴隆台区部分小微企业了解到，企业普遍缺少抵押物，银行贷款审批周期长，部分企业转向民间借贷，综合融资成本超过10%。',
    analysis: '政府性融资担保覆盖面不足，银企信息不对称。',
    suggestions: '建议扩大政府性融资担保规模，搭建银企对接线上平台，推广“信易贷”。',
    category: 'business',
    reporter: { member: 'm_002' },
    editedTitle: '关于缓解我市小微企业融资难的建议',
  },
  {
    id: 'o_011',
    status: 'edited',
    date: '2026-10-28',
    title: '关于老旧小区二次供水设施老化的反映',
    situation: '双台子区部分2000年前建成的小区二次供水水箱锈蚀，居民反映自来水有异味，夏季用水高峰水压不足。',
    suggestions: '建议将二次供水设施改造纳入老旧小区改造内容，明确产权移交和日常维护责任。',
    category: 'livelihood',
    reporter: 'anonymous',
    place: ['胜利街道', '民主社区'],
    editedTitle: '关于加快老旧小区二次供水设施改造的建议',
  },
  {
    id: 'o_012',
    status: 'reported',
    date: '2026-10-12',
    title: '关于辽河口湿地周边违规垂钓、踩踏芦苇的反映',
    situation: '赵圈河镇红海滩周边部分湿地沟汊有游客违规垂钓、踩踏芦苇，个别地方出现生活垃圾堆积。',
    analysis: '巡护力量不足，警示标识少，部分游客生态保护意识不强。',
    suggestions: '建议增设警示标识和视频监控，组织志愿者巡护，加大对违规行为的劝导和处罚力度。',
    category: 'environment',
    reporter: { member: 'm_003' },
    place: ['赵圈河镇', '红海滩村', '湿地沟汊'],
    point: true,
    editedTitle: '关于加强辽河口湿地日常巡护的建议',
  },
  {
    id: 'o_013',
    status: 'reported',
    date: '2026-10-08',
    title: '关于县域医共体内药品目录不统一的反映',
    situation: '盘山县医共体牵头医院与乡镇卫生院用药目录不一致，慢病患者在卫生院开不到医院处方的药品，只能往返县城。',
    analysis: '医共体内药品统一采购、统一配送尚未完全落实。',
    suggestions: '建议统一医共体内用药目录，建立上下级医疗机构药品联动配送机制。',
    category: 'education',
    reporter: { citizen: '于晓燕', organization: '盘山县某乡镇卫生院', position: '医生' },
    levels: ['city', 'province'],
    editedTitle: '关于统一县域医共体用药目录的建议',
  },
  {
    id: 'o_014',
    status: 'adopted',
    date: '2026-09-15',
    title: '关于职业院校毕业生本地就业率偏低的反映',
    situation: '我市职业院校石化、智能制造类专业毕业生本地就业率不足四成，而本地石化企业反映技术工人招工难。',
    analysis: '专业设置与企业需求衔接不紧，企业提供的实习岗位少，薪酬竞争力不足。',
    suggestions: '建议推行订单式培养，建立校企联合实训基地，对留盘就业的毕业生给予补贴。',
    category: 'education',
    reporter: { member: 'm_004' },
    adoption: 'single',
    editedTitle: '关于提高职业院校毕业生留盘就业率的建议',
  },
  {
    id: 'o_015',
    status: 'adopted',
    date: '2026-09-02',
    title: '关于河蟹养殖保险覆盖不足的反映',
    situation: '稻蟹种养户反映河蟹养殖保险险种少、保费高，遇到高温、洪涝天气损失难以弥补。',
    suggestions: '建议开发河蟹养殖地方特色保险并给予保费补贴。',
    category: 'business',
    reporter: 'anonymous',
    place: ['荣兴街道', '蟹田村'],
    adoption: 'combined',
    editedTitle: '关于发展稻蟹种养特色保险的建议',
  },
  {
    id: 'o_016',
    status: 'instructed',
    date: '2026-08-20',
    title: '关于乡村公路养护资金不足的反映',
    situation: '部分通村公路建成已超过十年，路面破损、路肩缺失，养护资金主要靠乡镇自筹，难以保障。',
    suggestions: '建议落实农村公路养护资金省市县分担机制，推行“路长制”。',
    category: 'traffic',
    reporter: { member: 'm_001' },
    adoption: 'single',
    editedTitle: '关于建立农村公路养护资金保障机制的建议',
    instruction: { by: '市政府分管副市长', text: '请市交通运输局会同各县区研究，提出农村公路养护资金保障方案。' },
  },
  {
    id: 'o_017',
    status: 'instructed',
    date: '2026-08-10',
    title: '关于部分小区冬季供暖温度不达标的反映',
    situation: '上个供暖季，兴隆台区部分小区室温长期低于18℃，居民多次向供热企业反映未得到解决。',
    suggestions: '建议建立室温监测平台，对不达标的供热企业依规处罚并退还部分热费。',
    category: 'livelihood',
    reporter: { citizen: '刘桂芳' },
    place: ['兴隆街道', '双兴社区'],
    adoption: 'single',
    editedTitle: '关于提升城市供热质量的建议',
    instruction: { by: '市委领导', text: '请市住建局督促供热企业在本供暖季前完成老旧管网改造。' },
    replies: [{ step: 'record_instruction', text: '您反映的问题已获市领导批示，市住建局已部署供热管网改造。', public: true }],
  },
  {
    id: 'o_018',
    status: 'archived',
    date: '2026-10-15',
    title: '关于在城区增设湿地主题城市雕塑的建议',
    situation: '建议在城区主要广场增设体现湿地文化的城市雕塑。',
    category: 'other',
    reporter: 'anonymous',
    note: '有关部门正在编制城市公共艺术规划，信息留存备查。',
  },
  {
    id: 'o_019',
    status: 'archived',
    date: '2026-09-25',
    title: '关于湖滨公园健身器材损坏的反映',
    situation: '辽河街道湖滨公园的健身器材部分损坏，老人和孩子使用时存在安全隐患。',
    category: 'livelihood',
    reporter: { citizen: '邵春梅' },
    place: ['辽河街道', '湖滨社区', '湖滨公园'],
    viaStation: true,
    path: ['receive', 'start_editing', 'archive'],
    note: '已由社区协调修复，信息留存，不再编报。',
    replies: [{ step: 'archive', text: '您反映的健身器材已修复，感谢您的关注。', public: true }],
  },
  {
    id: 'o_020',
    status: 'closed',
    date: '2026-10-09',
    title: '关于后岗子村村口路灯损坏的反映',
    situation: '陆家镇后岗子村村口三盏路灯已坏两个月，夜间出行不便。',
    suggestions: '请尽快维修。',
    category: 'livelihood',
    reporter: { citizen: '侯德成' },
    place: ['陆家镇', '后岗子村', '村口'],
    viaStation: true,
    replies: [{ step: 'close', text: '经协调陆家镇人民政府，村口路灯已修复。感谢您的反映。', public: true }],
  },
  {
    id: 'o_021',
    status: 'closed',
    date: '2026-07-20',
    title: '关于红海滩景区旺季交通疏导的建议',
    situation: '国庆、“五一”期间红海滩景区周边道路拥堵严重，停车场不足，游客下车后步行距离长。',
    suggestions: '建议旺季开通景区接驳专线，设置临时停车场并发布实时路况。',
    category: 'traffic',
    reporter: { member: 'm_006' },
    cosignerNames: ['赵红'],
    path: ['receive', 'start_editing', 'edit', 'report', 'record_adoption', 'record_instruction', 'close'],
    adoption: 'single',
    editedTitle: '关于做好红海滩景区旺季交通组织的建议',
    instruction: { by: '市政府分管副市长', text: '请市交通运输局、大洼区政府研究落实。' },
    replies: [
      { step: 'record_instruction', text: '已转市交通运输局、大洼区人民政府办理。', public: false },
      { step: 'close', text: '市交通运输局已在国庆假期开通景区接驳专线，感谢您的建议。', public: true, from: '盘锦市交通运输局' },
    ],
  },
  {
    id: 'o_022',
    status: 'closed',
    date: '2026-10-30',
    title: '关于福寿社区卫生服务站周末不开诊的反映',
    situation: '太平街道福寿社区卫生服务站周六、周日不开诊，老人周末看病只能去县医院。',
    category: 'education',
    reporter: 'anonymous',
    place: ['太平街道', '福寿社区'],
    replies: [{ step: 'close', text: '经盘山县卫生健康局协调，该站自11月起实行周末轮班开诊。', public: true }],
  },
  {
    id: 'o_023',
    status: 'edited',
    date: '2026-07-16',
    title: '关于振兴街道部分小区周边夜市噪声扰民的反映',
    situation: '振兴街道泰山社区周边夜市经营至凌晨，烧烤油烟和噪声影响周边居民休息。',
    suggestions: '建议划定夜市经营区域和时段，加强油烟和噪声执法。',
    category: 'livelihood',
    reporter: { member: 'm_005' },
    place: ['振兴街道', '泰山社区'],
    fromProposal: 'p_032',
    editedTitle: '关于规范城区夜市经营秩序的建议',
  },
  {
    id: 'o_024',
    status: 'received',
    date: '2026-11-12',
    title: '关于陆家镇部分村屯客运班车停运的反映',
    situation: '陆家镇王家窝棚村、河沿村的城乡客运班车今年停运，村民进城看病、办事需要步行三公里到镇上乘车。',
    suggestions: '建议开通预约响应式客运，或与校车、邮政车辆统筹运营。',
    category: 'traffic',
    reporter: { member: 'm_004' },
    place: ['陆家镇', '王家窝棚村'],
    fromProposal: 'p_033',
  },
];

/** Context the opinion builder needs. */
export interface OpinionContext {
  config: CountyConfig;
  geo: Geography;
  stations: StationPlan;
  members: readonly Member[];
}

/** Builds the opinions; the count per station feeds each station's `opinionCount`. */
export function buildOpinions(ctx: OpinionContext): DemoOpinion[] {
  const rng = new Rng(0x0919);
  const codes = new Set<string>();
  return ROWS.map((row) => {
    let code = trackingCode(rng);
    while (codes.has(code)) code = trackingCode(rng);
    codes.add(code);
    return { opinion: buildOpinion(row, code, ctx, rng), queryPassword: rng.digits(8) };
  });
}

/** Issue of the fortnightly 《社情民意》 journal an edit of that date went into. */
function journalIssue(date: string): string {
  return `2026年第${Math.floor(daysBetween('2026-01-01', date) / 14) + 1}期`;
}

function buildOpinion(row: OpinionRow, code: string, ctx: OpinionContext, rng: Rng): Opinion {
  const { config, geo, stations, members } = ctx;
  const calendar = config.calendar;
  const created = stamp(row.date, rng.time('07:30', '22:00'));

  // The reporter and the actor of the first history entry.
  let reporter: Opinion['reporter'];
  let firstActor: Actor;
  if (row.reporter === 'anonymous') {
    reporter = { anonymous: true };
    firstActor = { role: 'anonymous' };
  } else if ('member' in row.reporter) {
    const member = memberById(members, row.reporter.member);
    reporter = { anonymous: false, name: member.name, identity: 'member', memberId: member.id };
    firstActor = memberActor(member);
  } else {
    const { citizen, organization, position } = row.reporter;
    reporter = {
      anonymous: false,
      name: citizen,
      phone: `139${rng.digits(8)}`,
      identity: 'other',
      ...(organization ? { organization } : {}),
      ...(position ? { position } : {}),
    };
    firstActor = citizen === '刘桂芳' ? { id: 'u_citizen', name: citizen, role: 'citizen' } : { name: citizen, role: 'citizen' };
  }

  const history: StatusChange[] = row.fromProposal
    ? [{ at: created, action: 'convert_from_proposal', to: 'submitted', actor: STAFF, note: '经提案人同意，由提案转为社情民意信息' }]
    : [{ at: created, action: 'submit', to: 'submitted', actor: firstActor }];
  const replies: Opinion['replies'] = [];
  const uptake: Opinion['uptake'] = [];
  let edited: Opinion['edited'];
  let issue: string | undefined;
  const replyAt = (step: Step | 'submit', date: string) => {
    for (const reply of row.replies?.filter((r) => r.step === step) ?? []) {
      replies.push({
        id: `${row.id}_r${replies.length + 1}`,
        at: stamp(date, '16:30'),
        text: reply.text,
        from: reply.from ?? OFFICE,
        public: reply.public,
      });
    }
  };

  let day = row.date;
  let status = 'submitted' as OpinionStatus;
  const levels = row.levels ?? ['city'];
  for (const step of row.path ?? PATHS[row.status]) {
    const [min, max] = STEP_DAYS[step];
    day = onWorkingDay(addDays(day, rng.int(min, max)), calendar);
    const at = stamp(day, rng.time('08:30', '16:00'));
    const change = (extra: Partial<StatusChange> = {}) => {
      history.push({ at, action: step, from: status, to: STEP_TO[step], actor: STAFF, ...extra });
      status = STEP_TO[step];
    };
    switch (step) {
      case 'not_accept':
        change({ ...(row.reasonCode ? { reasonCode: row.reasonCode } : {}), ...(row.note ? { note: row.note } : {}) });
        break;
      case 'edit': {
        const body = [row.situation, row.analysis, row.suggestions].filter(Boolean).join('\n');
        edited = { title: row.editedTitle ?? row.title, body, by: STAFF, at };
        issue = journalIssue(day);
        change({ note: `编入《社情民意》${issue}` });
        break;
      }
      case 'report':
        // One report per level (e.g. to the city and on to the province).
        for (const [i, level] of levels.entries()) {
          let reportedAt = at;
          if (i > 0) {
            day = onWorkingDay(addDays(day, rng.int(2, 5)), calendar);
            reportedAt = stamp(day, rng.time('08:30', '16:00'));
          }
          uptake.push({ level, reportedAt, instructions: [] });
          const label = config.reportLevels.find((l) => l.code === level)?.label['zh-Hans'] ?? level;
          history.push({ at: reportedAt, action: 'report', from: status, to: 'reported', actor: STAFF, note: `报送${label}` });
          status = 'reported';
        }
        break;
      case 'record_adoption': {
        const first = uptake[0]!;
        first.adoption = row.adoption ?? 'single';
        first.adoptedAt = at;
        change({ note: first.adoption === 'single' ? '单篇采用' : '综合采用' });
        break;
      }
      case 'record_instruction':
        uptake[0]!.instructions.push({
          by: row.instruction?.by ?? '市领导',
          text: row.instruction?.text ?? '请有关部门研究办理。',
          at: day,
        });
        change();
        break;
      case 'archive':
        change(row.note ? { note: row.note } : {});
        break;
      default:
        change();
    }
    replyAt(step, day);
  }
  if (status !== row.status) throw new Error(`[tongxin] seed: ${row.id} ends in ${status}, not ${row.status}`);

  const village = row.place ? findVillage(geo, row.place[0], row.place[1]) : undefined;
  const location: Opinion['location'] | undefined = village
    ? {
        divisionCode: village.code,
        address: `${placeName(village)}${row.place?.[2] ?? ''}`,
        ...(row.point ? { point: { ...village.point, crs: 'WGS84' as const } } : {}),
      }
    : undefined;
  const times = [...history.map((h) => h.at), ...replies.map((r) => r.at)].sort();

  return {
    id: row.id,
    tenant: TENANT,
    trackingCode: code,
    title: row.title,
    situation: row.situation,
    ...(row.analysis ? { analysis: row.analysis } : {}),
    ...(row.suggestions ? { suggestions: row.suggestions } : {}),
    categoryCode: row.category,
    ...(row.cosignerNames ? { cosignerNames: row.cosignerNames } : {}),
    ...(location ? { location } : {}),
    ...(row.viaStation && village ? { workstationId: stations.byVillage(village.code).id } : {}),
    publish: row.publish === false ? { consent: false, reason: '涉及个人信息' } : { consent: true },
    reporter,
    attachments: [],
    ...(reporter.anonymous || reporter.identity === 'member' ? {} : { privacyConsent: { version: config.privacy.version, at: created } }),
    status,
    history,
    ...(edited ? { edited } : {}),
    ...(issue ? { journalIssue: issue } : {}),
    uptake,
    replies,
    dueDate: addWorkingDays(row.date, config.deadlines.opinionReplyWorkingDays, calendar),
    createdAt: created,
    updatedAt: times[times.length - 1]!,
    version: history.length + replies.length,
  };
}
