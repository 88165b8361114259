import type { AssignedPerson } from '@wangge/contracts';
import { Tooltip, Typography } from 'antd';
import { Fragment, type ReactNode } from 'react';
import { useT } from '../../../i18n/useT.ts';

/** People as a comma-separated list of names; a disabled account is struck through. */
export function PersonNames({
  people,
  suffix,
}: {
  people: AssignedPerson[];
  /** Extra text after a name, e.g. (兼) or the department. */
  suffix?: (p: AssignedPerson) => ReactNode;
}) {
  const t = useT();
  if (people.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <span>
      {people.map((p, i) => (
        <Fragment key={p.assignmentId}>
          {i > 0 ? '、' : null}
          <Tooltip title={p.disabled ? `${p.username}（${t('admin.staff.disabled')}）` : p.username}>
            <Typography.Text delete={p.disabled} type={p.disabled ? 'secondary' : undefined}>
              {p.displayName}
            </Typography.Text>
          </Tooltip>
          {suffix ? suffix(p) : null}
        </Fragment>
      ))}
    </span>
  );
}
