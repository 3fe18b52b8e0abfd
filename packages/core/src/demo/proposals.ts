/**
 * 提案 — proposals of the 九届五次 session, at least two in every status, each with the history that
 * leads there: 联名 (co-signing), 立案 / 不予立案 / 退回, 交办 (single 单办, split 分办, joint 会办),
 * 办理, 会签, 答复审核, 委员评价, 重新办理, 并案 and 转社情民意. DEMO DATA: topics are real county
 * topics of 盘锦, but every text, name and number is invented.
 */
import type {
  Actor,
  CountyConfig,
  Member,
  Opinion,
  Proposal,
  ProposalRating,
  ProposalReply,
  ProposalStatus,
  Satisfaction,
  StatusChange,
  UnitAssignment,
} from '../contract/index.js';
import { addDays, addWorkingDays, onWorkingDay, stamp } from './calendar.js';
import { memberActor, memberById, STAFF, TENANT, unitActor } from './people.js';
import { Rng } from './random.js';

/** Steps of a proposal's path, named after its `ProposalAction`s. */
type Step =
  | 'submit'
  | 'file'
  | 'not_file'
  | 'return'
  | 'withdraw'
  | 'merge'
  | 'convert_to_opinion'
  | 'assign'
  | 'accept'
  | 'reply'
  | 'countersign'
  | 'approve_reply'
  | 'rate'
  | 'close'
  | 'rework';

/** Days a step usually takes after the previous one (min, max); `*_more` for the second and later units or raters. */
const STEP_DAYS: Record<Step | 'hand_back' | 'reply_more' | 'rate_more', [number, number]> = {
  submit: [0, 0],
  file: [10, 16],
  not_file: [7, 12],
  return: [7, 12],
  withdraw: [2, 6],
  merge: [10, 14],
  convert_to_opinion: [0, 0],
  assign: [20, 30],
  hand_back: [2, 4],
  accept: [2, 4],
  reply: [40, 55],
  reply_more: [3, 10],
  countersign: [3, 6],
  approve_reply: [4, 8],
  rate: [7, 12],
  rate_more: [1, 4],
  close: [5, 10],
  rework: [3, 5],
};

const HANDLED: Step[] = ['submit', 'file', 'assign', 'accept', 'reply', 'countersign', 'approve_reply'];
/** The usual way to each status. */
const PATHS: Record<ProposalStatus, Step[]> = {
  draft: [],
  cosigning: ['submit'],
  submitted: ['submit'],
  filed: ['submit', 'file'],
  not_filed: ['submit', 'not_file'],
  returned: ['submit', 'return'],
  withdrawn: ['submit', 'withdraw'],
  merged: ['submit', 'merge'],
  converted: ['submit', 'convert_to_opinion'],
  assigned: ['submit', 'file', 'assign'],
  handling: ['submit', 'file', 'assign', 'accept'],
  countersigning: ['submit', 'file', 'assign', 'accept', 'reply'],
  reviewing: ['submit', 'file', 'assign', 'accept', 'reply', 'countersign'],
  answered: HANDLED,
  closed: [...HANDLED, 'rate', 'close'],
  rework: [...HANDLED, 'rate', 'rework'],
};

/** Proposers that are organisations (党派提案): full name and contact of each. */
const PARTIES: Readonly<Record<string, { sector: string; full: string; contact: string; phone: string; address: string }>> = {
  民革盘锦市委会: {
    sector: 'rcckmt',
    full: '中国国民党革命委员会盘锦市委员会',
    contact: '宋佳',
    phone: '0427-2861201',
    address: '兴隆台区市府大路党派大楼三楼',
  },
  民盟盘锦市委会: {
    sector: 'cdl',
    full: '中国民主同盟盘锦市委员会',
    contact: '唐慧',
    phone: '0427-2861202',
    address: '兴隆台区市府大路党派大楼四楼',
  },
  民建盘锦市委会: {
    sector: 'cndca',
    full: '中国民主建国会盘锦市委员会',
    contact: '许立',
    phone: '0427-2861203',
    address: '兴隆台区市府大路党派大楼五楼',
  },
  民进盘锦市委会: {
    sector: 'capd',
    full: '中国民主促进会盘锦市委员会',
    contact: '韩雪',
    phone: '0427-2861204',
    address: '兴隆台区市府大路党派大楼五楼',
  },
  农工党盘锦市委会: {
    sector: 'cpwdp',
    full: '中国农工民主党盘锦市委员会',
    contact: '冯博',
    phone: '0427-2861205',
    address: '兴隆台区市府大路党派大楼六楼',
  },
  九三学社盘锦市委会: {
    sector: 'jiusan',
    full: '九三学社盘锦市委员会',
    contact: '邓琳',
    phone: '0427-2861206',
    address: '兴隆台区市府大路党派大楼六楼',
  },
};

/** Handling units' reply letters: 文号 prefix, contact officer and office phone. */
const UNIT_LETTERS: Readonly<Record<string, { prefix: string; contact: string; phone: string }>> = {
  u_dev: { prefix: '盘发改', contact: '韩志刚', phone: '0427-2826010' },
  u_edu: { prefix: '盘教', contact: '吴敏', phone: '0427-2826150' },
  u_health: { prefix: '盘卫健', contact: '郑丽', phone: '0427-2826230' },
  u_housing: { prefix: '盘住建', contact: '周强', phone: '0427-2826000' },
  u_transport: { prefix: '盘交', contact: '冯涛', phone: '0427-2826310' },
  u_agri: { prefix: '盘农', contact: '曹建华', phone: '0427-2826420' },
  u_eco: { prefix: '盘环', contact: '彭海波', phone: '0427-2826530' },
  u_civil: { prefix: '盘民', contact: '袁秀英', phone: '0427-2826640' },
  u_hr: { prefix: '盘人社', contact: '蔡晓东', phone: '0427-2826750' },
  u_business: { prefix: '盘营商', contact: '蒋文博', phone: '0427-2826860' },
  u_sxtz: { prefix: '双政', contact: '魏红', phone: '0427-2836100' },
  u_xlt: { prefix: '兴政', contact: '苏鹏', phone: '0427-2846100' },
  u_dw: { prefix: '洼政', contact: '吕春雨', phone: '0427-2856100' },
  u_ps: { prefix: '盘县政', contact: '丁立新', phone: '0427-2866100' },
};

