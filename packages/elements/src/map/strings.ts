/** UI strings of `<tx-workstation-map>` in zh-Hans (first), zh-Hant and en. */
import { localized, type WorkstationType } from '@tongxin/core';

/** The strings of one language. */
export type MapStrings = {
  heading: string;
  /** Names of the station types (委员工作站 kinds). */
  types: Record<WorkstationType, string>;
  filters: string;
  district: string;
  town: string;
  village: string;
  type: string;
  sector: string;
  all: string;
  search: string;
  searchHint: string;
  reset: string;
  nearMe: string;
  locating: string;
  nearOff: string;
  /** Shown while the list is sorted by distance; says the position stays on the device. */
  nearOn: string;
  locateDenied: string;
  locateFailed: string;
  locateUnsupported: string;
  distance: (km: number) => string;
  count: (shown: number, total: number) => string;
  loadingCount: (loaded: number) => string;
  none: string;
  list: string;
  more: (left: number) => string;
  noLocation: string;
  showMap: string;
  hideMap: string;
  inViewOnly: string;
  map: string;
  mapNote: string;
  mapLoading: string;
  mapFailed: string;
  tilesFailed: string;
  zoomIn: string;
  zoomOut: string;
  cluster: (n: number) => string;
  youAreHere: string;
  back: string;
  address: string;
  host: string;
  phone: string;
  duty: string;
  weekdays: readonly string[];
  members: string;
  services: string;
  activities: string;
  moreActivities: (n: number) => string;
  opinions: (n: number) => string;
  sendOpinion: string;
  noOpinionBox: (phone: string | undefined) => string;
  notFound: string;
  review: string;
};

const zhHans: MapStrings = {
  heading: '委员工作站',
  types: {
    sector: '界别委员工作站',
    street: '街道（乡镇）委员工作站',
    village: '村（社区）委员工作站',
    park: '园区·楼宇委员工作站',
    joint: '两代表一委员工作室',
  },
  filters: '查找工作站',
  district: '区（县）',
  town: '乡镇（街道）',
  village: '村（社区）',
  type: '类型',
  sector: '界别',
  all: '全部',
  search: '搜索',
  searchHint: '名称、地址、服务或委员姓名',
  reset: '清除条件',
  nearMe: '离我最近',
  locating: '正在获取您的位置…',
  nearOff: '取消按距离排序',
  nearOn: '已按与您的距离排序。您的位置只在本机使用，不会上传。',
  locateDenied: '没有获得位置权限，请在浏览器设置中允许，或用上面的条件查找。',
  locateFailed: '暂时无法获取您的位置，请稍后再试，或用上面的条件查找。',
  locateUnsupported: '当前浏览器无法定位，请用上面的条件查找。',
  distance: (km) => (km < 1 ? `约 ${Math.round(km * 1000)} 米` : `约 ${km.toFixed(1)} 公里`),
  count: (shown, total) => (shown === total ? `共 ${total} 个工作站` : `找到 ${shown} 个工作站（共 ${total} 个）`),
  loadingCount: (n) => `正在加载工作站…已加载 ${n} 个`,
  none: '没有符合条件的工作站，请调整条件。',
  list: '工作站列表',
  more: (n) => `显示更多（还有 ${n} 个）`,
  noLocation: '暂无地图位置',
  showMap: '显示地图',
  hideMap: '隐藏地图',
  inViewOnly: '只列出地图范围内的工作站',
  map: '工作站地图',
  mapNote: '地图仅作示意，全部工作站都在列表中。',
  mapLoading: '正在加载地图…',
  mapFailed: '地图无法加载。请使用列表查找工作站。',
  tilesFailed: '地图底图加载失败，列表中的工作站信息不受影响。',
  zoomIn: '放大',
  zoomOut: '缩小',
  cluster: (n) => `${n} 个工作站，放大查看`,
  youAreHere: '您的位置',
  back: '返回列表',
  address: '地址',
  host: '承建单位',
  phone: '办公电话',
  duty: '接待时间',
  weekdays: ['周一', '周二', '周三', '周四', '周五', '周六', '周日'],
  members: '驻站委员',
  services: '服务内容',
  activities: '近期活动',
  moreActivities: (n) => `更早的活动（${n} 项）`,
  opinions: (n) => `已收集社情民意 ${n} 条`,
  sendOpinion: '向该工作站反映社情民意',
  noOpinionBox: (phone) => (phone ? `本页暂不能在线反映，请拨打工作站办公电话 ${phone}。` : '本页暂不能在线反映，请到工作站当面反映。'),
  notFound: '没有找到这个工作站，它可能已撤销或改名。',
  review: '审图号',
};

export const MAP_STRINGS = localized(zhHans, (locale) =>
  (locale === 'en' ? import('./strings.en.js') : import('./strings.zh-hant.js')).then((m) => m.default),
);
