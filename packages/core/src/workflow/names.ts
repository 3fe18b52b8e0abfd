/**
 * The zh-Hans names of the states and actions of proposals and opinions: what county staff, members
 * and citizens read. The widgets' zh-Hans strings take them from here, and the server's refusals
 * name the action and state with them (a refusal's `title` is localized; its `detail` is zh-Hans,
 * like every other detail the server writes).
 */
import type { OpinionAction, OpinionStatus, ProposalAction, ProposalStatus } from '../contract/index.js';

export const PROPOSAL_STATUS_NAMES: Record<ProposalStatus, string> = {
  draft: '草稿',
  cosigning: '等待联名确认',
  submitted: '已提交',
  filed: '已立案',
  not_filed: '不予立案',
  returned: '退回修改',
  withdrawn: '已撤回',
  assigned: '已交办',
  handling: '办理中',
  countersigning: '会签中',
  reviewing: '答复审核中',
  answered: '已答复',
  rework: '重新办理',
  closed: '已办结',
  merged: '已并案',
  converted: '转为社情民意',
};

export const PROPOSAL_ACTION_NAMES: Record<ProposalAction['action'], string> = {
  submit: '提交',
  withdraw: '撤回',
  cosign: '联名',
  file: '立案',
  not_file: '不予立案',
  return: '退回修改',
  convert_to_opinion: '转为社情民意',
  merge: '并案',
  assign: '交办',
  accept: '签收',
  hand_back: '申请退回',
  reply: '答复',
  countersign: '会签',
  approve_reply: '审核通过答复',
  rate: '代录评价',
  rework: '重新办理',
  extend: '延期',
  mark_key: '重点督办',
  close: '办结',
};

export const OPINION_STATUS_NAMES: Record<OpinionStatus, string> = {
  submitted: '已提交',
  received: '已受理',
  not_accepted: '不予受理',
  editing: '编辑中',
  edited: '已核稿',
  reported: '已报送',
  adopted: '已采用',
  instructed: '领导已批示',
  archived: '已存档',
  closed: '已办结',
};

export const OPINION_ACTION_NAMES: Record<OpinionAction['action'], string> = {
  receive: '受理',
  not_accept: '不予受理',
  start_editing: '开始编辑',
  edit: '编辑（核稿）',
  compile: '编入刊期',
  report: '报送',
  record_adoption: '登记采用',
  record_instruction: '登记领导批示',
  reply: '回复',
  archive: '存档',
  close: '办结',
};
