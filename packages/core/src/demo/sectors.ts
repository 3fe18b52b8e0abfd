/**
 * What the demo needs to know about each 界别 (sector) of the county configuration: a short
 * name for station names, the affiliation members of that sector show, and the organisation that
 * hosts its 界别委员工作站. Organisation names follow the usual 盘锦市委会 pattern (demo data).
 */

export interface SectorInfo {
  /** Short name, e.g. 民革 (used in 市政协民革界别委员工作站). */
  short: string;
  /** The affiliation (政治面貌) members of the sector show; `undefined` means "varies". */
  affiliation?: string;
  /** Host organisation of the sector's workstation (承建单位). */
  host: string;
  /** 组别 — the member group the sector's members sit in at plenary sessions. */
  group: string;
  /** For democratic parties and the federation: the organisation that may lead key tasks. */
  party?: string;
}

export const SECTOR_INFO: Readonly<Record<string, SectorInfo>> = {
  cpc: { short: '中共', group: '第一组', affiliation: '中共党员', host: '市政协机关党组' },
  rcckmt: { short: '民革', group: '第二组', affiliation: '民革党员', host: '民革盘锦市委会', party: '民革盘锦市委会' },
  cdl: { short: '民盟', group: '第二组', affiliation: '民盟盟员', host: '民盟盘锦市委会', party: '民盟盘锦市委会' },
  cndca: { short: '民建', group: '第二组', affiliation: '民建会员', host: '民建盘锦市委会', party: '民建盘锦市委会' },
  capd: { short: '民进', group: '第二组', affiliation: '民进会员', host: '民进盘锦市委会', party: '民进盘锦市委会' },
  cpwdp: { short: '农工党', group: '第三组', affiliation: '农工党党员', host: '农工党盘锦市委会', party: '农工党盘锦市委会' },
  zgd: { short: '致公党', group: '第三组', affiliation: '致公党党员', host: '致公党盘锦市支部' },
  jiusan: { short: '九三学社', group: '第三组', affiliation: '九三学社社员', host: '九三学社盘锦市委会', party: '九三学社盘锦市委会' },
  independent: { short: '无党派人士', group: '第三组', affiliation: '无党派人士', host: '市政协无党派人士联络组' },
  youth: { short: '共青团', group: '第四组', host: '共青团盘锦市委' },
  union: { short: '总工会', group: '第四组', host: '盘锦市总工会' },
  women: { short: '妇联', group: '第四组', host: '盘锦市妇女联合会' },
  acfic: { short: '工商联', group: '第五组', host: '盘锦市工商业联合会', party: '盘锦市工商联' },
  science: { short: '科技界', group: '第六组', host: '盘锦市科学技术协会' },
  econ: { short: '经济界', group: '第五组', host: '市政协经济委员会' },
  agri: { short: '农业和农村界', group: '第八组', host: '市政协农业和农村委员会' },
  edu: { short: '教育界', group: '第六组', host: '市政协教科卫体委员会' },
  medical: { short: '医药卫生界', group: '第七组', host: '盘锦市中心医院' },
  social: { short: '社会福利和社会保障界', group: '第七组', host: '市政协社会和法制委员会' },
  minority: { short: '少数民族界', group: '第八组', host: '市政协民族宗教和港澳台侨委员会' },
};

/** Sector facts for a code from the configuration (throws if the table misses one). */
export function sectorInfo(code: string): SectorInfo {
  const info = SECTOR_INFO[code];
  if (!info) throw new Error(`[tongxin] seed: sector ${code} has no row in SECTOR_INFO; add one`);
  return info;
}