type CosignerState = 'pending' | 'confirmed' | 'declined';

interface ProposalRow {
  id: string;
  status: ProposalStatus;
  /** The day it was submitted (for drafts: created). */
  date: string;
  title: string;
  situation: string;
  reasons: string;
  suggestions: string;
  category: string;
  /** A member id, or the name of a party in {@link PARTIES}. */
  proposer: string;
  /** Co-signers in the order they answered; pending ones have not answered yet. */
  cosigners?: [memberId: string, state: CosignerState][];
  /** How it is (or would be) handled; `units[0]` is the lead unless the mode is split. */
  mode?: 'single' | 'split' | 'joint';
  units: string[];
  /** 重点提案 supervised through this task. */
  taskId?: string;
  /** What each replying unit says (one per lead unit). */
  reply?: string[];
  answer?: string;
  /** Supervision review changed the category from this one. */
  answerChangedFrom?: string;
  /** Ratings of the proposer (or the party's representative) and then the confirmed co-signers. */
  ratings?: Satisfaction[];
  /** The proposer rated on paper; staff entered it. */
  paperRating?: true;
  notFiledReason?: string;
  /** Note of a return, withdrawal, not-filing or rework. */
  note?: string;
  mergeInto?: string;
  convertTo?: string;
  handBack?: { unit: string; reason: string };
  /** Override of the usual path (e.g. withdrawn while co-signing). */
  path?: Step[];
  publishReason?: string;
}

