/**
 * One-line zh-Hans summaries of the routes, for the docs and OpenAPI. Kept apart from the route
 * table so that they do not ride along in browser bundles.
 */
import type { RouteName } from './routes/index.js';

/** What each route does, in one line. */
export const routeSummaries: Record<RouteName, string> = {
  health: '服务健康检查',
  getConfig: '读取县级配置（分类、界别、承办单位、阶段、地图…）',
  putConfig: '保存县级配置',
  listDemoAccounts: '演示账号列表（仅开发登录开启时）',
  devLogin: '以演示账号登录（仅开发环境）',
  getMe: '当前登录用户',
  listDivisions: '行政区划（乡镇、村/社区）',
  listMembers: '委员（公开资料，用于选择联名人）',
  listUnits: '承办单位',
  uploadAttachment: '上传附件（原始字节，Content-Type 为文件类型）',
  getAttachment: '下载附件',
  listProposals: '提案列表（我的、待我联名、本单位承办、全部）',
  createProposal: '新建提案（暂存或提交）',
  getProposal: '提案详情（含办理过程、答复和评价）',
  updateProposal: '修改提案草稿',
  proposalAction: '提案流程操作（提交、联名确认、立案、交办、答复、评价…）',
  listOpinions: '社情民意列表',
  createOpinion: '提交社情民意（可匿名，返回查询码和查询密码）',
  lookupOpinion: '凭查询码和查询密码查询办理进度',
  getOpinion: '社情民意详情',
  opinionAction: '社情民意处理（受理、编辑、报送、采用、批示、答复）',
  listTasks: '重点协商/督办任务列表',
  listPublicTasks: '公开的任务进展（政务公开页，不含内部字段）',
  createTask: '新建任务',
  getTask: '任务详情',
  updateTask: '修改任务（版本不一致返回 409）',
  postTaskUpdate: '发布进展',
  moveTaskStage: '推进任务阶段',
  listWorkstations: '委员工作站列表',
  getWorkstation: '工作站详情',
  createWorkstation: '新建工作站',
  replaceWorkstation: '修改工作站',
  listForms: '表单列表',
  getForm: '读取表单（默认为已发布版本）',
  saveForm: '保存表单为新版本',
  publishForm: '发布表单版本',
  listAudit: '审计日志',
};
