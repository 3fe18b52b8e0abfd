/**
 * The demo county's configuration (盘锦市, 211100), as data. A module rather than a JSON file so that it
 * loads in browsers and in Node 20 alike (JSON modules still print an experimental warning there).
 * DEMO DATA, like the rest of this folder (see `index.ts`).
 */
import type * as z from 'zod/mini';
import type { CountyConfig } from '../contract/config.js';

/** The demo county's configuration before parsing (`buildDemoData` parses it with the contract). */
export const DEMO_COUNTY_CONFIG = {
  tenant: '211100',
  name: {
    'zh-Hans': '中国人民政治协商会议盘锦市委员会',
    'zh-Hant': '中國人民政治協商會議盤錦市委員會',
    en: 'Panjin Municipal Committee of the CPPCC',
  },
  shortName: {
    'zh-Hans': '盘锦市政协',
    'zh-Hant': '盤錦市政協',
    en: 'Panjin CPPCC',
  },
  currentSession: {
    term: 9,
    meeting: 5,
  },
  proposalCategories: [
    {
      code: 'economy',
      label: {
        'zh-Hans': '经济建设',
      },
    },
    {
      code: 'urban',
      label: {
        'zh-Hans': '城市建设与管理',
      },
    },
    {
      code: 'rural',
      label: {
        'zh-Hans': '乡村振兴',
      },
    },
    {
      code: 'culture',
      label: {
        'zh-Hans': '教科文卫体',
      },
    },
    {
      code: 'society',
      label: {
        'zh-Hans': '社会法制',
      },
    },
    {
      code: 'other',
      label: {
        'zh-Hans': '其他',
      },
    },
  ],
  opinionCategories: [
    {
      code: 'livelihood',
      label: {
        'zh-Hans': '民生保障',
      },
    },
    {
      code: 'environment',
      label: {
        'zh-Hans': '生态环境',
      },
    },
    {
      code: 'traffic',
      label: {
        'zh-Hans': '交通出行',
      },
    },
    {
      code: 'education',
      label: {
        'zh-Hans': '教育医疗',
      },
    },
    {
      code: 'business',
      label: {
        'zh-Hans': '营商环境',
      },
    },
    {
      code: 'other',
      label: {
        'zh-Hans': '其他',
      },
    },
  ],
  sectors: [
    {
      code: 'cpc',
      label: {
        'zh-Hans': '中国共产党',
      },
    },
    {
      code: 'rcckmt',
      label: {
        'zh-Hans': '中国国民党革命委员会',
      },
    },
    {
      code: 'cdl',
      label: {
        'zh-Hans': '中国民主同盟',
      },
    },
    {
      code: 'cndca',
      label: {
        'zh-Hans': '中国民主建国会',
      },
    },
    {
      code: 'capd',
      label: {
        'zh-Hans': '中国民主促进会',
      },
    },
    {
      code: 'cpwdp',
      label: {
        'zh-Hans': '中国农工民主党',
      },
    },
    {
      code: 'zgd',
      label: {
        'zh-Hans': '中国致公党',
      },
    },
    {
      code: 'jiusan',
      label: {
        'zh-Hans': '九三学社',
      },
    },
    {
      code: 'independent',
      label: {
        'zh-Hans': '无党派人士',
      },
    },
    {
      code: 'youth',
      label: {
        'zh-Hans': '共青团',
      },
    },
    {
      code: 'union',
      label: {
        'zh-Hans': '总工会',
      },
    },
    {
      code: 'women',
      label: {
        'zh-Hans': '妇联',
      },
    },
    {
      code: 'acfic',
      label: {
        'zh-Hans': '工商联',
      },
    },
    {
      code: 'science',
      label: {
        'zh-Hans': '科技界',
      },
    },
    {
      code: 'econ',
      label: {
        'zh-Hans': '经济界',
      },
    },
    {
      code: 'agri',
      label: {
        'zh-Hans': '农业和农村界',
      },
    },
    {
      code: 'edu',
      label: {
        'zh-Hans': '教育界',
      },
    },
    {
      code: 'medical',
      label: {
        'zh-Hans': '医药卫生界',
      },
    },
    {
      code: 'social',
      label: {
        'zh-Hans': '社会福利和社会保障界',
      },
    },
    {
      code: 'minority',
      label: {
        'zh-Hans': '少数民族界',
      },
    },
  ],
  units: [
    {
      id: 'u_dev',
      name: '盘锦市发展和改革委员会',
      shortName: '市发改委',
      kind: 'government',
      active: true,
    },
    {
      id: 'u_edu',
      name: '盘锦市教育局',
      shortName: '市教育局',
      kind: 'government',
      active: true,
    },
    {
      id: 'u_health',
      name: '盘锦市卫生健康委员会',
      shortName: '市卫健委',
      kind: 'government',
      active: true,
    },
    {
      id: 'u_housing',
      name: '盘锦市住房和城乡建设局',
      shortName: '市住建局',
      kind: 'government',
      active: true,
    },
    {
      id: 'u_transport',
      name: '盘锦市交通运输局',
      shortName: '市交通局',
      kind: 'government',
      active: true,
    },
    {
      id: 'u_agri',
      name: '盘锦市农业农村局',
      shortName: '市农业农村局',
      kind: 'government',
      active: true,
    },
    {
      id: 'u_eco',
      name: '盘锦市生态环境局',
      shortName: '市生态环境局',
      kind: 'government',
      active: true,
    },
    {
      id: 'u_civil',
      name: '盘锦市民政局',
      shortName: '市民政局',
      kind: 'government',
      active: true,
    },
    {
      id: 'u_hr',
      name: '盘锦市人力资源和社会保障局',
      shortName: '市人社局',
      kind: 'government',
      active: true,
    },
    {
      id: 'u_business',
      name: '盘锦市营商环境建设局',
      shortName: '市营商局',
      kind: 'government',
      active: true,
    },
    {
      id: 'u_sxtz',
      name: '双台子区人民政府',
      shortName: '双台子区政府',
      kind: 'government',
      active: true,
    },
    {
      id: 'u_xlt',
      name: '兴隆台区人民政府',
      shortName: '兴隆台区政府',
      kind: 'government',
      active: true,
    },
    {
      id: 'u_dw',
      name: '大洼区人民政府',
      shortName: '大洼区政府',
      kind: 'government',
      active: true,
    },
    {
      id: 'u_ps',
      name: '盘山县人民政府',
      shortName: '盘山县政府',
      kind: 'government',
      active: true,
    },
  ],
  answerCategories: [
    {
      code: 'A',
      label: {
        'zh-Hans': '已经解决或基本解决',
      },
    },
    {
      code: 'B',
      label: {
        'zh-Hans': '正在解决或列入计划解决',
      },
    },
    {
      code: 'C',
      label: {
        'zh-Hans': '因条件限制需以后解决',
      },
    },
    {
      code: 'D',
      label: {
        'zh-Hans': '留作参考',
      },
    },
  ],
  notFiledReasons: [
    {
      code: 'secret',
      label: {
        'zh-Hans': '涉及党和国家秘密',
      },
    },
    {
      code: 'prohibited',
      label: {
        'zh-Hans': '国家明令禁止',
      },
    },
    {
      code: 'party_internal',
      label: {
        'zh-Hans': '中共党员对党内组织、人事安排等方面有意见',
      },
    },
    {
      code: 'party_own',
      label: {
        'zh-Hans': '民主党派成员反映本组织内部问题',
      },
    },
    {
      code: 'litigation',
      label: {
        'zh-Hans': '已进入诉讼、仲裁程序',
      },
    },
    {
      code: 'academic',
      label: {
        'zh-Hans': '属于学术研讨',
      },
    },
    {
      code: 'personal',
      label: {
        'zh-Hans': '为本人或亲属解决个人问题',
      },
    },
    {
      code: 'promotion',
      label: {
        'zh-Hans': '宣传、推介具体作品、产品',
      },
    },
    {
      code: 'report',
      label: {
        'zh-Hans': '指名举报',
      },
    },
    {
      code: 'vague',
      label: {
        'zh-Hans': '内容空泛，没有具体建议',
      },
    },
    {
      code: 'not_one_matter',
      label: {
        'zh-Hans': '一案多事',
      },
    },
    {
      code: 'out_of_scope',
      label: {
        'zh-Hans': '超出本级职权范围',
      },
    },
  ],
  deadlines: {
    replyWorkingDays: 66,
    handbackWorkingDays: 5,
    maxExtensionWorkingDays: 44,
    opinionReplyWorkingDays: 10,
    dueSoonWorkingDays: 5,
  },
  calendar: {
    holidays: [
      '2026-01-01',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-04-06',
      '2026-05-01',
      '2026-05-04',
      '2026-05-05',
      '2026-06-19',
      '2026-09-25',
      '2026-10-01',
      '2026-10-02',
      '2026-10-05',
      '2026-10-06',
      '2026-10-07',
    ],
    workdays: ['2026-02-14', '2026-02-28', '2026-05-09', '2026-09-27', '2026-10-10'],
  },
  taskStages: [
    {
      code: 'planned',
      label: {
        'zh-Hans': '立项',
      },
      roles: ['staff', 'admin'],
      progress: 0,
      bucket: 'todo',
    },
    {
      code: 'research',
      label: {
        'zh-Hans': '调研视察',
      },
      roles: ['staff', 'member'],
      progress: 25,
      bucket: 'doing',
    },
    {
      code: 'consulted',
      label: {
        'zh-Hans': '协商议政',
      },
      roles: ['staff'],
      progress: 45,
      bucket: 'doing',
    },
    {
      code: 'assigned',
      label: {
        'zh-Hans': '交办落实',
      },
      roles: ['staff'],
      progress: 60,
      bucket: 'doing',
    },
    {
      code: 'answered',
      label: {
        'zh-Hans': '已答复',
      },
      roles: ['staff', 'unit'],
      progress: 80,
      bucket: 'answered',
      requires: ['reply_document'],
    },
    {
      code: 'fed_back',
      label: {
        'zh-Hans': '已反馈',
      },
      roles: ['staff'],
      progress: 100,
      bucket: 'fed_back',
      final: true,
      requires: ['feedback'],
    },
  ],
  opinionPolicy: {
    identity: 'optional',
    notice: {
      'zh-Hans':
        '本栏目受理对全市经济社会发展和民生问题的意见建议。不受理信访、涉法涉诉、组织人事事项，以及涉及国家秘密、个人隐私和商业秘密的内容。我们将在10个工作日内给予答复。',
      en: "We accept opinions on the city's development and people's livelihood. Petitions, matters in litigation, personnel matters and anything secret or private are not accepted. We reply within 10 working days.",
    },
    softLengthLimit: 1500,
  },
  privacy: {
    version: '2026-1',
    text: {
      'zh-Hans':
        '盘锦市政协办公室（联系电话0427-2800000）仅为办理您反映的问题收集您的姓名和手机号码，保存期限为办结后两年。您可以查询、更正或要求删除您的个人信息。',
      en: 'The Panjin CPPCC office (tel. 0427-2800000) collects your name and mobile number only to handle your submission and keeps them for two years after it is closed. You may access, correct or delete them.',
    },
  },
  forms: {},
  map: {
    provider: {
      kind: 'none',
    },
    attribution: '© 天地图',
    reviewNumber: '审图号：GS(2024)0650号',
    center: {
      lng: 122.07,
      lat: 41.12,
      crs: 'CGCS2000',
    },
    bounds: {
      southWest: {
        lng: 121.45,
        lat: 40.6,
        crs: 'CGCS2000',
      },
      northEast: {
        lng: 122.55,
        lat: 41.5,
        crs: 'CGCS2000',
      },
    },
    minZoom: 9,
    maxZoom: 18,
  },
  reportLevels: [
    {
      code: 'city',
      label: {
        'zh-Hans': '市政协',
      },
    },
    {
      code: 'province',
      label: {
        'zh-Hans': '省政协',
      },
    },
    {
      code: 'national',
      label: {
        'zh-Hans': '全国政协',
      },
    },
  ],
} satisfies z.input<typeof CountyConfig>;
