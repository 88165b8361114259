import { defineErrors } from '../../http/errors.ts';

/** Codes of the housing and household endpoints beyond the registry's own. */
export const HousingErrors = defineErrors({
  REGISTRY_OWNER_UNKNOWN: {
    status: 400,
    'zh-CN': '房主不在名册中或不在您的辖区内',
    en: 'The owner is not in the registry or is outside your territory',
  },
  REGISTRY_HEAD_NOT_MEMBER: {
    status: 400,
    'zh-CN': '户主须是本户的在册成员（新建户时：住在该房屋且尚未入户的人员）',
    en: 'The head must be a registered member of the household (for a new household: someone living in the room in no household)',
  },
});
