import { defineErrors } from '../../http/errors.ts';

/** Codes of the registry API; field-level problems come as `details.fields` of REGISTRY_INVALID. */
export const RegistryErrors = defineErrors({
  REGISTRY_INVALID: {
    status: 400,
    'zh-CN': '填写有误：{fields}',
    en: 'Some fields are invalid: {fields}',
  },
  REGISTRY_NOT_FOUND: { status: 404, 'zh-CN': '记录不存在', en: 'No such record' },
  REGISTRY_GRID_UNKNOWN: {
    status: 400,
    'zh-CN': '网格 {code} 不存在或不在您的辖区内',
    en: 'Grid {code} does not exist or is outside your territory',
  },
  REGISTRY_GRID_REQUIRED: { status: 400, 'zh-CN': '请选择网格或房屋', en: 'Give a grid or a room' },
  REGISTRY_BUILDING_UNKNOWN: {
    status: 400,
    'zh-CN': '楼栋 {code} 不存在或不在您的辖区内',
    en: 'Building {code} does not exist or is outside your territory',
  },
  REGISTRY_UNIT_UNKNOWN: {
    status: 400,
    'zh-CN': '楼栋 {code} 没有 {unit} 单元',
    en: 'Building {code} has no stairway unit {unit}',
  },
  REGISTRY_ROOM_NO_INVALID: {
    status: 400,
    'zh-CN': '房间号“{value}”不正确（如 302、1502、B-101）',
    en: 'Room number "{value}" is not valid (e.g. 302, 1502, B-101)',
  },
  REGISTRY_ROOM_EXISTS: { status: 409, 'zh-CN': '该房屋已登记', en: 'This room is already registered' },
  REGISTRY_HOUSEHOLD_UNKNOWN: {
    status: 400,
    'zh-CN': '户不存在或不在该房屋',
    en: 'No such household in this room',
  },
  REGISTRY_PERSON_EXISTS: {
    status: 409,
    'zh-CN': '该证件号码已登记（{where}）',
    en: 'This ID number is already registered ({where})',
  },
  REGISTRY_PERSON_ELSEWHERE: {
    status: 409,
    'zh-CN': '该证件号码已在您辖区以外登记，请联系所在社区办理迁出',
    en: 'This ID number is registered outside your territory; ask that community to move the person out',
  },
  REGISTRY_ORG_EXISTS: {
    status: 409,
    'zh-CN': '统一社会信用代码 {uscc} 已登记',
    en: 'Credit code {uscc} is already registered',
  },
  REGISTRY_VERSION_CONFLICT: {
    status: 409,
    'zh-CN': '记录已被他人修改，请刷新后重试',
    en: 'Someone else changed this record; reload and retry',
  },
  REGISTRY_DELETED: { status: 409, 'zh-CN': '记录已删除', en: 'The record is deleted' },
  REGISTRY_NOT_DELETED: { status: 409, 'zh-CN': '记录未被删除', en: 'The record is not deleted' },
  REGISTRY_TAG_UNKNOWN: {
    status: 400,
    'zh-CN': '没有这个关爱类别：{code}',
    en: 'Unknown care group: {code}',
  },
  REGISTRY_REVEAL_FORBIDDEN: {
    status: 403,
    'zh-CN': '您无权查看完整号码',
    en: 'You may not see the full number',
  },
  REGISTRY_EXPORT_FORBIDDEN: {
    status: 403,
    'zh-CN': '您无权导出名册',
    en: 'You may not export the registry',
  },
  REGISTRY_EXPORT_TOO_LARGE: {
    status: 400,
    'zh-CN': '一次最多导出 {max} 条，请缩小范围（当前 {total} 条）',
    en: 'At most {max} records per export; narrow the filter (now {total})',
  },
  REGISTRY_IMPORT_FORBIDDEN: {
    status: 403,
    'zh-CN': '您无权导入名册',
    en: 'You may not import into the registry',
  },
  REGISTRY_IMPORT_FILE_REQUIRED: {
    status: 400,
    'zh-CN': '请上传 .xlsx 或 .csv 文件',
    en: 'Upload an .xlsx or .csv file',
  },
  REGISTRY_IMPORT_FILE_TYPE: {
    status: 400,
    'zh-CN': '只支持 .xlsx 和 .csv 文件',
    en: 'Only .xlsx and .csv files are accepted',
  },
  REGISTRY_IMPORT_BUSY: {
    status: 409,
    'zh-CN': '已有导入正在进行，请稍后',
    en: 'Another import is running; wait for it to finish',
  },
  REGISTRY_DUAL_EXISTS: {
    status: 409,
    'zh-CN': '已在该社区报到',
    en: 'Already registered at this community',
  },
  REGISTRY_DUAL_NOT_PARTY: {
    status: 400,
    'zh-CN': '只有党员（含预备党员）可以双报到',
    en: 'Only party members (incl. probationary) can register',
  },
});