const ROWS: readonly ProposalRow[] = [
  {
    id: 'p_001',
    status: 'draft',
    date: '2026-11-20',
    title: '关于建设盘锦河蟹交易市场冷链设施的建议',
    situation: '我市河蟹年产量大，但产地缺少冷链仓储，集中上市期价格波动大，外地客商压价现象突出。',
    reasons: '冷链设施不足导致错峰销售难，品牌溢价难以体现。',
    suggestions: '一是在主产区建设产地冷藏保鲜设施；二是引入冷链物流企业；三是对新建冷库给予补贴。',
    category: 'rural',
    proposer: 'm_001',
    units: ['u_agri'],
  },
  {
    id: 'p_002',
    status: 'draft',
    date: '2026-11-24',
    title: '关于加强中小学课后服务师资保障的建议',
    situation: '全市中小学已普遍开展课后服务，但师资主要依靠本校教师，教师工作时间普遍延长。',
    reasons: '课后服务经费标准偏低，引入校外资源的渠道有限。',
    suggestions: '一是提高课后服务经费标准；二是建立校外专业人员和志愿者资源库；三是将课后服务计入教师工作量。',
    category: 'culture',
    proposer: 'm_004',
    cosigners: [['m_001', 'pending']],
    units: ['u_edu'],
  },
  {
    id: 'p_003',
    status: 'cosigning',
    date: '2026-11-18',
    title: '关于完善农村寄递物流体系的建议',
    situation: '我市部分村屯快递需到镇上自取，农产品上行缺少稳定的寄递渠道。',
    reasons: '村级寄递网点少、运营成本高，快递企业下沉意愿不足。',
    suggestions: '一是推进客货邮融合发展；二是依托村级党群服务中心设置寄递服务点；三是对农村寄递线路给予运营补贴。',
    category: 'economy',
    proposer: 'm_001',
    cosigners: [
      ['m_005', 'confirmed'],
      ['m_002', 'pending'],
    ],
    mode: 'joint',
    units: ['u_transport', 'u_agri'],
  },
  {
    id: 'p_004',
    status: 'cosigning',
    date: '2026-11-23',
    title: '关于推进城市社区嵌入式养老服务的建议',
    situation: '我市60岁以上人口占比已超过两成，中心城区老年人就近养老需求旺盛。',
    reasons: '社区养老服务设施规模小、功能单一，专业护理人员不足。',
    suggestions: '一是利用社区闲置用房建设嵌入式养老服务站；二是引入专业机构连锁运营；三是落实建设和运营补贴。',
    category: 'society',
    proposer: 'm_010',
    cosigners: [
      ['m_002', 'pending'],
      ['m_001', 'pending'],
    ],
    units: ['u_civil'],
  },
  {
    id: 'p_005',
    status: 'submitted',
    date: '2026-11-10',
    title: '关于建设科技成果概念验证中心的建议',
    situation: '我市高校院所和石化企业的科技成果多停留在实验室阶段，中试熟化环节薄弱。',
    reasons: '缺少概念验证平台和早期资金，成果转化风险大。',
    suggestions: '一是依托高校建设概念验证中心；二是设立概念验证专项资金；三是引入专业技术经理人。',
    category: 'economy',
    proposer: 'm_003',
    units: ['u_dev'],
  },
  {
    id: 'p_006',
    status: 'submitted',
    date: '2026-11-12',
    title: '关于扶持盘锦大米品牌建设的建议',
    situation: '盘锦大米是国家地理标志产品，但市场上冒牌、混装现象仍然存在。',
    reasons: '品牌授权管理和溯源体系不完善，中小加工企业品牌意识弱。',
    suggestions: '一是建立盘锦大米全程溯源体系；二是统一公共品牌授权标准；三是加大品牌宣传推介力度。',
    category: 'rural',
    proposer: 'm_001',
    cosigners: [
      ['m_007', 'declined'],
      ['m_002', 'confirmed'],
    ],
    units: ['u_agri'],
  },
  {
    id: 'p_007',
    status: 'filed',
    date: '2026-10-30',
    title: '关于规范城区共享电单车停放管理的建议',
    situation: '城区共享电单车投放量增加，乱停乱放占用盲道和人行道现象较多。',
    reasons: '停放点位规划不足，企业运维责任落实不到位。',
    suggestions: '一是科学划设停放点位；二是推行电子围栏定点停放；三是建立企业信用考核和投放总量调控机制。',
    category: 'urban',
    proposer: 'm_011',
    units: ['u_transport'],
  },
  {
    id: 'p_008',
    status: 'filed',
    date: '2026-11-02',
    title: '关于加强青少年心理健康教育的建议',
    situation: '近年来中小学生心理问题检出率上升，部分学校缺少专职心理教师。',
    reasons: '心理健康教育师资不足，家校医协同机制尚未建立。',
    suggestions: '一是按标准配齐专职心理教师；二是建立家校医协同干预机制；三是开展全员心理健康筛查。',
    category: 'culture',
    proposer: '民进盘锦市委会',
    units: ['u_edu', 'u_health'],
  },
  {
    id: 'p_009',
    status: 'not_filed',
    date: '2026-09-14',
    title: '关于协调解决个别业主子女就近入学问题的建议',
    situation: '本人所在小区划片调整后，子女需跨区入学。',
    reasons: '划片调整未充分考虑个别家庭实际。',
    suggestions: '请协调将其子女调整至就近学校就读。',
    category: 'culture',
    proposer: 'm_014',
    units: ['u_edu'],
    notFiledReason: 'personal',
    note: '所提事项属于为本人或亲属解决个人问题，不予立案；已建议通过教育部门信访渠道反映。',
    publishReason: '涉及个人家庭情况',
  },
  {
    id: 'p_010',
    status: 'not_filed',
    date: '2026-10-19',
    title: '关于督促某物业公司履行判决的建议',
    situation: '某小区业主与物业公司的纠纷已经法院判决，物业公司至今未履行。',
    reasons: '判决执行不到位，业主权益受损。',
    suggestions: '请有关部门督促该物业公司履行判决。',
    category: 'society',
    proposer: 'm_016',
    units: ['u_housing'],
    notFiledReason: 'litigation',
    note: '所提事项已进入司法执行程序，不予立案。',
  },
  {
    id: 'p_011',
    status: 'returned',
    date: '2026-10-26',
    title: '关于全面提升城市品质的建议',
    situation: '我市城市建设取得很大成绩，但与先进城市相比仍有差距。',
    reasons: '城市管理精细化水平有待提高。',
    suggestions: '建议全面提升城市品质。',
    category: 'urban',
    proposer: 'm_004',
    units: ['u_housing'],
    note: '内容较为宽泛，请聚焦一个具体问题，补充情况分析和可操作的建议后重新提交。',
  },
  {
    id: 'p_012',
    status: 'returned',
    date: '2026-11-02',
    title: '关于完善公共文化服务和全民健身设施的建议',
    situation: '基层综合文化服务中心利用率不高，城区全民健身设施分布不均。',
    reasons: '运营机制不健全，设施规划与人口分布不匹配。',
    suggestions: '一是推行文化服务中心社会化运营；二是新建一批口袋公园和健身步道。',
    category: 'culture',
    proposer: 'm_012',
    cosigners: [['m_013', 'confirmed']],
    units: ['u_edu'],
    note: '一案多事，请将公共文化服务和全民健身设施分为两件提案提交。',
  },
  {
    id: 'p_013',
    status: 'withdrawn',
    date: '2026-09-21',
    title: '关于增设中心城区公共停车场的建议',
    situation: '中心城区老旧街区停车位缺口大，路边违停现象普遍。',
    reasons: '公共停车场建设滞后，错时共享机制未建立。',
    suggestions: '一是利用边角地建设立体停车场；二是推动机关企事业单位停车位错时共享。',
    category: 'urban',
    proposer: 'm_017',
    units: ['u_housing'],
    note: '已有委员提交同类提案，本人撤回。',
  },
  {
    id: 'p_014',
    status: 'withdrawn',
    date: '2026-10-12',
    title: '关于优化居民供暖收费方式的建议',
    situation: '部分供热企业仍要求居民到营业厅现场缴费，老年人缴费不便。',
    reasons: '线上缴费渠道不统一，按面积收费与实际用热脱节。',
    suggestions: '一是统一开通线上缴费；二是在具备条件的小区试行按热计量收费。',
    category: 'urban',
    proposer: 'm_018',
    cosigners: [['m_019', 'pending']],
    units: ['u_housing'],
    path: ['submit', 'withdraw'],
    note: '联名委员尚未确认，本人先行撤回，修改后再提交。',
  },
  {
    id: 'p_015',
    status: 'assigned',
    date: '2026-10-09',
    title: '关于加快中心城区雨污分流改造的建议',
    situation: '中心城区部分老旧片区仍为雨污合流管网，汛期局部积水，污水溢流入河。',
    reasons: '管网改造投资大，改造计划与道路建设不同步。',
    suggestions: '一是编制雨污分流改造三年计划；二是与道路、老旧小区改造同步实施；三是争取专项债券支持。',
    category: 'urban',
    proposer: 'm_020',
    mode: 'single',
    units: ['u_housing'],
  },
  {
    id: 'p_016',
    status: 'assigned',
    date: '2026-09-28',
    title: '关于推进职业院校“双师型”教师队伍建设的建议',
    situation: '我市职业院校专业课教师多数来自普通高校，缺少企业实践经历。',
    reasons: '教师到企业实践的制度保障不足，企业技术人员到校兼职渠道不畅。',
    suggestions: '一是建立教师企业实践制度；二是设立产业导师特聘岗位；三是完善“双师型”教师认定和激励办法。',
    category: 'culture',
    proposer: '民盟盘锦市委会',
    mode: 'split',
    units: ['u_edu', 'u_hr'],
    handBack: { unit: 'u_hr', reason: '本单位职责仅涉及职业技能培训和技能人才评价，建议由市教育局单独办理。' },
  },
  {
    id: 'p_017',
    status: 'handling',
    date: '2026-01-07',
    title: '关于推进紧密型县域医共体建设的建议',
    situation: '盘山县医共体已挂牌运行，但人员、财务、药品尚未实现统一管理，乡镇卫生院服务能力提升不明显。',
    reasons: '医共体内部利益分配机制不健全，医保打包支付改革滞后。',
    suggestions: '一是推进医共体人员统一招聘、统筹使用；二是实行医保基金总额打包付费；三是统一医共体内用药目录。',
    category: 'culture',
    proposer: '农工党盘锦市委会',
    mode: 'joint',
    units: ['u_health', 'u_ps'],
    taskId: 't_10',
  },
  {
    id: 'p_018',
    status: 'handling',
    date: '2026-09-01',
    title: '关于提升农村公路养护水平的建议',
    situation: '我市农村公路总里程较长，部分路段建成年代早，路面破损、排水不畅。',
    reasons: '养护资金来源单一，专业养护力量不足。',
    suggestions: '一是建立农村公路养护资金稳定投入机制；二是推行“路长制”；三是探索市场化养护。',
    category: 'rural',
    proposer: 'm_001',
    mode: 'single',
    units: ['u_transport'],
  },
  {
    id: 'p_019',
    status: 'countersigning',
    date: '2026-07-06',
    title: '关于推进老旧小区改造与完整社区建设的建议',
    situation: '我市2000年前建成的老旧小区仍有较大存量，部分已改造小区缺少养老、托育等配套服务。',
    reasons: '改造内容偏重基础类，完善类和提升类项目少，居民参与不足。',
    suggestions: '一是将完整社区建设标准纳入改造方案；二是推行“居民点单”改造模式；三是建立改造后长效管理机制。',
    category: 'urban',
    proposer: 'm_002',
    cosigners: [
      ['m_001', 'confirmed'],
      ['m_003', 'confirmed'],
    ],
    mode: 'joint',
    units: ['u_housing', 'u_civil'],
    reply: ['今年已将12个小区的养老、托育配套纳入改造内容，并在兴隆台区试点“居民点单”改造模式。'],
    answer: 'B',
  },
  {
    id: 'p_020',
    status: 'countersigning',
    date: '2026-07-13',
    title: '关于加强校园周边交通安全管理的建议',
    situation: '部分中小学校门口上下学时段车辆拥堵，学生过街存在安全隐患。',
    reasons: '校园周边缺少接送车位和安全设施，错峰放学落实不到位。',
    suggestions: '一是完善校园周边交通安全设施；二是推行错峰放学；三是设置临时接送车位。',
    category: 'culture',
    proposer: 'm_021',
    mode: 'joint',
    units: ['u_edu', 'u_transport'],
    reply: ['已会同交通部门在28所学校门口完善交通标志和护栏，并指导学校实行错峰放学。'],
    answer: 'A',
  },
  {
    id: 'p_021',
    status: 'reviewing',
    date: '2026-07-27',
    title: '关于发展海洋经济和临港产业的建议',
    situation: '我市港口吞吐能力持续提升，但临港产业链条短，海洋经济占比不高。',
    reasons: '港产城融合发展规划不完善，招商引资缺少龙头项目。',
    suggestions: '一是编制港产城融合发展规划；二是围绕精细化工和海工装备开展链式招商；三是完善港口集疏运体系。',
    category: 'economy',
    proposer: 'm_022',
    mode: 'single',
    units: ['u_dev'],
    reply: ['已将港产城融合发展纳入我市“十五五”规划前期研究，并编制临港产业链招商图谱。'],
    answer: 'B',
  },
  {
    id: 'p_022',
    status: 'reviewing',
    date: '2026-07-20',
    title: '关于进一步降低企业制度性交易成本的建议',
    situation: '部分企业反映涉企审批事项办理环节仍然较多，同一材料需要向不同部门重复提交。',
    reasons: '部门间数据共享不充分，“一网通办”深度不够。',
    suggestions: '一是推行涉企事项“一件事一次办”；二是建立企业电子证照库；三是开展涉企审批中介服务专项整治。',
    category: 'economy',
    proposer: '民建盘锦市委会',
    mode: 'joint',
    units: ['u_business', 'u_dev'],
    reply: ['已推出企业开办、项目审批等18个“一件事一次办”场景，企业电子证照库已归集证照40余类。'],
    answer: 'A',
  },
  {
    id: 'p_023',
    status: 'answered',
    date: '2026-06-08',
    title: '关于加快老旧小区加装电梯的建议',
    situation: '我市2000年前建成的老旧小区多为六层以下住宅，没有电梯，老年住户上下楼困难。',
    reasons: '加装电梯审批环节多、费用分摊难协商，财政补贴标准偏低。',
    suggestions: '一是简化加装电梯审批流程；二是提高财政补贴标准；三是允许提取住房公积金用于加装电梯。',
    category: 'urban',
    proposer: 'm_001',
    cosigners: [
      ['m_002', 'confirmed'],
      ['m_003', 'confirmed'],
    ],
    mode: 'joint',
    units: ['u_housing', 'u_xlt'],
    taskId: 't_09',
    reply: ['已出台既有住宅加装电梯办事指南，审批时限压缩至15个工作日；补贴标准由每部10万元提高至15万元，并开通公积金提取渠道。'],
    answer: 'A',
    answerChangedFrom: 'B',
  },
  {
    id: 'p_024',
    status: 'answered',
    date: '2026-06-22',
    title: '关于加强辽河口湿地生态保护与修复的建议',
    situation: '辽河口湿地是丹顶鹤、黑嘴鸥等珍稀鸟类的重要栖息地，近年来部分区域存在养殖塘占用、芦苇退化问题。',
    reasons: '退养还湿补偿标准低，保护区与周边社区发展矛盾突出。',
    suggestions: '一是推进退养还湿并提高补偿标准；二是实施芦苇湿地修复工程；三是发展湿地生态旅游带动周边群众增收。',
    category: 'other',
    proposer: 'm_003',
    mode: 'split',
    units: ['u_eco', 'u_dw'],
    reply: [
      '今年完成退养还湿1.2万亩，并会同财政部门研究提高补偿标准。',
      '大洼区已在赵圈河镇实施芦苇湿地修复工程，带动周边村民参与生态管护。',
    ],
    answer: 'B',
  },
  {
    id: 'p_025',
    status: 'closed',
    date: '2026-01-07',
    title: '关于深化职业教育产教融合、推行订单式培养的建议',
    situation: '我市石化及精细化工产业技术工人缺口较大，职业院校毕业生本地就业比例不高。',
    reasons: '校企合作多停留在协议层面，企业参与人才培养的动力不足。',
    suggestions: '一是组建市域产教联合体；二是推行订单式培养和现代学徒制；三是对参与产教融合的企业落实税费优惠。',
    category: 'culture',
    proposer: '民盟盘锦市委会',
    mode: 'joint',
    units: ['u_edu', 'u_hr'],
    taskId: 't_11',
    reply: ['已组建石化产业市域产教联合体，6所职业院校与32家企业开设订单班，今年订单培养学生1100余人。'],
    answer: 'A',
    ratings: ['satisfied'],
  },
  {
    id: 'p_026',
    status: 'closed',
    date: '2026-01-09',
    title: '关于稳定稻蟹综合种养面积、提高种养效益的建议',
    situation: '稻蟹综合种养是我市特色农业模式，但近年来蟹苗质量参差不齐，种养户效益波动较大。',
    reasons: '良种繁育体系不健全，技术服务覆盖不足。',
    suggestions: '一是建设河蟹良种繁育基地；二是组建稻蟹种养技术服务队；三是推广“稻蟹共生”标准化技术。',
    category: 'rural',
    proposer: 'm_001',
    mode: 'single',
    units: ['u_agri'],
    reply: ['已在大洼区建设河蟹良种繁育基地，组建技术服务队12支，推广标准化种养技术30万亩。'],
    answer: 'A',
    ratings: ['basically_satisfied'],
  },
  {
    id: 'p_027',
    status: 'closed',
    date: '2026-01-08',
    title: '关于增加城区普惠托育服务供给的建议',
    situation: '我市3岁以下婴幼儿入托需求较大，但普惠性托位不足，收费偏高。',
    reasons: '托育机构运营成本高，扶持政策落实不到位。',
    suggestions: '一是支持幼儿园开设托班；二是落实普惠托位建设补贴；三是推动用人单位办托。',
    category: 'society',
    proposer: 'm_002',
    mode: 'single',
    units: ['u_health'],
    reply: ['今年新增普惠托位860个，18所幼儿园开设托班，普惠托育收费标准已向社会公布。'],
    answer: 'A',
    ratings: ['satisfied'],
    paperRating: true,
  },
  {
    id: 'p_028',
    status: 'rework',
    date: '2026-05-11',
    title: '关于解决盘山县部分村屯饮水水质问题的建议',
    situation: '盘山县部分村屯仍使用浅层地下水，群众反映水质偏硬、口感差。',
    reasons: '农村供水工程建设年代早，水处理设施不完善，水质检测频次低。',
    suggestions: '一是推进城乡供水一体化；二是对小型供水工程加装净化消毒设施；三是定期公开水质检测结果。',
    category: 'rural',
    proposer: 'm_001',
    mode: 'joint',
    units: ['u_ps', 'u_health'],
    reply: ['县政府已将城乡供水一体化纳入规划，将分年度推进。'],
    answer: 'C',
    ratings: ['dissatisfied'],
    note: '答复未回应水质检测公开和净化设施建设进度，请重新办理。',
    publishReason: '涉及具体村屯水质检测数据',
  },
  {
    id: 'p_029',
    status: 'rework',
    date: '2026-04-20',
    title: '关于规范城区供热服务、提升供热质量的建议',
    situation: '上个供暖季城区供热投诉较多，部分小区室温长期不达标。',
    reasons: '供热管网老化，供热企业服务考核机制不健全。',
    suggestions: '一是加快老旧供热管网改造；二是建立室温监测平台；三是完善供热企业服务质量考核和退费制度。',
    category: 'urban',
    proposer: 'm_003',
    cosigners: [['m_008', 'confirmed']],
    mode: 'single',
    units: ['u_housing'],
    reply: ['已要求各供热企业做好供暖前的检修工作。'],
    answer: 'D',
    ratings: ['dissatisfied', 'dissatisfied'],
    note: '答复过于笼统，未说明管网改造计划和室温监测平台建设安排，请重新办理。',
  },
  {
    id: 'p_030',
    status: 'merged',
    date: '2026-09-03',
    title: '关于加强农村公路日常养护的建议',
    situation: '部分通村公路坑槽多、路肩缺失，雨季积水严重。',
    reasons: '日常养护责任不清，养护经费不足。',
    suggestions: '一是明确县乡村三级养护责任；二是保障养护经费。',
    category: 'rural',
    proposer: 'm_023',
    units: ['u_transport'],
    mergeInto: 'p_018',
  },
  {
    id: 'p_031',
    status: 'merged',
    date: '2026-11-03',
    title: '关于加强中小学生心理健康服务的建议',
    situation: '部分中小学生存在焦虑、厌学等情况，家长普遍反映求助渠道少。',
    reasons: '学校心理辅导力量薄弱，专业机构与学校衔接不够。',
    suggestions: '一是每所学校配备心理辅导室；二是开通面向学生和家长的心理援助热线。',
    category: 'culture',
    proposer: 'm_024',
    units: ['u_edu'],
    mergeInto: 'p_008',
  },
  {
    id: 'p_032',
    status: 'converted',
    date: '2026-07-03',
    title: '关于解决振兴街道部分小区周边夜市扰民问题的建议',
    situation: '振兴街道泰山社区周边夜市经营至凌晨，油烟和噪声影响居民休息。',
    reasons: '夜市经营区域和时段缺少规范，执法力量不足。',
    suggestions: '建议划定夜市经营区域和时段，加强油烟和噪声执法。',
    category: 'urban',
    proposer: 'm_005',
    units: ['u_xlt'],
    convertTo: 'o_023',
  },
  {
    id: 'p_033',
    status: 'converted',
    date: '2026-11-02',
    title: '关于恢复陆家镇部分村屯客运班车的建议',
    situation: '陆家镇部分村屯的城乡客运班车今年停运，村民出行不便。',
    reasons: '客流少，客运企业亏损停运。',
    suggestions: '建议开通预约响应式客运。',
    category: 'rural',
    proposer: 'm_004',
    units: ['u_transport'],
    convertTo: 'o_024',
  },
  {
    id: 'p_034',
    status: 'handling',
    date: '2026-01-08',
    title: '关于加强辽河口湿地候鸟栖息地保护的建议',
    situation: '辽河口湿地是东亚—澳大利西亚候鸟迁徙通道上的重要停歇地，近年来迁徙季人为干扰增多。',
    reasons: '核心栖息地缺少季节性管控措施，监测设施覆盖不全。',
    suggestions: '一是在迁徙季实施核心区季节性封闭；二是建设候鸟智能监测网络；三是开展湿地保护志愿服务。',
    category: 'other',
    proposer: '九三学社盘锦市委会',
    mode: 'single',
    units: ['u_eco'],
    taskId: 't_17',
  },
  {
    id: 'p_035',
    status: 'closed',
    date: '2026-01-10',
    title: '关于加强城区背街小巷环境整治的建议',
    situation: '兴隆台区部分背街小巷路面破损、管线杂乱、环境卫生差。',
    reasons: '背街小巷不在主干道保洁和维修计划内，长期缺少投入。',
    suggestions: '一是制定背街小巷改造三年计划；二是落实“街巷长”制；三是鼓励居民参与日常管护。',
    category: 'urban',
    proposer: 'm_025',
    cosigners: [
      ['m_026', 'confirmed'],
      ['m_027', 'confirmed'],
    ],
    mode: 'single',
    units: ['u_xlt'],
    reply: ['今年已完成背街小巷改造46条，并在全区推行“街巷长”制。'],
    answer: 'A',
    ratings: ['satisfied', 'basically_satisfied', 'dissatisfied'],
  },
];

