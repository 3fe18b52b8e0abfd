// Two workstations a framework page hands to <tx-workstation-map> as a property (an array, which
// an attribute could not carry), in the contract's shape.
import type { Workstation } from '@tongxin/core';

const station = (n: number, name: string, lng: number, lat: number): Workstation => ({
  id: `ws_fw_${n}`,
  tenant: '211100',
  name,
  type: 'village',
  divisionCode: `21110300${n}200`,
  address: `兴隆台区示例路${n}号党群服务中心`,
  location: { lng, lat, crs: 'WGS84' },
  host: `示例第${n}社区居民委员会`,
  officePhone: `0427-280000${n}`,
  sectorCodes: [],
  members: [{ name: '李明', sectorCode: 'agri' }],
  duty: { slots: [{ weekday: 3, start: '09:00', end: '11:30' }] },
  services: ['接待群众来访', '收集社情民意'],
  activities: [],
  photos: [],
  opinionCount: 0,
  updatedAt: '2026-10-19T10:00:00+08:00',
  version: 1,
});

export const stations = [station(1, '示例第一社区委员工作站', 122.05, 41.12), station(2, '示例第二社区委员工作站', 122.08, 41.13)];

/** The API origin: the reference server that serves this page. */
export const endpoint = new URL('/', location.href).href;
