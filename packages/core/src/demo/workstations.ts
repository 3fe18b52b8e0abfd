/**
 * 委员工作站 — the "three in one" grassroots network of the seed article: 界别委员工作站 (one per
 * sector), 街道委员工作站 (one per street or town) and 村(社区)委员工作站 (one per village or
 * community). Names end in （演示） because every station here is DEMO DATA.
 */
import type { CountyConfig, Member, Workstation } from '../contract/index.js';
import { addDays, stamp } from './calendar.js';
import type { Geography, Point, Town, Village } from './geography.js';
import { placeName } from './geography.js';
import type { NamePool } from './people.js';
import { TENANT } from './people.js';
import { Rng } from './random.js';
import { sectorInfo } from './sectors.js';

/** A station before it has members: its id, kind and place. */
export type PlannedStation =
  | { id: string; type: 'street'; town: Town }
  | { id: string; type: 'village'; village: Village }
  | { id: string; type: 'sector'; sectorCode: string; village: Village };

/** Station ids decided up front, so that members, opinions and stations can point at each other. */
export interface StationPlan {
  all: PlannedStation[];
  byVillage(code: string): PlannedStation;
  byTown(code: string): PlannedStation;
  bySector(code: string): PlannedStation;
}

/** Numbers the stations: per town its street station then its villages' stations, then the sector stations. */
export function planStations(config: CountyConfig, geo: Geography): StationPlan {
  const rng = new Rng(0x5747);
  const all: PlannedStation[] = [];
  const id = () => `ws_${String(all.length + 1).padStart(3, '0')}`;
  for (const town of geo.towns) {
    all.push({ id: id(), type: 'street', town });
    for (const village of geo.villages.filter((v) => v.town === town)) all.push({ id: id(), type: 'village', village });
  }
  // Sector stations sit in communities of the two urban districts, where the parties' offices are.
  const urban = geo.villages.filter((v) => v.kind === 'community' && ['211102', '211103'].includes(v.town.county.code));
  const sites = rng.sample(urban, config.sectors.length);
  config.sectors.forEach((sector, i) => {
    all.push({ id: id(), type: 'sector', sectorCode: sector.code, village: sites[i % sites.length]! });
  });
  const find = (test: (s: PlannedStation) => boolean, what: string) => {
    const station = all.find(test);
    if (!station) throw new Error(`[tongxin] seed: no station for ${what}`);
    return station;
  };
  return {
    all,
    byVillage: (code) => find((s) => s.type === 'village' && s.village.code === code, code),
    byTown: (code) => find((s) => s.type === 'street' && s.town.code === code, code),
    bySector: (code) => find((s) => s.type === 'sector' && s.sectorCode === code, code),
  };
}

type Activity = Workstation['activities'][number];
type ActivityIdea = Omit<Activity, 'date'>;

