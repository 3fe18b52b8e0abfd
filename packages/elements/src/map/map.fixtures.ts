/**
 * Test data for `<tx-workstation-map>`: a small county (211100 盘锦市, four districts as in the
 * seed), its configuration, division tree and stations, and a generator for many stations.
 * DEMO DATA: names and coordinates are invented.
 */
import type { CountyConfig, Division, Workstation } from '@tongxin/core';

const zh = (s: string) => ({ 'zh-Hans': s });

/** A station with the given changes (a street station in 兴隆台区振兴街道 unless told otherwise). */
export function station(changes: Partial<Workstation> & { id: string }): Workstation {
  return {
    tenant: '211100',
    name: `测试工作站${changes.id}（演示）`,
    type: 'street',
    divisionCode: '211103001000',
    address: '兴隆台区振兴街道办事处二楼',
    location: { lng: 122.071, lat: 41.122, crs: 'WGS84' },
    host: '振兴街道办事处',
    officePhone: '0427-2800000',
    sectorCodes: [],
    members: [{ memberId: 'm_1', name: '李明', sectorCode: 'agri' }],
    duty: { slots: [{ weekday: 3, start: '09:00', end: '11:30' }], note: '每月第二周周三为委员接待日' },
    services: ['接待群众来访', '收集社情民意'],
    activities: [{ date: '2026-10-18', title: '板凳协商：小区停车难', summary: '在小区广场听取居民意见。' }],
    photos: [],
    opinionCount: 12,
    updatedAt: '2026-10-19T10:00:00+08:00',
    version: 1,
    ...changes,
  };
}

/** Five stations across districts, types and CRSs. */
export const stations: Workstation[] = [
  station({ id: 'ws_001', name: '兴隆台区振兴街道委员工作站（演示）' }),
  station({
    id: 'ws_002',
    name: '兴隆台区振兴街道泰山社区委员工作站（演示）',
    type: 'village',
    divisionCode: '211103001003',
    address: '兴隆台区振兴街道泰山社区党群服务中心',
    location: { lng: 122.08, lat: 41.13, crs: 'GCJ02' },
    members: [{ name: '王芳', sectorCode: 'medical' }],
    services: ['义诊服务', '法律咨询'],
  }),
  station({
    id: 'ws_003',
    name: '双台子区胜利街道委员工作站（演示）',
    divisionCode: '211102001000',
    address: '双台子区胜利街道办事处二楼',
    location: { lng: 122.062, lat: 41.201, crs: 'BD09' },
    members: [{ name: '张伟', sectorCode: 'cpc' }],
  }),
  station({
    id: 'ws_004',
    name: '大洼区田家街道北窑村委员工作站（演示）',
    type: 'village',
    divisionCode: '211104002202',
    address: '大洼区田家街道北窑村党群服务中心',
    location: { lng: 122.13, lat: 41.03, crs: 'WGS84' },
    members: [{ name: '赵丽', sectorCode: 'agri' }],
    services: ['农技指导'],
  }),
  station({
    id: 'ws_005',
    name: '盘锦市政协农业和农村界委员工作站（演示）',
    type: 'sector',
    divisionCode: '211103002001',
    address: '兴隆台区兴隆街道兴隆社区委员之家三楼',
    sectorCodes: ['agri'],
    members: [{ name: '孙强' }],
    location: { lng: 122.085, lat: 41.133, crs: 'CGCS2000' },
  }),
];

