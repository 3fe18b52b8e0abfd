/**
 * The division tree of the demo city: 盘锦市 (211100), its four county-level divisions (real GB/T
 * 2260 codes) and, below them, towns/streets (乡镇/街道) and villages/communities (村/社区).
 *
 * DEMO DATA: the town and village names, their 12-digit codes and all coordinates below county
 * level are invented for the demo (some names are generic ones found all over Liaoning). They
 * follow the NBS code format: county (6) + town (3) + village (3), where towns numbered 001–099
 * are 街道 and 100–199 are 镇, and villages 001–199 are 社区 (居委会) and 200–399 are 村 (村委会).
 */
import type { Division } from '../contract/index.js';
import { Rng } from './random.js';

/** A town or street in the table: name, approximate centre (WGS-84) and its villages/communities. */
interface TownRow {
  name: string;
  center: readonly [lng: number, lat: number];
  villages: readonly string[];
}

/** A county-level division in the table. */
interface CountyRow {
  code: string;
  name: string;
  /** The district government's handling-unit id in the county configuration. */
  unitId: string;
  towns: readonly TownRow[];
}

/** The city itself (the platform operator in the demo). */
export const CITY = { code: '211100', name: '盘锦市', center: [122.07, 41.12] as const };

/*
 * County centres (from panjin-demo-facts.md): 双台子区 ≈ 41.19 N 122.06 E; 兴隆台区 ≈ 41.12 N 122.07 E;
 * 大洼区 ≈ 40.99 N 122.08 E; 盘山县 ≈ 41.24 N 121.99 E. Town centres are placed around them.
 */
const COUNTIES: readonly CountyRow[] = [
  {
    code: '211102',
    name: '双台子区',
    unitId: 'u_sxtz',
    towns: [
      {
        name: '胜利街道',
        center: [122.055, 41.195],
        villages: ['胜利社区', '新华社区', '民主社区', '光明社区', '育红社区', '和平社区', '文明社区'],
      },
      { name: '红旗街道', center: [122.075, 41.185], villages: ['红旗社区', '园林社区', '东风社区', '惠民社区', '金港社区'] },
      {
        name: '辽河街道',
        center: [122.04, 41.178],
        villages: ['辽河社区', '湖滨社区', '锦苑社区', '幸福社区', '兴海社区', '城南社区', '苇岸社区'],
      },
      { name: '陆家镇', center: [122.0, 41.215], villages: ['陆家村', '后岗子村', '王家窝棚村', '河沿村', '三台子村', '新立村'] },
    ],
  },
  {
    code: '211103',
    name: '兴隆台区',
    unitId: 'u_xlt',
    towns: [
      { name: '振兴街道', center: [122.071, 41.122], villages: ['振兴社区', '惠宾社区', '泰山社区', '鼎翔社区', '锦绣社区', '石油社区'] },
      { name: '兴隆街道', center: [122.085, 41.132], villages: ['兴隆社区', '双兴社区', '翠园社区', '市府社区', '泰和社区', '万和社区'] },
      {
        name: '渤海街道',
        center: [122.095, 41.105],
        villages: ['渤海社区', '新城社区', '海韵社区', '湿地社区', '向海社区', '芳草社区', '蓝湾社区'],
      },
      { name: '创新街道', center: [122.05, 41.11], villages: ['创新社区', '科苑社区', '雅居社区', '明珠社区', '金泰社区', '学府社区'] },
      { name: '曙光街道', center: [121.98, 41.15], villages: ['曙光社区', '欢喜岭社区', '油城社区', '兴油社区', '金岭社区', '锦程社区'] },
    ],
  },
  {
    code: '211104',
    name: '大洼区',
    unitId: 'u_dw',
    towns: [
      { name: '大洼街道', center: [122.08, 40.995], villages: ['向阳社区', '文化社区', '迎宾社区', '锦江社区', '滨河社区', '红光社区'] },
      { name: '田家街道', center: [122.13, 41.03], villages: ['田家村', '北窑村', '白家村', '蒲草泡村', '小堡子村', '小洼村'] },
      { name: '荣兴街道', center: [122.01, 40.96], villages: ['荣兴村', '高家村', '潘家村', '南窑村', '稻香村', '蟹田村'] },
      { name: '新开镇', center: [122.17, 40.96], villages: ['新开村', '腰岗子村', '三道沟村', '前进村', '胜利村', '榆树村', '兴家村'] },
      { name: '赵圈河镇', center: [121.88, 40.93], villages: ['赵圈河村', '苇场村', '红海滩村', '鹤乡村', '兴海村', '南井子村'] },
    ],
  },
  {
    code: '211122',
    name: '盘山县',
    unitId: 'u_ps',
    towns: [
      { name: '太平街道', center: [121.99, 41.24], villages: ['太平社区', '繁荣社区', '城郊社区', '福寿社区', '和谐社区', '锦华社区'] },
      { name: '高升镇', center: [121.9, 41.28], villages: ['高升村', '北高家村', '大荒村', '二十里村', '兴家窝棚村', '平安村', '前进村'] },
      { name: '沙岭镇', center: [122.15, 41.33], villages: ['沙岭村', '古城子村', '大堡子村', '三家子村', '张家村', '西沙村'] },
      { name: '甜水镇', center: [121.78, 41.23], villages: ['甜水村', '苇塘村', '东安村', '新兴村', '河洼村', '东岗村'] },
    ],
  },
];