/** Grassroots consultation formats from the seed article: 板凳协商, 楼宇协商, 社区协商, 微信协商. */
const COMMUNITY_ACTIVITIES: readonly ActivityIdea[] = [
  { title: '楼宇协商：老旧楼道加装电梯意见征集', summary: '委员与居民代表、物业逐栋商议加装电梯的费用分摊和施工时间。' },
  { title: '社区协商：垃圾分类投放点选址', summary: '居民、物业和委员现场踏勘，确定三处投放点并约定开放时段。' },
  { title: '板凳协商：小区停车难', summary: '在小区广场摆上板凳，听取居民对划设停车位和错时共享车位的意见。' },
  { title: '微信协商：冬季供暖问题收集', summary: '通过社区微信群收集供暖不热线索，汇总后转交供热企业。' },
  { title: '委员接待日：收集群众诉求' },
  { title: '医疗卫生工作队义诊进社区', summary: '委员医生为老年居民测量血压血糖，讲解慢病用药。' },
  { title: '法律援助工作队进社区', summary: '解答赡养、物业合同等法律问题。' },
  { title: '科技沙龙：智慧养老设备体验' },
];
const VILLAGE_ACTIVITIES: readonly ActivityIdea[] = [
  { title: '板凳协商：稻蟹种养技术推广', summary: '在田间地头与种养大户商量蟹苗投放密度和稻田水位管理。' },
  { title: '板凳协商：村屯道路修缮', summary: '村民代表和委员商定修缮路段的先后顺序，形成意见报镇政府。' },
  { title: '村民议事：沟渠清淤', summary: '商定清淤时间和投工投劳办法。' },
  { title: '科技沙龙进村屯：水稻病虫害绿色防控' },
  { title: '医疗卫生工作队义诊进村屯', summary: '为留守老人义诊并建立健康档案。' },
  { title: '法律援助工作队进村屯：土地流转合同', summary: '帮助农户审看土地流转合同条款。' },
  { title: '微信协商：农村寄递物流最后一公里' },
];
const STREET_ACTIVITIES: readonly ActivityIdea[] = [
  { title: '街道协商议事会：背街小巷改造', summary: '委员、居民代表和街道城建科共同商定改造清单。' },
  { title: '委员接待日：收集群众诉求' },
  { title: '微信协商：农贸市场规范经营' },
  { title: '政策宣讲：惠企政策进街道' },
  { title: '协商议事：社区嵌入式养老服务', summary: '围绕助餐点选址和服务价格听取老年居民意见。' },
];
const SECTOR_ACTIVITIES: readonly ActivityIdea[] = [
  { title: '界别协商座谈会', summary: '围绕年度重点协商议题听取界别群众意见。' },
  { title: '联合调研：民营企业用工情况', summary: '与所联系的党派团体联合走访企业。' },
  { title: '思想状况调查座谈会', summary: '开展半年一次的委员和界别群众思想状况调查。' },
  { title: '界别群众走访' },
];

const VILLAGE_SERVICES = ['政策宣讲', '法律咨询', '义诊服务', '协商议事', '助老助残', '就业指导', '矛盾调解'];
const RURAL_SERVICES = ['科技下乡', '农技指导', '法律咨询', '义诊服务', '协商议事', '矛盾调解'];

/** Services a sector station offers on top of the common ones. */
const SECTOR_SERVICES: Readonly<Record<string, string>> = {
  medical: '义诊服务',
  agri: '科技下乡',
  edu: '助学帮扶',
  acfic: '助企纾困',
  econ: '助企纾困',
  social: '法律援助',
  science: '科技沙龙',
};

/** Builds the stations with their stationed members, duty, services and recent activities. */
export function buildWorkstations(
  config: CountyConfig,
  plan: StationPlan,
  members: readonly Member[],
  names: NamePool,
  linkedOpinions: ReadonlyMap<string, number>,
): Workstation[] {
  const rng = new Rng(0x7773);
  return plan.all.map((planned, i): Workstation => {
    const site = siteOf(planned, rng);
    const seeded = members
      .filter((m) => m.workstationIds?.includes(planned.id))
      .map((m) => ({ memberId: m.id, name: m.name, ...(m.sectorCode ? { sectorCode: m.sectorCode } : {}) }));
    // County- and province-level members stationed here as well (the article's 1,098 members of
    // three levels); they are not on the city's roster, so they have a name and sector only.
    const others = Array.from({ length: planned.type === 'street' ? rng.int(2, 3) : rng.int(1, 2) }, () => ({
      name: names.next(),
      sectorCode: planned.type === 'sector' ? planned.sectorCode : rng.pick(config.sectors).code,
    }));
    const activities = pickActivities(planned, rng);
    const lastActivity = activities[0]?.date ?? '2026-10-15';
    return {
      id: planned.id,
      tenant: TENANT,
      name: site.name,
      type: planned.type,
      divisionCode: site.divisionCode,
      address: site.address,
      location: { ...site.point, crs: 'WGS84' },
      host: site.host,
      officePhone: `0427-28${String(10000 + i * 263).slice(-5)}`,
      sectorCodes: planned.type === 'sector' ? [planned.sectorCode] : [],
      members: [...seeded, ...others],
      duty: dutyOf(planned, rng),
      services: servicesOf(planned, rng),
      activities,
      photos: [],
      opinionCount: rng.int(planned.type === 'sector' ? 2 : 5, planned.type === 'street' ? 60 : 40) + (linkedOpinions.get(planned.id) ?? 0),
      updatedAt: stamp(addDays(lastActivity, 1), '10:00'),
      version: 1,
    };
  });
}

