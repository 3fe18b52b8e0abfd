/**
 * People of the demo: about 120 CPPCC members (委员) stationed in villages and communities, the
 * dev-login accounts (staff, admin, four members, two handling-unit officers, a citizen), and a
 * pool of invented Chinese names. All names are invented (DEMO DATA).
 */
import type { Actor, CountyConfig, LocalizedText, Member, User } from '../contract/index.js';
import type { Geography, Village } from './geography.js';
import { findVillage } from './geography.js';
import { Rng } from './random.js';
import { sectorInfo } from './sectors.js';
import type { StationPlan } from './workstations.js';

/** The tenant of every record: 盘锦市. */
export const TENANT = '211100';

/** How many members the demo has. */
const MEMBER_COUNT = 120;

/** Common surnames of Liaoning, the more frequent ones repeated. */
const SURNAMES = [
  ...'王王王李李李张张张刘刘刘赵赵杨杨陈陈孙孙于于高高马马',
  ...'周吴徐朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭董潘袁蔡蒋魏苏吕丁任沈姚卢姜崔谭范金石贾付白孟秦邱尹薛闫段侯郝邵常关佟',
];
/** Characters of given names, a male-leaning and a female-leaning set (so that names read naturally). */
const GIVEN = [
  [...'建国明伟军磊洋勇杰涛超刚志强海波辉鹏宇峰斌新文博俊振东德成林永喜福庆立忠浩然远晨铭鑫哲岩松柏锦胜'],
  [...'丽娜静敏艳秀英霞桂玉兰晓春雪梅琳凤丹颖莉红晶婷佳琦慧欣思雨悦华芳燕萍淑'],
] as const;

/**
 * Invented names, unique within the demo. A few members' given names use characters outside the
 * BMP (CJK Extension B+), which forms and lists must count and render as one character each.
 */
export class NamePool {
  readonly #used = new Set<string>();
  readonly #rng: Rng;

  constructor(seed: number) {
    this.#rng = new Rng(seed);
  }