/** Statuses that come with a 提案号 (filed, and everything after filing). */
const NUMBERED: readonly ProposalStatus[] = [
  'filed',
  'assigned',
  'handling',
  'countersigning',
  'reviewing',
  'answered',
  'rework',
  'closed',
];

/** What a rating says, by satisfaction. */
const RATING_COMMENTS: Record<Satisfaction, string> = {
  satisfied: '办理认真，答复具体，已见实效。',
  basically_satisfied: '部分建议尚待落实，希望持续跟进。',
  dissatisfied: '答复针对性不强，希望进一步落实。',
};

export interface ProposalContext {
  config: CountyConfig;
  members: readonly Member[];
  opinions: readonly Opinion[];
}

/** Builds the proposals with consistent histories, handling, replies and ratings. */
export function buildProposals(ctx: ProposalContext): Proposal[] {
  const rng = new Rng(0x7a0a);
  // 提案号 in order of submission, with gaps (the demo holds a sample of the session's proposals).
  const numbers = new Map<string, string>();
  let next = 0;
  for (const row of [...ROWS]
    .filter((r) => NUMBERED.includes(r.status))
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))) {
    next += rng.int(2, 9);
    numbers.set(row.id, String(next).padStart(4, '0'));
  }
  const proposals = ROWS.map((row) => buildProposal(row, ctx, numbers, rng));
  // 并案: the proposal others were merged into lists them.
  for (const proposal of proposals) {
    const from = proposals.filter((p) => p.mergedInto === proposal.id).map((p) => p.id);
    if (from.length > 0) proposal.mergedFrom = from;
  }
  return proposals;
}