/** A point in WGS-84 degrees. */
export interface Point {
  lng: number;
  lat: number;
}

/** A county-level division with what the generators need. */
export interface County {
  code: string;
  name: string;
  unitId: string;
}

/** A town (镇) or street (街道). */
export interface Town {
  code: string;
  name: string;
  kind: 'street' | 'town';
  county: County;
  point: Point;
}

/** A village (村) or community (社区): where members are stationed and most stations stand. */
export interface Village {
  code: string;
  name: string;
  kind: 'community' | 'village';
  town: Town;
  point: Point;
}

/** The whole tree, flattened for lookups. */
export interface Geography {
  counties: County[];
  towns: Town[];
  villages: Village[];
  /** The tree as `Division` records: city, counties, towns, villages. */
  divisions: Division[];
}

/** Rounds to 5 decimals (≈ 1 m), the precision a station's map pin needs. */
const round5 = (n: number) => Math.round(n * 1e5) / 1e5;

/** Builds the division tree with jittered village coordinates around each town centre. */
export function buildGeography(): Geography {
  const rng = new Rng(0x2111);
  const geo: Geography = {
    counties: [],
    towns: [],
    villages: [],
    divisions: [{ code: CITY.code, name: CITY.name, level: 'prefecture' }],
  };
  for (const row of COUNTIES) {
    const county: County = { code: row.code, name: row.name, unitId: row.unitId };
    geo.counties.push(county);
    geo.divisions.push({ code: county.code, name: county.name, parent: CITY.code, level: 'county' });
    let streets = 0;
    let townships = 0;
    for (const townRow of row.towns) {
      const kind = townRow.name.endsWith('镇') ? 'town' : 'street';
      const seq = kind === 'town' ? 100 + ++townships : ++streets;
      const town: Town = {
        code: `${county.code}${String(seq).padStart(3, '0')}000`,
        name: townRow.name,
        kind,
        county,
        point: { lng: townRow.center[0], lat: townRow.center[1] },
      };
      geo.towns.push(town);
      geo.divisions.push({ code: town.code, name: town.name, parent: county.code, level: 'town' });
      // Urban communities sit close together; villages spread over the fields.
      let communities = 0;
      let villages = 0;
      for (const name of townRow.villages) {
        const villageKind = name.endsWith('社区') ? 'community' : 'village';
        const spread = villageKind === 'community' ? 0.012 : 0.035;
        const vseq = villageKind === 'community' ? ++communities : 200 + ++villages;
        const village: Village = {
          code: `${town.code.slice(0, 9)}${String(vseq).padStart(3, '0')}`,
          name,
          kind: villageKind,
          town,
          point: {
            lng: round5(town.point.lng + (rng.float() * 2 - 1) * spread),
            lat: round5(town.point.lat + (rng.float() * 2 - 1) * spread * 0.75),
          },
        };
        geo.villages.push(village);
        geo.divisions.push({ code: village.code, name: village.name, parent: town.code, level: 'village' });
      }
    }
  }
  return geo;
}

/** Finds a village by its town's and its own name (names repeat across towns, e.g. 前进村). */
export function findVillage(geo: Geography, townName: string, villageName: string): Village {
  const village = geo.villages.find((v) => v.town.name === townName && v.name === villageName);
  if (!village) throw new Error(`[tongxin] seed: no village ${townName}/${villageName} in the demo geography`);
  return village;
}

/** Full place name of a village, e.g. 兴隆台区振兴街道锦绣社区. */
export function placeName(village: Village): string {
  return `${village.town.county.name}${village.town.name}${village.name}`;
}
