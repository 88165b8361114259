import { defineErrors } from '../../http/errors.ts';

/** Codes of care groups, visits and 双报到 beyond the registry's own (`registry.errors.ts`). */
export const CareErrors = defineErrors({
  REGISTRY_TAG_NOT_CARRIED: {
    status: 400,
    'zh-CN': '此人不属于关爱类别：{code}',
    en: 'The person is not in care group {code}',
  },
  REGISTRY_DUAL_ONE_PARTY: {
    status: 400,
    'zh-CN': '请选择报到的党员或单位（只能二选一）',
    en: 'Give either a party member or a unit, not both',
  },
  REGISTRY_DUAL_COMMUNITY_UNKNOWN: {
    status: 400,
    'zh-CN': '社区 {code} 不存在或不在您的辖区内',
    en: 'Community {code} does not exist or is outside your territory',
  },
  REGISTRY_DUAL_ENDED: { status: 409, 'zh-CN': '该报到已结束', en: 'This registration has already ended' },
});