function buildProposal(row: ProposalRow, ctx: ProposalContext, numbers: ReadonlyMap<string, string>, rng: Rng): Proposal {
  const { config, members } = ctx;
  const calendar = config.calendar;
  const unitName = (id: string) => config.units.find((u) => u.id === id)?.shortName ?? id;

  // Proposer: a member, or a party represented by one of its members (who acts and rates for it).
  const party = PARTIES[row.proposer];
  const representative = party ? members.find((m) => m.sectorCode === party.sector) : memberById(members, row.proposer);
  if (!representative) throw new Error(`[tongxin] seed: no member for proposer ${row.proposer}`);
  const proposerActor = memberActor(representative);
  const cosigners = (row.cosigners ?? []).map(([id, state]) => ({ member: memberById(members, id), state }));

  const history: StatusChange[] = [];
  let status = 'draft' as ProposalStatus;
  const move = (at: string, action: string, to: ProposalStatus, actor: Actor, extra: Partial<StatusChange> = {}) => {
    history.push({ at, action, ...(history.length > 0 ? { from: status } : {}), to, actor, ...extra });
    status = to;
  };

  // The clock: drafting starts a few days before submission (members may write at weekends); each
  // later step happens some days after the previous one, on a working day.
  let day = row.status === 'draft' ? row.date : addDays(row.date, -rng.int(1, 5));
  const createdAt = stamp(day, rng.time('08:00', '21:00'));
  move(createdAt, 'create', 'draft', proposerActor);
  const advance = (step: keyof typeof STEP_DAYS) => {
    const [min, max] = STEP_DAYS[step];
    day = onWorkingDay(addDays(day, rng.int(min, max)), calendar);
    return stamp(day, rng.time('08:30', '16:30'));
  };

  const mode = row.mode ?? 'single';
  const leads = mode === 'split' ? row.units : row.units.slice(0, 1);
  const assisting = mode === 'joint' ? row.units.slice(1) : [];
  const units: UnitAssignment[] = [];
  let deadline = '';
  const replies: ProposalReply[] = [];
  const ratings: ProposalRating[] = [];
  let submittedAt: string | undefined;
  let mergedInto: string | undefined;
  let convertedToOpinionId: string | undefined;
  const number = numbers.get(row.id);
  const respondedAt = new Map<string, string>();

  for (const step of row.path ?? PATHS[row.status]) {
    switch (step) {
      case 'submit': {
        day = row.date;
        submittedAt = stamp(day, rng.time('08:30', '20:00'));
        move(submittedAt, 'submit', cosigners.length > 0 ? 'cosigning' : 'submitted', proposerActor);
        // Co-signers answer one by one (declines first); the last confirmation completes it.
        const answering = cosigners.filter((c) => c.state !== 'pending');
        answering.forEach((c, i) => {
          day = onWorkingDay(addDays(day, rng.int(1, 3)), calendar);
          const at = stamp(day, rng.time('08:30', '21:00'));
          respondedAt.set(c.member.id, at);
          const done = i === answering.length - 1 && answering.length === cosigners.length;
          move(at, 'cosign', done ? 'submitted' : 'cosigning', memberActor(c.member), c.state === 'declined' ? { note: '谢绝联名' } : {});
        });
        break;
      }
      case 'file':
        move(advance(step), 'file', 'filed', STAFF, { note: `立案，提案号第${number}号` });
        break;
      case 'not_file':
        move(advance(step), 'not_file', 'not_filed', STAFF, {
          ...(row.notFiledReason ? { reasonCode: row.notFiledReason } : {}),
          ...(row.note ? { note: row.note } : {}),
        });
        break;
      case 'return':
        move(advance(step), 'return', 'returned', STAFF, row.note ? { note: row.note } : {});
        break;
      case 'withdraw':
        move(advance(step), 'withdraw', 'withdrawn', proposerActor, row.note ? { note: row.note } : {});
        break;
      case 'merge': {
        mergedInto = row.mergeInto;
        const target = mergedInto ? numbers.get(mergedInto) : undefined;
        move(advance(step), 'merge', 'merged', STAFF, { note: `与第${target}号提案并案办理` });
        break;
      }
      case 'convert_to_opinion': {
        // Happens when the opinion it became was created.
        const opinion = ctx.opinions.find((o) => o.id === row.convertTo);
        if (!opinion) throw new Error(`[tongxin] seed: ${row.id} converts to a missing opinion ${row.convertTo}`);
        convertedToOpinionId = opinion.id;
        day = opinion.createdAt.slice(0, 10);
        move(opinion.createdAt, 'convert_to_opinion', 'converted', STAFF, { note: '属于具体个案，经提案人同意转为社情民意信息' });
        break;
      }
      case 'assign': {
        const at = advance(step);
        deadline = addWorkingDays(day, config.deadlines.replyWorkingDays, calendar);
        for (const unitId of leads) units.push({ unitId, role: 'lead', state: 'assigned', assignedAt: at, deadline });
        for (const unitId of assisting) units.push({ unitId, role: 'assisting', state: 'assigned', assignedAt: at, deadline });
        const how = { single: '单办', split: '分办', joint: '会办' }[mode];
        move(at, 'assign', 'assigned', STAFF, { note: `交${row.units.map(unitName).join('、')}${how}` });
        if (row.handBack) {
          // A unit asks to hand the assignment back (within the configured window); staff decide.
          const handBack = row.handBack;
          const unit = units.find((u) => u.unitId === handBack.unit)!;
          unit.state = 'handback_requested';
          unit.handbackReason = handBack.reason;
          move(advance('hand_back'), 'hand_back', 'assigned', unitActor(config, handBack.unit), { note: handBack.reason });
        }
        break;
      }
      case 'accept': {
        const at = advance(step);
        for (const unit of units) Object.assign(unit, { state: 'accepted', acceptedAt: at });
        move(at, 'accept', 'handling', unitActor(config, leads[0]!));
        break;
      }
      case 'reply':
        leads.forEach((unitId, i) => {
          // Split (分办) units reply separately, within days of each other.
          const at = advance(i === 0 ? step : 'reply_more');
          replies.push(replyLetter(row, unitId, i, at, proposerSalutation(row, representative.name), config, rng));
          units.find((u) => u.unitId === unitId)!.state = 'replied';
          const last = i === leads.length - 1;
          move(at, 'reply', last ? (assisting.length > 0 ? 'countersigning' : 'reviewing') : 'handling', unitActor(config, unitId));
        });
        break;
      case 'countersign':
        for (const unitId of assisting) {
          const at = advance(step);
          replies[0]!.countersignedBy.push({ unitId, at, note: '同意主办单位答复意见' });
          units.find((u) => u.unitId === unitId)!.state = 'countersigned';
          move(
            at,
            'countersign',
            assisting.indexOf(unitId) === assisting.length - 1 ? 'reviewing' : 'countersigning',
            unitActor(config, unitId),
          );
        }
        break;
      case 'approve_reply': {
        const at = advance(step);
        for (const reply of replies) {
          reply.approved = { at, by: STAFF, ...(row.answerChangedFrom ? { categoryChangedFrom: row.answerChangedFrom } : {}) };
        }
        const note = row.answerChangedFrom ? `答复审核通过，答复分类由${row.answerChangedFrom}类调整为${row.answer}类` : '答复审核通过';
        move(at, 'approve_reply', 'answered', STAFF, { note });
        break;
      }
      case 'rate': {
        // The proposer (or the party's representative) and each confirmed co-signer rate the reply.
        const raters = [representative, ...cosigners.filter((c) => c.state === 'confirmed').map((c) => c.member)];
        (row.ratings ?? []).forEach((satisfaction, i) => {
          const rater = raters[i];
          if (!rater) throw new Error(`[tongxin] seed: ${row.id} has more ratings than raters`);
          const at = advance(i === 0 ? step : 'rate_more');
          const paper = i === 0 && row.paperRating;
          ratings.push({
            memberId: rater.id,
            name: rater.name,
            satisfaction,
            comment: satisfaction === 'dissatisfied' && row.status === 'rework' && row.note ? row.note : RATING_COMMENTS[satisfaction],
            at,
            ...(paper ? { enteredBy: STAFF } : {}),
          });
        });
        break;
      }
      case 'close':
        move(advance(step), 'close', 'closed', STAFF, { note: '办理完毕' });
        break;
      case 'rework': {
        const at = advance(step);
        // 重新办理: the units take it up again with a new, shorter deadline.
        deadline = addWorkingDays(day, 22, calendar);
        for (const unit of units) Object.assign(unit, { state: 'accepted', deadline });
        move(at, 'rework', 'rework', STAFF, row.note ? { note: row.note } : {});
        break;
      }
    }
  }
  if (status !== row.status) throw new Error(`[tongxin] seed: ${row.id} ends in ${status}, not ${row.status}`);

  const sectorCode = party ? party.sector : representative.sectorCode;
  const times = [...history.map((h) => h.at), ...ratings.map((r) => r.at)].sort();
  return {
    id: row.id,
    tenant: TENANT,
    ...(number ? { number } : {}),
    title: row.title,
    situation: row.situation,
    reasons: row.reasons,
    suggestions: row.suggestions,
    proposerType: party ? 'party' : cosigners.length > 0 ? 'joint' : 'member',
    session: config.currentSession,
    categoryCode: row.category,
    ...(sectorCode ? { sectorCode } : {}),
    suggestedLeadUnitId: row.units[0]!,
    ...(row.units.length > 1 ? { suggestedAssistingUnitIds: row.units.slice(1) } : {}),
    publish: row.publishReason ? { consent: false, reason: row.publishReason } : { consent: true },
    proposer: party
      ? {
          name: row.proposer,
          sectorCode: party.sector,
          organization: { name: party.full, contactName: party.contact, phone: party.phone, address: party.address, postcode: '124010' },
        }
      : { memberId: representative.id, name: representative.name, ...(sectorCode ? { sectorCode } : {}) },
    cosigners: cosigners.map(({ member, state }) => {
      const at = respondedAt.get(member.id);
      return {
        memberId: member.id,
        name: member.name,
        ...(member.sectorCode ? { sectorCode: member.sectorCode } : {}),
        state,
        ...(at ? { respondedAt: at } : {}),
      };
    }),
    attachments: [],
    status,
    history,
    ...(units.length > 0 ? { handling: { mode, units, deadline } } : {}),
    replies,
    ratings,
    key: row.taskId !== undefined,
    ...(row.taskId ? { taskId: row.taskId } : {}),
    ...(mergedInto ? { mergedInto } : {}),
    ...(row.notFiledReason ? { notFiledReasonCode: row.notFiledReason } : {}),
    ...(convertedToOpinionId ? { convertedToOpinionId } : {}),
    ...(submittedAt ? { submittedAt } : {}),
    createdAt,
    updatedAt: times[times.length - 1]!,
    version: history.length + ratings.length,
  };
}

