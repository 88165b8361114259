import type { RoleGrantRequest } from '@wangge/contracts';
import { Col, Form, type FormInstance, Row, Select } from 'antd';
import { useT } from '../../../i18n/useT.ts';
import { PlacePicker } from './PlacePicker.tsx';
import type { RoleOption, StaffOptions } from './useStaffOptions.ts';

/** The form's values for one role (all optional while being filled in). */
export interface RoleValues {
  role?: string;
  scopeCode?: string;
  departmentId?: string;
  force?: 'basic' | 'professional' | 'linked';
  employment?: 'full_time' | 'part_time';
}

/** Roles whose holders are grid forces (基础/专业/联动力量, 专职/兼职). */
const FORCE_ROLES = new Set(['gridWorker']);
const FORCES = ['basic', 'professional', 'linked'] as const;
const EMPLOYMENTS = ['full_time', 'part_time'] as const;

/** The request body for one role: only the fields its role takes. */
export function toGrantBody(v: RoleValues, roles: RoleOption[]): Partial<RoleGrantRequest> {
  const option = roles.find((r) => r.role === v.role);
  const body: Partial<RoleGrantRequest> = {};
  if (v.role) body.role = v.role;
  if (option?.target === 'department') {
    if (v.departmentId) body.departmentId = v.departmentId;
    return body;
  }
  if (v.scopeCode) body.scopeCode = v.scopeCode;
  if (v.role && FORCE_ROLES.has(v.role)) {
    if (v.force) body.force = v.force;
    if (v.employment) body.employment = v.employment;
    if (v.force === 'professional' && v.departmentId) body.departmentId = v.departmentId;
  }
  return body;
}

/**
 * The fields the role needs that the contract cannot say: a place for territory roles, a
 * department for department roles. Returns the field errors, by field name.
 */
export function missingTarget(v: RoleValues, roles: RoleOption[]): 'scopeCode' | 'departmentId' | null {
  const option = roles.find((r) => r.role === v.role);
  if (!option) return null;
  if (option.target === 'department') return v.departmentId ? null : 'departmentId';
  return v.scopeCode ? null : 'scopeCode';
}

/** One role's fields: which role, where (or in which department), and for grid workers how. */
export function RoleFields({
  form,
  prefix,
  listPrefix = prefix,
  options,
  kind,
}: {
  form: FormInstance;
  /** Where the role's values sit in the form, e.g. ['roles', 0], or [] for a form of one role. */
  prefix: (string | number)[];
  /** Inside a Form.List, field names are relative to the list: the part of `prefix` after it. */
  listPrefix?: (string | number)[];
  options: StaffOptions;
  /** Residents hold resident roles; staff hold staff roles. */
  kind?: 'staff' | 'resident';
}) {
  const t = useT();
  const name = (field: keyof RoleValues) => [...listPrefix, field];
  const role: string | undefined = Form.useWatch([...prefix, 'role'], form);
  const force: string | undefined = Form.useWatch([...prefix, 'force'], form);
  const option = options.roles.find((r) => r.role === role);
  const roleOptions = options.roles
    .filter((r) => kind === undefined || r.staff === (kind === 'staff'))
    .map((r) => ({ value: r.role, label: r.label }));
  const departments = options.departments.map((d) => ({ value: d.id, label: d.name }));
  const showForce = role !== undefined && FORCE_ROLES.has(role);
  return (
    <Row gutter={8}>
      <Col span={8}>
        <Form.Item name={name('role')} label={t('admin.staff.role')} required>
          <Select
            options={roleOptions}
            placeholder={t('admin.staff.rolePlaceholder')}
            showSearch={{ optionFilterProp: 'label' }}
            data-testid="staff-role"
          />
        </Form.Item>
      </Col>
      <Col span={16}>
        {option?.target === 'department' ? (
          <Form.Item name={name('departmentId')} label={t('admin.staff.department')} required>
            <Select
              options={departments}
              placeholder={t('admin.staff.departmentPlaceholder')}
              data-testid="staff-department"
            />
          </Form.Item>
        ) : (
          <Form.Item name={name('scopeCode')} label={t('admin.staff.place')} required>
            <PlacePicker tree={options.tree} />
          </Form.Item>
        )}
      </Col>
      {showForce ? (
        <>
          <Col span={8}>
            <Form.Item name={name('force')} label={t('staff.force')}>
              <Select allowClear options={FORCES.map((f) => ({ value: f, label: t(`force.${f}`) }))} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name={name('employment')} label={t('staff.employment')}>
              <Select
                allowClear
                options={EMPLOYMENTS.map((e) => ({ value: e, label: t(`employment.${e}`) }))}
              />
            </Form.Item>
          </Col>
          {force === 'professional' ? (
            <Col span={8}>
              <Form.Item name={name('departmentId')} label={t('admin.staff.forceDepartment')}>
                <Select allowClear options={departments} />
              </Form.Item>
            </Col>
          ) : null}
        </>
      ) : null}
    </Row>
  );
}
