import { defineErrors } from '../../http/errors.ts';

export const CaseErrors = defineErrors({
  CASE_NOT_FOUND: { status: 404, 'zh-CN': '事件不存在', en: 'No such case' },
  CASE_CATEGORY_UNKNOWN: {
    status: 400,
    'zh-CN': '事件类别不存在或已停用：{code}',
    en: 'Unknown or inactive category: {code}',
  },
  CASE_LOCATION_OUTSIDE: {
    status: 422,
    'zh-CN': '该位置不在本平台管辖的任何街道内',
    en: 'This location is outside every subdistrict this platform serves',
  },
  CASE_LOCATION_REQUIRED: {
    status: 400,
    'zh-CN': '请提供事件位置（经纬度）',
    en: 'A location (longitude and latitude) is required',
  },
  CASE_LOCATION_TWICE: {
    status: 400,
    'zh-CN': '请在地图选点或手动选择网格，二者择一',
    en: 'Give either a point or a grid, not both',
  },
  CASE_GRID_UNKNOWN: { status: 400, 'zh-CN': '网格 {code} 不存在', en: 'No grid {code}' },
  CASE_EXTERNAL_REF_REQUIRED: {
    status: 400,
    'zh-CN': '{channel} 渠道须提供外部编号（工单号或设备号）',
    en: 'The {channel} channel needs an external reference (work-order number or device id)',
  },
  CASE_CHANNEL_NOT_ALLOWED: {
    status: 403,
    'zh-CN': '您不能通过 {channel} 渠道上报',
    en: 'You cannot report through the {channel} channel',
  },
  CASE_IDEMPOTENCY_CONFLICT: {
    status: 409,
    'zh-CN': '该幂等键已用于另一份不同的上报',
    en: 'This idempotency key was used for a different submission',
  },
  CASE_ACTION_NOT_ALLOWED: {
    status: 409,
    'zh-CN': '事件当前状态（{status}）不允许此操作（{action}）',
    en: 'Action {action} is not allowed while the case is {status}',
  },
  CASE_ACTION_FORBIDDEN: {
    status: 403,
    'zh-CN': '您无权对该事件执行此操作（{action}）',
    en: 'You may not take this action ({action}) on this case',
  },
  CASE_VERSION_CONFLICT: {
    status: 409,
    'zh-CN': '事件已被他人更新（当前版本 {current}），请刷新后重试',
    en: 'Someone else changed the case (now version {current}); reload and retry',
  },
  CASE_DISPATCH_TARGET_UNKNOWN: {
    status: 400,
    'zh-CN': '派单对象不存在或不在您的辖区内',
    en: 'Unknown dispatch target, or outside your territory',
  },
  CASE_DISPATCH_TARGET_LEVEL: {
    status: 400,
    'zh-CN': '派单对象须在本事件所在的街道内',
    en: 'Dispatch targets must lie in the case’s subdistrict',
  },
  CASE_MERGE_TARGET_INVALID: {
    status: 400,
    'zh-CN': '不能合并到该事件（不存在、已办结或就是本事件）',
    en: 'Cannot merge into that case (missing, finished, or the same case)',
  },
  CASE_ALREADY_SUSPENDED: { status: 409, 'zh-CN': '计时已暂停', en: 'The clock is already stopped' },
  CASE_NOT_SUSPENDED: { status: 409, 'zh-CN': '计时未暂停', en: 'The clock is not stopped' },
  CASE_EXTENSION_PENDING: {
    status: 409,
    'zh-CN': '已有待审批的延期申请',
    en: 'An extension request is already pending',
  },
  CASE_NO_EXTENSION_PENDING: {
    status: 409,
    'zh-CN': '没有待审批的延期申请',
    en: 'No extension request is pending',
  },
  CASE_ALREADY_CLAIMED: { status: 409, 'zh-CN': '已签收', en: 'Already claimed' },
  CASE_NOT_CLAIMED: { status: 409, 'zh-CN': '请先签收', en: 'Claim the case first' },
  CASE_EXTENSION_UNIT: {
    status: 400,
    'zh-CN': '延期时长的单位与时限单位不兼容（自然时间与工作时间不能相加）',
    en: 'The extension’s unit does not fit the limit’s (wall-clock and working time do not add up)',
  },
  CASE_TOP_LEVEL: { status: 409, 'zh-CN': '已是最高层级，无法再上报', en: 'Already at the top level' },
  CASE_EXPORT_TOO_LARGE: {
    status: 422,
    'zh-CN': '符合条件的事件有 {total} 件，超过一次导出的上限 {limit} 件，请缩小筛选范围',
    en: '{total} cases match, more than the {limit} one export holds; narrow the filters',
  },
  CASE_BATCH_DUPLICATE: {
    status: 400,
    'zh-CN': '批量操作中有重复的事件',
    en: 'The same case appears more than once in the batch',
  },
});
