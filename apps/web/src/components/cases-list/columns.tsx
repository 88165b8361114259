import type { CaseSort, CaseSummary } from '@wangge/contracts';
import { type TableColumnsType, Tag, Typography } from 'antd';
import type { MouseEvent } from 'react';
import { CHANNEL_LABELS, LEVEL_LABELS, label, STATUS_LABELS } from '../../cases/labels.ts';
import { formatChinaTime } from '../../cases/time.ts';
import type { Locale, Translate } from '../../i18n/messages.ts';
import { navigate } from '../../router/router.ts';
import { columnDirections, columnOrder, isSortableColumn } from './filters.ts';
import { WarningTag } from './WarningTag.tsx';

export type CaseColumnKey =
  | 'number'
  | 'title'
  | 'category'
  | 'grid'
  | 'status'
  | 'level'
  | 'channel'
  | 'warning'
  | 'deadline'
  | 'reportedAt';

export const casePath = (row: CaseSummary): string => `/cases/${row.id}`;

/** Opens a case in the app, leaving modified clicks (new tab, …) to the browser. */
function openCase(event: MouseEvent<HTMLAnchorElement>, row: CaseSummary): void {
  event.stopPropagation();
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigate(casePath(row));
}

/**
 * Table columns of case summaries, in the order of `keys`. With `sort` (the list's order), the
 * sortable columns show it and the table reports header clicks through its onChange.
 */
export function caseColumns<Row extends CaseSummary = CaseSummary>(
  keys: readonly CaseColumnKey[],
  t: Translate,
  locale: Locale,
  sort?: { current: CaseSort | undefined },
): TableColumnsType<Row> {
  const all: Record<CaseColumnKey, TableColumnsType<Row>[number]> = {
    number: {
      key: 'number',
      title: t('caseList.col.number'),
      dataIndex: 'number',
      width: 180,
      render: (number: string, row) => (
        <a
          href={casePath(row)}
          style={{ whiteSpace: 'nowrap' }}
          data-testid={`case-row-${number}`}
          onClick={(event) => openCase(event, row)}
        >
          {number}
        </a>
      ),
    },
    title: {
      key: 'title',
      title: t('caseList.col.title'),
      dataIndex: 'title',
      ellipsis: true,
      render: (title: string) => (
        <Typography.Text ellipsis={{ tooltip: title }} style={{ maxWidth: '100%' }}>
          {title}
        </Typography.Text>
      ),
    },
    category: {
      key: 'category',
      title: t('caseList.col.category'),
      dataIndex: 'categoryName',
      width: 100,
      ellipsis: true,
      render: (name: string | null, row) => name ?? row.categoryCode ?? '—',
    },
    grid: {
      key: 'grid',
      title: t('caseList.col.grid'),
      dataIndex: 'gridName',
      width: 120,
      ellipsis: true,
      render: (name: string | null, row) =>
        name ?? row.gridCode ?? (row.outsideGrid ? t('caseList.outsideGrid') : '—'),
    },
    status: {
      key: 'status',
      title: t('caseList.col.status'),
      dataIndex: 'status',
      width: 86,
      render: (status: string) => (
        <Tag color={status === 'closed' ? 'default' : 'blue'}>{label(STATUS_LABELS, status, locale)}</Tag>
      ),
    },
    level: {
      key: 'level',
      title: t('caseList.col.level'),
      dataIndex: 'level',
      width: 80,
      ellipsis: true,
      render: (level: string) => label(LEVEL_LABELS, level, locale),
    },
    channel: {
      key: 'channel',
      title: t('caseList.col.channel'),
      dataIndex: 'channel',
      width: 96,
      ellipsis: true,
      render: (channel: string) => label(CHANNEL_LABELS, channel, locale),
    },
    warning: {
      key: 'warning',
      title: t('caseList.col.warning'),
      dataIndex: 'warning',
      width: sort ? 84 : 70,
      render: (warning: string) => <WarningTag warning={warning} />,
    },
    deadline: {
      key: 'deadline',
      title: t('caseList.col.deadline'),
      dataIndex: 'stageDeadline',
      width: 132,
      // Overdue in red, yellow-carded in orange: the deadline is what the handler acts on.
      render: (deadline: string | null, row: CaseSummary) => (
        <Typography.Text
          type={row.warning === 'red' ? 'danger' : row.warning === 'yellow' ? 'warning' : undefined}
          data-warning={row.warning}
        >
          {formatChinaTime(deadline)}
        </Typography.Text>
      ),
    },
    reportedAt: {
      key: 'reportedAt',
      title: t('caseList.col.reportedAt'),
      dataIndex: 'reportedAt',
      width: 132,
      render: (reportedAt: string) => formatChinaTime(reportedAt),
    },
  };
  return keys.map((key) => {
    const column = all[key];
    if (!sort || !isSortableColumn(key)) return column;
    return {
      ...column,
      sorter: true,
      sortOrder: columnOrder(sort.current, key),
      sortDirections: columnDirections(key),
      showSorterTooltip: false,
    };
  });
}
