import { ReloadOutlined } from '@ant-design/icons';
import { Button, DatePicker, Empty, Flex, Input, Result, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { ApiError } from '../api/ApiError.ts';
import { type AccessEntry, fetchAccessReport } from '../api/registry.ts';
import { LoadErrorAlert } from '../components/LoadErrorAlert.tsx';
import { accessColumns } from '../components/registry-people/accessColumns.tsx';
import { useAsync } from '../hooks/useAsync.ts';
import { useErrorText } from '../i18n/useErrorText.ts';
import { useT } from '../i18n/useT.ts';
import { navigate } from '../router/router.ts';

const PAGE_SIZE = 50;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface AccessFilters {
  from?: string;
  to?: string;
  actor?: string;
  subject?: string;
  page: number;
}

/**
 * /admin/access-report: who saw whose personal numbers in the clear, or exported the registry,
 * when and why (个人信息访问记录, PIPL). Administrators only.
 */
export default function AccessReportPage() {
  const t = useT();
  const errorText = useErrorText();
  const [filters, setFilters] = useState<AccessFilters>(() => {
    const subject = new URLSearchParams(window.location.search).get('subject');
    return { page: 1, ...(subject && UUID.test(subject) ? { subject } : {}) };
  });
  const [actor, setActor] = useState('');
  const [reload, setReload] = useState(0);
  const report = useAsync(
    (signal) =>
      fetchAccessReport(
        {
          from: filters.from,
          to: filters.to,
          actor: filters.actor,
          subject: filters.subject,
          page: filters.page,
          pageSize: PAGE_SIZE,
        },
        signal,
      ),
    [filters, reload],
  );
  const columns = useMemo(() => accessColumns(t), [t]);
  const update = (patch: Partial<AccessFilters>) => setFilters((f) => ({ ...f, ...patch, page: 1 }));

  if (report.error instanceof ApiError && report.error.status === 403) {
    return (
      <Result
        status="403"
        title={t('menu.accessReport')}
        subTitle={errorText(report.error)}
        style={{ flex: 1 }}
      />
    );
  }
  const items = report.data?.items ?? [];
  const subjectName = filters.subject
    ? items.find((i) => i.subjectId === filters.subject)?.subjectName
    : null;

  return (
    <div style={{ flex: 1, minWidth: 0, overflow: 'auto', padding: 16 }}>
      <Flex align="center" gap={12} wrap style={{ marginBottom: 4 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('accessReport.title')}
        </Typography.Title>
        {report.data ? (
          <Typography.Text type="secondary" data-testid="access-total">
            {t('accessReport.total', { total: report.data.total })}
          </Typography.Text>
        ) : null}
        <div style={{ flex: 1 }} />
        <Button
          icon={<ReloadOutlined />}
          loading={report.loading}
          aria-label={t('admin.reload')}
          onClick={() => setReload((n) => n + 1)}
        />
      </Flex>
      <Typography.Paragraph type="secondary">{t('accessReport.explain')}</Typography.Paragraph>
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <DatePicker.RangePicker
          allowEmpty={[true, true]}
          placeholder={[t('accessReport.from'), t('accessReport.to')]}
          value={[filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null]}
          onChange={(_dates, [from, to]) => update({ from: from || undefined, to: to || undefined })}
          style={{ width: 260 }}
        />
        <Input.Search
          allowClear
          maxLength={50}
          placeholder={t('accessReport.actor')}
          value={actor}
          onChange={(event) => setActor(event.target.value)}
          onSearch={(value) => update({ actor: value.trim() || undefined })}
          style={{ width: 220 }}
          data-testid="access-actor"
        />
        {filters.subject ? (
          <Tag
            closable
            color="blue"
            style={{ alignSelf: 'center' }}
            onClose={() => {
              navigate('/admin/access-report', { replace: true });
              update({ subject: undefined });
            }}
            data-testid="access-subject-filter"
          >
            {t('accessReport.onlySubject', { name: subjectName ?? t('accessReport.thisPerson') })}
          </Tag>
        ) : null}
      </Flex>
      {report.error ? (
        <LoadErrorAlert
          error={report.error}
          onRetry={() => setReload((n) => n + 1)}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      <Table<AccessEntry>
        data-testid="access-table"
        size="small"
        rowKey={(entry) =>
          `${entry.at}-${entry.requestId ?? ''}-${entry.subjectId ?? ''}-${entry.field ?? ''}`
        }
        columns={columns}
        dataSource={items}
        loading={report.loading}
        scroll={{ x: 1060 }}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('accessReport.empty')} />,
        }}
        pagination={{
          current: filters.page,
          pageSize: PAGE_SIZE,
          total: report.data?.total ?? 0,
          showSizeChanger: false,
          hideOnSinglePage: true,
          onChange: (page) => setFilters((f) => ({ ...f, page })),
        }}
      />
    </div>
  );
}
