/** UI strings of `<tx-workstation-map>` in zh-Hans (first), zh-Hant and en. */
import type { Locale, WorkstationType } from '@tongxin/core';

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

const zhHant: MapStrings = {
  heading: '委員工作站',
  types: {
    sector: '界別委員工作站',
    street: '街道（鄉鎮）委員工作站',
    village: '村（社區）委員工作站',
    park: '園區·樓宇委員工作站',
    joint: '兩代表一委員工作室',
  },
  filters: '查找工作站',
  district: '區（縣）',
  town: '鄉鎮（街道）',
  village: '村（社區）',
  type: '類型',
  sector: '界別',
  all: '全部',
  search: '搜尋',
  searchHint: '名稱、地址、服務或委員姓名',
  reset: '清除條件',
  nearMe: '離我最近',
  locating: '正在取得您的位置…',
  nearOff: '取消按距離排序',
  nearOn: '已按與您的距離排序。您的位置只在本機使用，不會上傳。',
  locateDenied: '沒有取得位置權限，請在瀏覽器設定中允許，或用上面的條件查找。',
  locateFailed: '暫時無法取得您的位置，請稍後再試，或用上面的條件查找。',
  locateUnsupported: '目前瀏覽器無法定位，請用上面的條件查找。',
  distance: (km) => (km < 1 ? `約 ${Math.round(km * 1000)} 公尺` : `約 ${km.toFixed(1)} 公里`),
  count: (shown, total) => (shown === total ? `共 ${total} 個工作站` : `找到 ${shown} 個工作站（共 ${total} 個）`),
  loadingCount: (n) => `正在載入工作站…已載入 ${n} 個`,
  none: '沒有符合條件的工作站，請調整條件。',
  list: '工作站列表',
  more: (n) => `顯示更多（還有 ${n} 個）`,
  noLocation: '暫無地圖位置',
  showMap: '顯示地圖',
  hideMap: '隱藏地圖',
  inViewOnly: '只列出地圖範圍內的工作站',
  map: '工作站地圖',
  mapNote: '地圖僅作示意，全部工作站都在列表中。',
  mapLoading: '正在載入地圖…',
  mapFailed: '地圖無法載入。請使用列表查找工作站。',
  tilesFailed: '地圖底圖載入失敗，列表中的工作站資訊不受影響。',
  zoomIn: '放大',
  zoomOut: '縮小',
  cluster: (n) => `${n} 個工作站，放大查看`,
  youAreHere: '您的位置',
  back: '返回列表',
  address: '地址',
  host: '承建單位',
  phone: '辦公電話',
  duty: '接待時間',
  weekdays: ['週一', '週二', '週三', '週四', '週五', '週六', '週日'],
  members: '駐站委員',
  services: '服務內容',
  activities: '近期活動',
  moreActivities: (n) => `更早的活動（${n} 項）`,
  opinions: (n) => `已收集社情民意 ${n} 條`,
  sendOpinion: '向該工作站反映社情民意',
  noOpinionBox: (phone) => (phone ? `本頁暫不能線上反映，請撥打工作站辦公電話 ${phone}。` : '本頁暫不能線上反映，請到工作站當面反映。'),
  notFound: '沒有找到這個工作站，它可能已撤銷或改名。',
  review: '審圖號',
};

const en: MapStrings = {
  heading: 'Member workstations',
  types: {
    sector: 'Sector station',
    street: 'Street / town station',
    village: 'Village / community station',
    park: 'Industrial park / office building station',
    joint: 'Joint deputies and members office',
  },
  filters: 'Find a workstation',
  district: 'District / county',
  town: 'Town / street',
  village: 'Village / community',
  type: 'Type',
  sector: 'Sector',
  all: 'All',
  search: 'Search',
  searchHint: 'Name, address, service or member',
  reset: 'Clear filters',
  nearMe: 'Nearest to me',
  locating: 'Finding your location…',
  nearOff: 'Stop sorting by distance',
  nearOn: 'Sorted by distance from you. Your location stays on this device and is not uploaded.',
  locateDenied: 'Location permission was not given. Allow it in the browser settings, or use the filters above.',
  locateFailed: 'Your location is not available right now. Try again later, or use the filters above.',
  locateUnsupported: 'This browser cannot find your location. Use the filters above.',
  distance: (km) => (km < 1 ? `about ${Math.round(km * 1000)} m` : `about ${km.toFixed(1)} km`),
  count: (shown, total) => (shown === total ? `${total} workstations` : `${shown} of ${total} workstations`),
  loadingCount: (n) => `Loading workstations… ${n} so far`,
  none: 'No workstation matches. Change the filters.',
  list: 'List of workstations',
  more: (n) => `Show more (${n} left)`,
  noLocation: 'No map position',
  showMap: 'Show map',
  hideMap: 'Hide map',
  inViewOnly: 'List only workstations inside the map',
  map: 'Map of workstations',
  mapNote: 'The map is an illustration; every workstation is in the list.',
  mapLoading: 'Loading the map…',
  mapFailed: 'The map could not be loaded. Use the list to find a workstation.',
  tilesFailed: 'The base map could not be loaded. The list of workstations still works.',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  cluster: (n) => `${n} workstations, zoom in to see them`,
  youAreHere: 'Your location',
  back: 'Back to the list',
  address: 'Address',
  host: 'Host organisation',
  phone: 'Office phone',
  duty: 'Opening hours',
  weekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  members: 'Members on duty here',
  services: 'Services',
  activities: 'Recent activities',
  moreActivities: (n) => `Earlier activities (${n})`,
  opinions: (n) => `${n} public opinions collected`,
  sendOpinion: 'Send an opinion to this workstation',
  noOpinionBox: (phone) =>
    phone
      ? `Opinions cannot be sent from this page; call the workstation at ${phone}.`
      : 'Opinions cannot be sent from this page; visit the workstation.',
  notFound: 'This workstation was not found; it may have closed or been renamed.',
  review: 'Map review number',
};

export const MAP_STRINGS: Record<Locale, MapStrings> = { 'zh-Hans': zhHans, 'zh-Hant': zhHant, en };
