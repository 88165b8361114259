import { ReloadOutlined, UserAddOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Result, Segmented, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { ApiError } from '../api/ApiError.ts';
import { downloadPeopleExport, listPeople, type PersonListItem } from '../api/registry.ts';
import { LoadErrorAlert } from '../components/LoadErrorAlert.tsx';
import { RegistryExportButton } from '../components/RegistryExportButton.tsx';
import { PeopleFilterBar } from '../components/registry-people/PeopleFilterBar.tsx';
import { peopleColumns, peopleTableWidth, personPath } from '../components/registry-people/peopleColumns.tsx';
import {
  isFiltered,
  PAGE_SIZE,
  type PeopleFilters,
  parsePeopleFilters,
  peoplePath,
  toFilterQuery,
  toPeopleQuery,
} from '../components/registry-people/peopleFilters.ts';
import { EDIT_ROLES, RESTORE_ROLES } from '../components/registry-people/registryRoles.ts';
import { useCareTags } from '../components/registry-people/useCareTags.ts';
import { useSearch } from '../components/registry-people/useSearch.ts';
import { useAsync } from '../hooks/useAsync.ts';
import { useErrorText } from '../i18n/useErrorText.ts';
import { useI18n } from '../i18n/useT.ts';
import { navigate } from '../router/router.ts';
import { useHasRole } from '../session/roles.ts';

/** /registry/people: the people (实有人口) of the user's territory, searched and filtered by the URL. */
export default function PeoplePage() {
  const { t, locale } = useI18n();
  const errorText = useErrorText();
  const [search, go] = useSearch();
  const [reload, setReload] = useState(0);
  const filters = useMemo(() => parsePeopleFilters(search), [search]);
  const careTags = useCareTags();
  const mayEdit = useHasRole(EDIT_ROLES);
  const mayRestore = useHasRole(RESTORE_ROLES);
  const list = useAsync((signal) => listPeople(toPeopleQuery(filters), signal), [filters, reload]);
  // The deleted records are for those who may restore them: the server's 403 hides the tab.
  const deletedProbe = useAsync(
    (signal) => (mayRestore ? listPeople({ deleted: 'true', pageSize: 1 }, signal) : null),
    [mayRestore, reload],
  );
  const deletedForbidden = deletedProbe.error instanceof ApiError && deletedProbe.error.status === 403;
  const showDeleted = (mayRestore && !deletedForbidden) || Boolean(filters.deleted);
  const setFilters = (next: PeopleFilters) => go(peoplePath(next));
  const refresh = () => setReload((n) => n + 1);

  const columns = useMemo(
    () => peopleColumns(t, locale, careTags.nameOf, Boolean(filters.deleted)),
    [t, locale, careTags.nameOf, filters.deleted],
  );

  if (list.error instanceof ApiError && list.error.status === 403 && !filters.deleted) {
    return (
      <Result status="403" title={t('menu.people')} subTitle={errorText(list.error)} style={{ flex: 1 }} />
    );
  }

  const items: PersonListItem[] = list.data?.items ?? [];
  const total = list.data?.total ?? 0;

  return (
    <div style={{ flex: 1, minWidth: 0, overflow: 'auto', padding: 16 }}>
      <Flex align="center" justify="space-between" gap={8} wrap style={{ marginBottom: 12 }}>
        <Flex align="center" gap={12} wrap>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('people.title')}
          </Typography.Title>
          {showDeleted ? (
            <Segmented<'live' | 'deleted'>
              value={filters.deleted ? 'deleted' : 'live'}
              onChange={(tab) => setFilters({ page: 1, ...(tab === 'deleted' ? { deleted: true } : {}) })}
              options={[
                { value: 'live', label: t('people.tab.live') },
                {
                  value: 'deleted',
                  label: deletedProbe.data
                    ? t('people.tab.deletedCount', { count: deletedProbe.data.total })
                    : t('people.tab.deleted'),
                },
              ]}
              data-testid="people-tabs"
            />
          ) : null}
          {list.data ? (
            <Typography.Text type="secondary" data-testid="people-total">
              {t('people.total', { total })}
            </Typography.Text>
          ) : null}
        </Flex>
        <Flex gap={8}>
          <Button
            icon={<ReloadOutlined />}
            loading={list.loading}
            aria-label={t('admin.reload')}
            onClick={refresh}
          />
          <Button
            disabled={!isFiltered(filters)}
            onClick={() => setFilters({ page: 1, deleted: filters.deleted })}
          >
            {t('people.filter.reset')}
          </Button>
          {filters.deleted ? null : (
            <RegistryExportButton
              label={t('people.export')}
              hint={t('people.exportHint')}
              disabled={!list.data || total === 0}
              download={(lang) => downloadPeopleExport(toFilterQuery(filters), lang)}
              testId="people-export"
            />
          )}
          {mayEdit ? (
            <Button
              type="primary"
              icon={<UserAddOutlined />}
              onClick={() => navigate('/registry/people/new')}
              data-testid="people-new"
            >
              {t('people.new')}
            </Button>
          ) : null}
        </Flex>
      </Flex>

      {filters.deleted ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
          {t('people.deletedHint')}
        </Typography.Paragraph>
      ) : null}

      <PeopleFilterBar filters={filters} careTags={careTags} onChange={setFilters} />

      {list.error ? (
        <LoadErrorAlert
          error={list.error}
          onRetry={refresh}
          title={t('people.loadFailed')}
          style={{ marginBottom: 12 }}
        />
      ) : null}

      <Table<PersonListItem>
        data-testid="people-table"
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={items}
        loading={list.loading}
        scroll={{ x: peopleTableWidth(Boolean(filters.deleted)) }}
        locale={{
          emptyText: (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={isFiltered(filters) ? t('people.emptyFiltered') : t('people.empty')}
            />
          ),
        }}
        onRow={(row) => ({ onClick: () => navigate(personPath(row.id)), style: { cursor: 'pointer' } })}
        pagination={{
          current: filters.page,
          pageSize: PAGE_SIZE,
          total,
          showSizeChanger: false,
          showTotal: (count) => t('people.total', { total: count }),
          onChange: (page) => setFilters({ ...filters, page }),
        }}
      />
    </div>
  );
}
