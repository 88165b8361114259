import { defineErrors } from '../../http/errors.ts';

export const TaxonomyErrors = defineErrors({
  TAXONOMY_CATEGORY_NOT_FOUND: { status: 404, 'zh-CN': '事件分类不存在', en: 'No such category' },
  TAXONOMY_CODE_TAKEN: {
    status: 409,
    'zh-CN': '分类代码 {code} 已存在',
    en: 'Category code {code} is taken',
  },
  TAXONOMY_PARENT_UNKNOWN: {
    status: 400,
    'zh-CN': '上级分类 {code} 不存在或不是大类',
    en: 'Parent {code} does not exist or is not a class',
  },
  TAXONOMY_DEPARTMENT_UNKNOWN: {
    status: 400,
    'zh-CN': '部门代码 {code} 不是本区已有的部门',
    en: 'Department code {code} is not a department of your district',
  },
  TAXONOMY_LEAD_REQUIRED: {
    status: 400,
    'zh-CN': '部门级（吹哨报到）分类须指定牵头部门',
    en: 'A department-level category needs a lead department',
  },
  TAXONOMY_LEAD_IN_ASSIST: {
    status: 400,
    'zh-CN': '牵头部门不能同时是协办部门',
    en: 'The lead department cannot also assist',
  },
  TAXONOMY_IMPORT_INVALID: {
    status: 422,
    'zh-CN': '{count} 个分类有错误，未导入任何数据',
    en: '{count} categories have errors; nothing was imported',
  },
});

/** Per-item problems of an import, with their messages. */
export const CATEGORY_IMPORT_MESSAGES: Record<string, { 'zh-CN': string; en: string }> = {
  FIELD_INVALID: { 'zh-CN': '字段缺失或取值不合法', en: 'A field is missing or has an invalid value' },
  CODE_KIND_MISMATCH: {
    'zh-CN': '大类代码（C01、JF）须为 class，其余代码不能是 class',
    en: 'Class codes (C01, JF) must have kind class, and only they',
  },
  CLASS_HAS_PARENT: { 'zh-CN': '大类不能有上级分类', en: 'A class has no parent' },
  PARENT_REQUIRED: { 'zh-CN': '小类须指定所属大类', en: 'An item needs its class as parentCode' },
  PARENT_UNKNOWN: {
    'zh-CN': '上级分类不存在或不是大类',
    en: 'The parent does not exist (here or in the file) or is not a class',
  },
  DUPLICATE_CODE_IN_FILE: {
    'zh-CN': '文件内分类代码重复',
    en: 'The code appears more than once in the file',
  },
  DEPARTMENT_UNKNOWN: { 'zh-CN': '部门代码不是本区已有的部门', en: 'Not a department of your district' },
  LEAD_REQUIRED: {
    'zh-CN': '部门级分类须指定牵头部门',
    en: 'A department-level category needs a lead department',
  },
  LEAD_IN_ASSIST: { 'zh-CN': '牵头部门不能同时是协办部门', en: 'The lead department cannot also assist' },
};
