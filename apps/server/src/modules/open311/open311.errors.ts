import { defineErrors } from '../../http/errors.ts';

/**
 * Codes of the Open311 GeoReport v2 API and of the admin API of its client keys. On /open311 every
 * error is answered as an Open311 error list (`error-list.ts`: 400, 403 or 404 only); the status
 * here is what the rest of the app would answer, and the Open311 body's `code` where it is more
 * specific than the HTTP status (429).
 */
export const Open311Errors = defineErrors({
  OPEN311_NOT_FOUND: {
    status: 404,
    'zh-CN': '没有这个地址，或格式不是 .json / .xml',
    en: 'No such resource, or the format is not .json or .xml',
  },
  OPEN311_JURISDICTION_REQUIRED: {
    status: 400,
    'zh-CN': '本服务覆盖多个辖区，请提供 jurisdiction_id（{codes}）',
    en: 'This endpoint serves several jurisdictions: give jurisdiction_id ({codes})',
  },
  OPEN311_JURISDICTION_UNKNOWN: {
    status: 404,
    'zh-CN': '没有这个辖区：{code}',
    en: 'Unknown jurisdiction_id: {code}',
  },
  OPEN311_API_KEY_REQUIRED: {
    status: 403,
    'zh-CN': '缺少 api_key，无法创建诉求',
    en: "No api_key received -- can't proceed with create_request",
  },
  OPEN311_API_KEY_INVALID: {
    status: 403,
    'zh-CN': 'api_key 无效，无法创建诉求',
    en: "Invalid api_key received -- can't proceed with create_request",
  },
  OPEN311_API_KEY_REVOKED: {
    status: 403,
    'zh-CN': '该 api_key 已被吊销，请联系平台管理员',
    en: 'This api_key has been revoked; ask the platform administrators for a new one',
  },
  OPEN311_API_KEY_WRONG_JURISDICTION: {
    status: 403,
    'zh-CN': '该 api_key 不适用于辖区 {code}',
    en: 'This api_key is not valid for jurisdiction {code}',
  },
  OPEN311_RATE_LIMITED: {
    status: 429,
    'zh-CN': '该 api_key 提交过于频繁，请 {seconds} 秒后再试',
    en: 'Too many requests with this api_key; retry in {seconds} seconds',
  },
  OPEN311_SERVICE_CODE_REQUIRED: {
    status: 400,
    'zh-CN': '缺少 service_code',
    en: 'service_code is required',
  },
  OPEN311_SERVICE_UNKNOWN: {
    status: 404,
    'zh-CN': '没有这个服务类型（service_code）：{code}',
    en: 'Unknown service_code: {code}',
  },
  OPEN311_LOCATION_REQUIRED: {
    status: 400,
    'zh-CN': '请提供位置：lat 和 long（WGS-84）',
    en: 'A location is required: lat and long (WGS-84)',
  },
  OPEN311_POINT_REQUIRED: {
    status: 400,
    'zh-CN': '仅凭地址（address_string / address_id）无法确定网格，请同时提供 lat 和 long（WGS-84）',
    en: 'An address alone (address_string / address_id) cannot be placed in a grid: send lat and long (WGS-84) as well',
  },
  OPEN311_LAT_LONG_PAIR: {
    status: 400,
    'zh-CN': 'lat 和 long 须同时提供',
    en: 'lat and long must be given together',
  },
  OPEN311_LAT_LONG_INVALID: {
    status: 400,
    'zh-CN': 'lat 须为 -90 至 90、long 须为 -180 至 180 之间的十进制度数',
    en: 'lat must be decimal degrees between -90 and 90, long between -180 and 180',
  },
  OPEN311_POINT_OUTSIDE: {
    status: 400,
    'zh-CN': '该位置不在本平台管辖的任何网格或街道内',
    en: 'This point is not inside any grid or subdistrict served here',
  },
  OPEN311_POINT_OUTSIDE_JURISDICTION: {
    status: 400,
    'zh-CN': '该位置不在本 api_key 所属辖区（{code}）内',
    en: 'This point is outside the jurisdiction of this api_key ({code})',
  },
  OPEN311_DESCRIPTION_REQUIRED: {
    status: 400,
    'zh-CN': '请用至少 5 个字描述问题（description）',
    en: 'Describe the problem in at least 5 characters (description)',
  },
  OPEN311_DESCRIPTION_TOO_LONG: {
    status: 400,
    'zh-CN': 'description 不能超过 4000 个字符',
    en: 'description may not be longer than 4000 characters',
  },
  OPEN311_FIELD_TOO_LONG: {
    status: 400,
    'zh-CN': '{field} 不能超过 {max} 个字符',
    en: '{field} may not be longer than {max} characters',
  },
  OPEN311_FIELD_INVALID: {
    status: 400,
    'zh-CN': '{field} 格式不正确',
    en: '{field} is not well-formed',
  },
  OPEN311_ATTRIBUTE_VALUE_UNKNOWN: {
    status: 400,
    'zh-CN': '属性 {code} 没有取值 {value}（可选：{allowed}）',
    en: 'Attribute {code} has no value {value} (allowed: {allowed})',
  },
  OPEN311_ATTRIBUTE_SINGLE: {
    status: 400,
    'zh-CN': '属性 {code} 只能取一个值',
    en: 'Attribute {code} takes a single value',
  },
  OPEN311_ATTRIBUTE_REQUIRED: {
    status: 400,
    'zh-CN': '缺少必填属性 {code}',
    en: 'Attribute {code} is required',
  },
  OPEN311_ATTRIBUTES_TOO_MANY: {
    status: 400,
    'zh-CN': '属性过多（最多 {max} 个）',
    en: 'Too many attributes (at most {max})',
  },
  OPEN311_BODY_INVALID: {
    status: 400,
    'zh-CN': '请求体须为 application/x-www-form-urlencoded 表单',
    en: 'The body must be an application/x-www-form-urlencoded form',
  },
  OPEN311_PARAMETER_INVALID: {
    status: 400,
    'zh-CN': '参数 {name} 不正确：{reason}',
    en: 'Parameter {name} is invalid: {reason}',
  },
  OPEN311_DATE_INVALID: {
    status: 400,
    'zh-CN': '{name} 须为带时区的 W3C 日期时间，例如 2026-11-20T08:00:00+08:00',
    en: '{name} must be a W3C date-time with a zone, e.g. 2026-11-20T08:00:00Z',
  },
  OPEN311_DATE_ORDER: {
    status: 400,
    'zh-CN': 'end_date 不能早于 start_date',
    en: 'end_date may not be before start_date',
  },
  OPEN311_DATE_SPAN: {
    status: 400,
    'zh-CN': 'start_date 与 end_date 相距不能超过 {days} 天',
    en: 'start_date and end_date may be at most {days} days apart',
  },
  OPEN311_REQUEST_NOT_FOUND: {
    status: 404,
    'zh-CN': '没有这个诉求：{id}',
    en: 'No such service request: {id}',
  },
  OPEN311_TOKEN_NOT_FOUND: {
    status: 404,
    'zh-CN': '没有这个令牌：{token}',
    en: 'No such token: {token}',
  },
  OPEN311_UNAVAILABLE: {
    status: 500,
    'zh-CN': '服务暂时出错，请稍后重试',
    en: 'The service failed; retry later',
  },

  OPEN311_CLIENT_NOT_FOUND: { status: 404, 'zh-CN': '接入应用不存在', en: 'No such client application' },
  OPEN311_CLIENT_REVOKED: {
    status: 409,
    'zh-CN': '该接入应用的密钥已吊销',
    en: 'The key of this client application is already revoked',
  },
  OPEN311_DISTRICT_UNKNOWN: {
    status: 400,
    'zh-CN': '区县 {code} 不存在或不在您的辖区内',
    en: 'District {code} does not exist or is outside your territory',
  },
  OPEN311_DISTRICT_REQUIRED: {
    status: 400,
    'zh-CN': '您管理多个区县，请指定 districtCode',
    en: 'You administer several districts: give districtCode',
  },
});