/** How a reply letter addresses the proposer: 李明委员 / 李明委员等 / 民盟盘锦市委会. */
function proposerSalutation(row: ProposalRow, name: string): string {
  if (PARTIES[row.proposer]) return row.proposer;
  return row.cosigners?.length ? `${name}委员等` : `${name}委员`;
}

/** A reply letter (答复函) with its 文号, contact and answer category. */
function replyLetter(
  row: ProposalRow,
  unitId: string,
  index: number,
  at: string,
  salutation: string,
  config: CountyConfig,
  rng: Rng,
): ProposalReply {
  const letter = UNIT_LETTERS[unitId];
  if (!letter) throw new Error(`[tongxin] seed: no letter details for unit ${unitId}`);
  const unit = config.units.find((u) => u.id === unitId);
  const substance = row.reply?.[index] ?? row.reply?.[0] ?? '已按建议研究落实。';
  const date = at.slice(0, 10);
  const text = [
    `${salutation}：`,
    `您提出的《${row.title}》收悉。经认真研究，现将办理情况答复如下：`,
    substance,
    '下一步，我们将继续跟踪落实，并及时向您通报进展。',
    `感谢您对${unit?.shortName ?? '我们'}工作的关心和支持。`,
    `${unit?.name ?? unitId}`,
    `${date.slice(0, 4)}年${Number(date.slice(5, 7))}月${Number(date.slice(8))}日`,
  ].join('\n');
  return {
    id: `${row.id}_r${index + 1}`,
    unitId,
    docNo: `${letter.prefix}提〔2026〕${rng.int(3, 60)}号`,
    contactName: letter.contact,
    contactPhone: letter.phone,
    answerCategory: row.answer ?? 'B',
    text,
    attachments: [],
    submittedAt: at,
    countersignedBy: [],
  };
}
