import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { App, Button, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { fetchTree } from '../api/org.ts';
import { downloadOrganisationsExport, listOrganisations } from '../api/registryOrgs.ts';
import { LoadErrorAlert } from '../components/LoadErrorAlert.tsx';
import { RegistryExportButton } from '../components/RegistryExportButton.tsx';
import { OrgFilterBar, type OrgFilters } from '../components/registry-places/OrgFilterBar.tsx';
import { OrgFormModal } from '../components/registry-places/OrgFormModal.tsx';
import { ORG_PAGE_SIZE, OrgTable, orgPath } from '../components/registry-places/OrgTable.tsx';
import { PageFrame } from '../components/registry-places/PageFrame.tsx';
import { useAsync } from '../hooks/useAsync.ts';
import { useT } from '../i18n/useT.ts';
import { navigate } from '../router/router.ts';
import { useHasRole } from '../session/roles.ts';

/** Who may register organisations (the server decides by territory; the button hides for readers only). */
const EDITOR_ROLES: ReadonlySet<string> = new Set([
  'admin',
  'subdistrictDispatcher',
  'communityStaff',
  'gridLeader',
  'gridWorker',
]);

/** The filters live in the query string, so the way back from an organisation keeps them. */
function readFilters(): OrgFilters {
  const p = new URLSearchParams(window.location.search);
  const party = p.get('party');
  return {
    q: p.get('q') ?? undefined,
    kind: p.get('kind') ?? undefined,
    hasPartyOrg: party === 'true' ? true : party === 'false' ? false : undefined,
    division: p.get('division') ?? undefined,
    page: Math.max(1, Number(p.get('page')) || 1),
  };
}
function writeFilters(f: OrgFilters): void {
  const p = new URLSearchParams();
  if (f.q) p.set('q', f.q);
  if (f.kind) p.set('kind', f.kind);
  if (f.hasPartyOrg !== undefined) p.set('party', String(f.hasPartyOrg));
  if (f.division) p.set('division', f.division);
  if (f.page > 1) p.set('page', String(f.page));
  const search = p.toString();
  window.history.replaceState(null, '', `/registry/organisations${search ? `?${search}` : ''}`);
}

/** /registry/organisations (单位组织): search, filter, and register organisations. */
export default function OrganisationsPage() {
  const t = useT();
  const { message } = App.useApp();
  const mayEdit = useHasRole(EDITOR_ROLES);
  const [filters, setFiltersState] = useState(readFilters);
  const [reload, setReload] = useState(0);
  const [adding, setAdding] = useState(false);
  const tree = useAsync((signal) => fetchTree(signal), []);
  // The list's filters without paging: what the export takes, and the list adds its page to.
  const filterQuery = useMemo(
    () => ({
      ...(filters.q ? { q: filters.q } : {}),
      ...(filters.kind ? { kind: filters.kind } : {}),
      ...(filters.hasPartyOrg !== undefined ? { hasPartyOrg: filters.hasPartyOrg } : {}),
      ...(filters.division ? { division: filters.division } : {}),
    }),
    [filters.q, filters.kind, filters.hasPartyOrg, filters.division],
  );
  const query = useMemo(
    () => ({ ...filterQuery, page: filters.page, pageSize: ORG_PAGE_SIZE }),
    [filterQuery, filters.page],
  );
  const list = useAsync((signal) => listOrganisations(query, signal), [query, reload]);
  const setFilters = (next: OrgFilters) => {
    writeFilters(next);
    setFiltersState(next);
  };
  const filtered = Boolean(
    filters.q || filters.kind || filters.division || filters.hasPartyOrg !== undefined,
  );

  return (
    <PageFrame
      title={t('places.orgs.title')}
      extra={
        list.data ? (
          <Typography.Text type="secondary" data-testid="orgs-total">
            {t('places.orgs.total', { total: list.data.total })}
          </Typography.Text>
        ) : null
      }
      actions={
        <>
          <Button
            icon={<ReloadOutlined />}
            loading={list.loading}
            onClick={() => setReload((n) => n + 1)}
            aria-label={t('places.reload')}
          />
          <Button disabled={!filtered} onClick={() => setFilters({ page: 1 })}>
            {t('places.resetFilters')}
          </Button>
          <RegistryExportButton
            label={t('places.orgs.export')}
            hint={t('places.orgs.exportHint')}
            disabled={!list.data || list.data.total === 0}
            download={(locale) => downloadOrganisationsExport(filterQuery, locale)}
            testId="orgs-export"
          />
          {mayEdit ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setAdding(true)}
              data-testid="org-add"
            >
              {t('places.orgs.add')}
            </Button>
          ) : null}
        </>
      }
    >
      <OrgFilterBar filters={filters} roots={tree.data?.roots ?? []} onChange={setFilters} />
      {list.error ? <LoadErrorAlert error={list.error} onRetry={() => setReload((n) => n + 1)} /> : null}
      <OrgTable
        items={list.data?.items ?? []}
        total={list.data?.total ?? 0}
        page={filters.page}
        loading={list.loading}
        emptyText={filtered ? t('places.orgs.emptyFiltered') : t('places.orgs.empty')}
        onPage={(page) => setFilters({ ...filters, page })}
      />
      {adding ? (
        <OrgFormModal
          onClose={() => setAdding(false)}
          onSaved={(org) => {
            setAdding(false);
            message.success(t('places.orgs.created', { name: org.name }));
            navigate(orgPath(org.id));
          }}
        />
      ) : null}
    </PageFrame>
  );
}