  /** Reserves a fixed name (throws on a duplicate, which would make the demo confusing). */
  reserve(name: string): string {
    if (this.#used.has(name)) throw new Error(`[tongxin] seed: the name ${name} is used twice`);
    this.#used.add(name);
    return name;
  }

  /** A fresh name: surname plus one or two given-name characters. */
  next(): string {
    for (;;) {
      const chars = this.#rng.pick(GIVEN);
      const given = this.#rng.chance(0.3) ? this.#rng.pick(chars) : this.#rng.pick(chars) + this.#rng.pick(chars);
      const name = this.#rng.pick(SURNAMES) + given;
      if (!this.#used.has(name) && given[0] !== given[1]) return this.reserve(name);
    }
  }
}

/**
 * Members with fixed names: the four with dev-login accounts first, then more with rare
 * characters. Where they live is chosen so that the member users have something nearby.
 */
const FIXED_MEMBERS: readonly { name: string; sector: string; town: string; village: string }[] = [
  { name: '李明', sector: 'agri', town: '荣兴街道', village: '稻香村' },
  { name: '赵红', sector: 'women', town: '振兴街道', village: '锦绣社区' },
  { name: '孙𨟠', sector: 'jiusan', town: '渤海街道', village: '湿地社区' },
  { name: '王𣵦', sector: 'edu', town: '胜利街道', village: '育红社区' },
  { name: '陈𬘭', sector: 'medical', town: '太平街道', village: '福寿社区' },
  { name: '刘𫓶', sector: 'science', town: '创新街道', village: '科苑社区' },
];

/** How often each sector appears among the generated members (the 中共 sector is the largest). */
const SECTOR_WEIGHTS: Readonly<Record<string, number>> = {
  cpc: 18,
  rcckmt: 4,
  cdl: 5,
  cndca: 5,
  capd: 4,
  cpwdp: 4,
  zgd: 2,
  jiusan: 4,
  independent: 5,
  youth: 3,
  union: 3,
  women: 4,
  acfic: 6,
  science: 5,
  econ: 8,
  agri: 7,
  edu: 6,
  medical: 6,
  social: 4,
  minority: 2,
};

/** Affiliations shown for sectors whose members are of any party. */
const MIXED_AFFILIATIONS = ['中共党员', '中共党员', '群众', '无党派人士'];

/** Builds the members with their sector, group, affiliation, village and workstations. */
export function buildMembers(config: CountyConfig, geo: Geography, stations: StationPlan, names: NamePool): Member[] {
  const rng = new Rng(0x3e3b);
  const sectorCodes = config.sectors.map((s) => s.code);
  const weighted = sectorCodes.flatMap((code) => Array<string>(SECTOR_WEIGHTS[code] ?? 1).fill(code));

  // Who lives where: fixed members first, then every remaining village gets one member (so that no
  // station is empty), then the rest go to random villages.
  const placed: { name: string; sector: string; village: Village }[] = FIXED_MEMBERS.map((m) => ({
    name: names.reserve(m.name),
    sector: m.sector,
    village: findVillage(geo, m.town, m.village),
  }));
  const uncoveredVillages = rng.shuffle(geo.villages.filter((v) => !placed.some((p) => p.village === v)));
  const uncoveredSectors = sectorCodes.filter((code) => !placed.some((p) => p.sector === code));
  while (placed.length < MEMBER_COUNT) {
    placed.push({
      name: names.next(),
      sector: uncoveredSectors.shift() ?? rng.pick(weighted),
      village: uncoveredVillages.shift() ?? rng.pick(geo.villages),
    });
  }

  const townsSeen = new Set<string>();
  const sectorsSeen = new Set<string>();
  return placed.map((p, i): Member => {
    const info = sectorInfo(p.sector);
    // Every member serves at the station of their village or community; the first member of each
    // town and of each sector (and some more) also at the street and the sector station.
    const workstationIds = [stations.byVillage(p.village.code).id];
    if (!townsSeen.has(p.village.town.code) || i % 4 === 0) workstationIds.push(stations.byTown(p.village.town.code).id);
    if (!sectorsSeen.has(p.sector) || i % 3 === 0) workstationIds.push(stations.bySector(p.sector).id);
    townsSeen.add(p.village.town.code);
    sectorsSeen.add(p.sector);
    return {
      id: memberId(i + 1),
      name: p.name,
      sectorCode: p.sector,
      group: info.group,
      affiliation: info.affiliation ?? rng.pick(MIXED_AFFILIATIONS),
      divisionCode: p.village.code,
      workstationIds,
    };
  });
}

/** `m_001` … */
export function memberId(n: number): string {
  return `m_${String(n).padStart(3, '0')}`;
}

/** A seeded member by id (throws when a table names one that does not exist). */
export function memberById(members: readonly Member[], id: string): Member {
  const member = members.find((m) => m.id === id);
  if (!member) throw new Error(`[tongxin] seed: no member ${id}`);
  return member;
}

/** A demo account for the dev login (no password: the dev login only names the account). */
export interface DemoUser {
  /** What is typed into the dev login, e.g. `staff`, `member-li`. */
  account: string;
  password?: never;
  /** What the account picker shows, e.g. 政协办公室工作人员（王文）. */
  label: LocalizedText;
  user: User;
}

const zh = (s: string): LocalizedText => ({ 'zh-Hans': s });

/** The office staff member who does most of the work in the histories. */
export const STAFF: Actor = { id: 'u_staff', name: '王文', role: 'staff' };
/** The administrator (also staff). */
export const ADMIN: Actor = { id: 'u_admin', name: '张静', role: 'admin' };

/** Officers of handling units that have dev-login accounts, by unit id. */
export const UNIT_OFFICERS: Readonly<Record<string, { userId: string; account: string; name: string }>> = {
  u_housing: { userId: 'u_unit_housing', account: 'unit-housing', name: '周强' },
  u_edu: { userId: 'u_unit_edu', account: 'unit-edu', name: '吴敏' },
};

/** Members with dev-login accounts: account, user id, member id. */
export const MEMBER_ACCOUNTS: readonly { account: string; userId: string; memberId: string }[] = [
  { account: 'member-li', userId: 'u_member_li', memberId: 'm_001' },
  { account: 'member-zhao', userId: 'u_member_zhao', memberId: 'm_002' },
  { account: 'member-sun', userId: 'u_member_sun', memberId: 'm_003' },
  { account: 'member-wang', userId: 'u_member_wang', memberId: 'm_004' },
];

/** The dev-login accounts. */
export function buildUsers(config: CountyConfig, members: readonly Member[]): DemoUser[] {
  const sectorLabel = (code: string | undefined) => config.sectors.find((s) => s.code === code)?.label['zh-Hans'] ?? '';
  const unitName = (id: string) => config.units.find((u) => u.id === id)?.shortName ?? id;
  const user = (id: string, name: string, roles: User['roles'], extra: Partial<Pick<User, 'memberId' | 'unitId'>> = {}): User => ({
    id,
    name,
    tenant: TENANT,
    roles,
    ...extra,
  });
  return [
    { account: 'staff', label: zh(`政协办公室工作人员（${STAFF.name}）`), user: user(STAFF.id!, STAFF.name!, ['staff']) },
    { account: 'admin', label: zh(`系统管理员（${ADMIN.name}）`), user: user(ADMIN.id!, ADMIN.name!, ['admin', 'staff']) },
    ...MEMBER_ACCOUNTS.map(({ account, userId, memberId }) => {
      const member = memberById(members, memberId);
      return {
        account,
        label: zh(`政协委员（${member.name}，${sectorLabel(member.sectorCode)}）`),
        user: user(userId, member.name, ['member'], { memberId }),
      };
    }),
    ...Object.entries(UNIT_OFFICERS).map(([unitId, officer]) => ({
      account: officer.account,
      label: zh(`${unitName(unitId)}办理人员（${officer.name}）`),
      user: user(officer.userId, officer.name, ['unit'], { unitId }),
    })),
    { account: 'citizen', label: zh('群众（刘桂芳）'), user: user('u_citizen', '刘桂芳', ['citizen']) },
  ];
}

/** The actor recorded when a member acts: with the user id when the member has an account. */
export function memberActor(member: Member): Actor {
  const account = MEMBER_ACCOUNTS.find((a) => a.memberId === member.id);
  return account ? { id: account.userId, name: member.name, role: 'member' } : { name: member.name, role: 'member' };
}

/** The actor recorded when a handling unit acts: its demo officer, or the unit's short name. */
export function unitActor(config: CountyConfig, unitId: string): Actor {
  const officer = UNIT_OFFICERS[unitId];
  if (officer) return { id: officer.userId, name: officer.name, role: 'unit' };
  const unit = config.units.find((u) => u.id === unitId);
  return { name: unit?.shortName ?? unit?.name ?? unitId, role: 'unit' };
}