/** Name, address, host and map point of a station. */
function siteOf(planned: PlannedStation, rng: Rng): { name: string; divisionCode: string; address: string; host: string; point: Point } {
  const near = (p: Point, d: number): Point => ({
    lng: Math.round((p.lng + (rng.float() * 2 - 1) * d) * 1e5) / 1e5,
    lat: Math.round((p.lat + (rng.float() * 2 - 1) * d) * 1e5) / 1e5,
  });
  switch (planned.type) {
    case 'street': {
      const { town } = planned;
      const office = town.kind === 'street' ? `${town.name}办事处` : `${town.name}人民政府`;
      return {
        name: `${town.county.name}${town.name}委员工作站（演示）`,
        divisionCode: town.code,
        address: `${town.county.name}${town.name}${town.kind === 'street' ? '办事处二楼' : '人民政府一楼'}`,
        host: office,
        point: near(town.point, 0.002),
      };
    }
    case 'village': {
      const { village } = planned;
      return {
        name: `${placeName(village)}委员工作站（演示）`,
        divisionCode: village.code,
        address: `${placeName(village)}党群服务中心`,
        host: `${village.name}${village.kind === 'community' ? '居民委员会' : '村民委员会'}`,
        point: village.point,
      };
    }
    case 'sector': {
      const info = sectorInfo(planned.sectorCode);
      return {
        // 民革界别委员工作站, but 教育界委员工作站 (no 界界别).
        name: `盘锦市政协${info.short}${info.short.endsWith('界') ? '' : '界别'}委员工作站（演示）`,
        divisionCode: planned.village.code,
        address: `${placeName(planned.village)}委员之家三楼`,
        host: info.host,
        point: near(planned.village.point, 0.003),
      };
    }
  }
}

/** 接待日: village stations on Wednesday mornings (as in many counties), streets three days a week. */
function dutyOf(planned: PlannedStation, rng: Rng): Workstation['duty'] {
  switch (planned.type) {
    case 'street':
      return {
        slots: [
          { weekday: 1, start: '09:00', end: '11:30' },
          { weekday: 3, start: '09:00', end: '11:30' },
          { weekday: 5, start: '14:00', end: '16:30' },
        ],
        note: '每月第二周周三为委员接待日，由驻站委员轮值',
      };
    case 'village':
      return rng.chance(0.3)
        ? {
            slots: [
              { weekday: 3, start: '09:00', end: '11:30' },
              { weekday: 5, start: '14:00', end: '16:30' },
            ],
          }
        : { slots: [{ weekday: 3, start: '09:00', end: '11:30' }], note: '每月第二周周三为委员接待日' };
    case 'sector':
      return { slots: [{ weekday: rng.pick([2, 4]), start: '14:00', end: '17:00' }], note: '每月最后一周为界别群众接待日' };
  }
}

function servicesOf(planned: PlannedStation, rng: Rng): string[] {
  switch (planned.type) {
    case 'street':
      return ['接待群众来访', '收集社情民意', '协商议事', '委员履职培训'];
    case 'village':
      return ['接待群众来访', '收集社情民意', ...rng.sample(planned.village.kind === 'community' ? VILLAGE_SERVICES : RURAL_SERVICES, 2)];
    case 'sector': {
      const extra = SECTOR_SERVICES[planned.sectorCode];
      return ['联系界别群众', '收集社情民意', '界别协商', ...(extra ? [extra] : [])];
    }
  }
}

/** One to three recent activities, newest first, between March and mid-November 2026. */
function pickActivities(planned: PlannedStation, rng: Rng): Activity[] {
  const pool =
    planned.type === 'street'
      ? STREET_ACTIVITIES
      : planned.type === 'sector'
        ? SECTOR_ACTIVITIES
        : planned.village.kind === 'community'
          ? COMMUNITY_ACTIVITIES
          : VILLAGE_ACTIVITIES;
  return rng
    .sample(pool, rng.int(1, 3))
    .map((idea) => ({ date: addDays('2026-03-02', rng.int(0, 255)), ...idea }))
    .sort((a, b) => b.date.localeCompare(a.date));
}
