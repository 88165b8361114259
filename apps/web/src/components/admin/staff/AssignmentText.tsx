import type { Assignment } from '@wangge/contracts';
import { Tag, Tooltip } from 'antd';
import { useT } from '../../../i18n/useT.ts';

/** Where a role is held: the territory node's name, the department's, or both (a professional force). */
export function placeOf(a: Assignment): string {
  return [a.scopeName ?? a.scopeCode, a.departmentName].filter(Boolean).join(' · ');
}

const ROLE_COLORS: Record<string, string> = {
  admin: 'magenta',
  leader: 'purple',
  subdistrictDispatcher: 'geekblue',
  hotlineOperator: 'geekblue',
  communityStaff: 'cyan',
  gridLeader: 'blue',
  gridWorker: 'green',
  departmentHandler: 'orange',
};

/** One role as a tag: the role, then where it is held; force and employment in the tooltip. */
export function AssignmentTag({ assignment: a }: { assignment: Assignment }) {
  const t = useT();
  const how = [a.force ? t(`force.${a.force}`) : null, a.employment ? t(`employment.${a.employment}`) : null]
    .filter(Boolean)
    .join('，');
  const tag = (
    <Tag color={ROLE_COLORS[a.role] ?? 'default'} style={{ marginBlock: 2 }}>
      {a.roleLabel}
      <span style={{ opacity: 0.75 }}> · {placeOf(a)}</span>
    </Tag>
  );
  return how ? <Tooltip title={`${a.scopeCode ?? ''} ${how}`}>{tag}</Tooltip> : tag;
}
