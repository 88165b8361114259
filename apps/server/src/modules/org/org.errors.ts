import type { GridImportProblem } from '@wangge/contracts';
import { defineErrors } from '../../http/errors.ts';

export const OrgErrors = defineErrors({
  ORG_DIVISION_NOT_FOUND: { status: 404, 'zh-CN': '行政区划不存在', en: 'No such division' },
  ORG_GRID_NOT_FOUND: { status: 404, 'zh-CN': '网格不存在', en: 'No such grid' },
  ORG_DIVISION_CODE_UNKNOWN: {
    status: 404,
    'zh-CN': '区划代码 {code} 不在国家统计用区划代码中',
    en: 'Division code {code} is not in the national division codes',
  },
  ORG_IMPORT_NOT_FEATURE_COLLECTION: {
    status: 400,
    'zh-CN': '导入文件必须是 GeoJSON FeatureCollection',
    en: 'The import must be a GeoJSON FeatureCollection',
  },
  ORG_IMPORT_EMPTY: { status: 400, 'zh-CN': '导入文件中没有网格', en: 'The import contains no features' },
  ORG_IMPORT_INVALID: {
    status: 422,
    'zh-CN': '{count} 个网格有错误，未导入任何数据',
    en: '{count} features have errors; nothing was imported',
  },
});

type GridImportProperty = GridImportProblem['errors'][number]['property'];

/** Per-feature problems in a grid import: the property at fault and the messages. */
export const GRID_IMPORT_MESSAGES: Record<
  string,
  { property: GridImportProperty; 'zh-CN': string; en: string }
> = {
  FEATURE_MALFORMED: { property: null, 'zh-CN': '不是合法的 GeoJSON Feature', en: 'Not a GeoJSON Feature' },
  CODE_MISSING: { property: 'code', 'zh-CN': '缺少网格编码 code', en: 'Missing property code' },
  CODE_MALFORMED: {
    property: 'code',
    'zh-CN': '网格编码须为 15 位数字（社区代码 + 3 位顺序码）',
    en: 'code must be 15 digits (community code + 3-digit sequence)',
  },
  NAME_MISSING: { property: 'name', 'zh-CN': '缺少网格名称 name', en: 'Missing property name' },
  NAME_TOO_LONG: {
    property: 'name',
    'zh-CN': '网格名称过长（最多 64 字）',
    en: 'name is too long (64 characters at most)',
  },
  TYPE_INVALID: {
    property: 'type',
    'zh-CN': '网格类型须为 basic/基础网格 或 exclusive/专属网格',
    en: 'type must be basic or exclusive',
  },
  UNIT_NAME_INVALID: {
    property: 'unitName',
    'zh-CN': '所属单位 unitName 须为文字（最多 128 字）',
    en: 'unitName must be text (128 characters at most)',
  },
  COMMUNITY_MALFORMED: {
    property: 'community',
    'zh-CN': '社区代码须为 12 位数字',
    en: 'community must be a 12-digit code',
  },
  GRID_COMMUNITY_MISMATCH: {
    property: 'community',
    'zh-CN': '网格编码前 12 位与所属社区代码不一致',
    en: 'The first 12 digits of code differ from community',
  },
  GEOMETRY_MISSING: { property: 'geometry', 'zh-CN': '缺少几何图形', en: 'Missing geometry' },
  GEOMETRY_TYPE: {
    property: 'geometry',
    'zh-CN': '几何类型须为 Polygon 或 MultiPolygon',
    en: 'Geometry must be a Polygon or MultiPolygon',
  },
  GEOMETRY_MALFORMED: { property: 'geometry', 'zh-CN': '坐标格式错误', en: 'Malformed coordinates' },
  COORDINATE_OUT_OF_RANGE: {
    property: 'geometry',
    'zh-CN': '坐标超出经纬度范围',
    en: 'Coordinates out of range',
  },
  RING_NOT_CLOSED: { property: 'geometry', 'zh-CN': '多边形环未闭合', en: 'A polygon ring is not closed' },
  RING_TOO_SHORT: {
    property: 'geometry',
    'zh-CN': '多边形环少于 4 个点',
    en: 'A polygon ring has fewer than 4 positions',
  },
  TOO_MANY_VERTICES: { property: 'geometry', 'zh-CN': '顶点过多', en: 'Too many vertices' },
  DUPLICATE_CODE_IN_FILE: {
    property: 'code',
    'zh-CN': '文件内网格编码重复',
    en: 'The code appears more than once in the file',
  },
  DUPLICATE_CODE: { property: 'code', 'zh-CN': '网格编码已存在', en: 'A grid with this code already exists' },
  COMMUNITY_UNKNOWN: {
    property: 'community',
    'zh-CN': '所属社区不存在或不在您的辖区内',
    en: 'Unknown community, or outside your territory',
  },
  GEOMETRY_INVALID: {
    property: 'geometry',
    'zh-CN': '几何图形无效（如自相交）',
    en: 'Invalid geometry (e.g. self-intersection)',
  },
  GEOMETRY_EMPTY: { property: 'geometry', 'zh-CN': '网格面积为零', en: 'The grid has no area' },
  GRID_OUTSIDE_COMMUNITY: {
    property: 'geometry',
    'zh-CN': '网格超出所属社区边界',
    en: 'The grid strays outside its community',
  },
};