/** The county configuration the tests serve (tiles off unless a test sets a provider). */
export const config: CountyConfig = {
  tenant: '211100',
  name: zh('中国人民政治协商会议盘锦市委员会'),
  shortName: zh('盘锦市政协'),
  currentSession: { term: 9, meeting: 5 },
  proposalCategories: [{ code: 'economy', label: zh('经济') }],
  opinionCategories: [{ code: 'livelihood', label: zh('民生保障') }],
  sectors: [
    { code: 'cpc', label: { 'zh-Hans': '中国共产党', en: 'CPC' } },
    { code: 'agri', label: { 'zh-Hans': '农业和农村界', 'zh-Hant': '農業和農村界', en: 'Agriculture' } },
    { code: 'medical', label: zh('医药卫生界') },
  ],
  units: [{ id: 'u_housing', name: '盘锦市住房和城乡建设局', kind: 'government', active: true }],
  answerCategories: [{ code: 'A', label: zh('已经解决或基本解决') }],
  notFiledReasons: [{ code: 'personal', label: zh('为本人或亲属解决个人问题') }],
  deadlines: {
    replyWorkingDays: 66,
    handbackWorkingDays: 5,
    maxExtensionWorkingDays: 44,
    opinionReplyWorkingDays: 10,
    dueSoonWorkingDays: 5,
  },
  calendar: { holidays: [], workdays: [] },
  taskStages: [{ code: 'planned', label: zh('立项'), roles: ['staff'], progress: 0, bucket: 'todo' }],
  opinionPolicy: { identity: 'optional', notice: zh('本栏目不受理信访事项。'), softLengthLimit: 1500 },
  privacy: { version: '2026-1', text: zh('仅为办理您反映的问题使用您的信息。') },
  forms: {},
  map: {
    provider: { kind: 'none' },
    attribution: '© 天地图',
    reviewNumber: 'GS(2024)0650号',
    center: { lng: 122.07, lat: 41.12, crs: 'CGCS2000' },
    bounds: { southWest: { lng: 121.45, lat: 40.6, crs: 'CGCS2000' }, northEast: { lng: 122.55, lat: 41.5, crs: 'CGCS2000' } },
    minZoom: 9,
    maxZoom: 18,
  },
  reportLevels: [{ code: 'city', label: zh('市政协') }],
};

/** The division tree: the city, its districts, two towns, their villages. */
export const divisions: Division[] = [
  { code: '211100', name: '盘锦市', level: 'prefecture' },
  { code: '211102', name: '双台子区', level: 'county', parent: '211100' },
  { code: '211103', name: '兴隆台区', level: 'county', parent: '211100' },
  { code: '211104', name: '大洼区', level: 'county', parent: '211100' },
  { code: '211122', name: '盘山县', level: 'county', parent: '211100' },
  { code: '211103001000', name: '振兴街道', level: 'town', parent: '211103' },
  { code: '211103002000', name: '兴隆街道', level: 'town', parent: '211103' },
  { code: '211102001000', name: '胜利街道', level: 'town', parent: '211102' },
  { code: '211104002000', name: '田家街道', level: 'town', parent: '211104' },
  { code: '211103001003', name: '泰山社区', level: 'village', parent: '211103001000' },
  { code: '211103001001', name: '振兴社区', level: 'village', parent: '211103001000' },
  { code: '211103002001', name: '兴隆社区', level: 'village', parent: '211103002000' },
  { code: '211104002202', name: '北窑村', level: 'village', parent: '211104002000' },
];

/** What `GET /divisions?parent=` answers (no parent: the city and its districts). */
export function divisionsUnder(parent: string | null): Division[] {
  return parent ? divisions.filter((d) => d.parent === parent) : divisions.filter((d) => d.level === 'prefecture' || d.level === 'county');
}

/** `n` stations spread over the county around its centre (deterministic). */
export function many(n: number, spread = 0.25): Workstation[] {
  let seed = 0x2f6b;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  return Array.from({ length: n }, (_, i) =>
    station({
      id: `ws_${String(i + 1).padStart(5, '0')}`,
      name: `第${i + 1}号委员工作站（演示）`,
      type: i % 3 === 0 ? 'street' : 'village',
      divisionCode: `${['211102', '211103', '211104', '211122'][i % 4]}001001`,
      address: `${['双台子区', '兴隆台区', '大洼区', '盘山县'][i % 4]}演示路${i + 1}号`,
      location: { lng: 122.07 + (random() * 2 - 1) * spread, lat: 41.12 + (random() * 2 - 1) * spread * 0.8, crs: 'WGS84' },
    }),
  );
}
