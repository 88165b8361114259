import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { App, Button, Select, TreeSelect, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { fetchTree } from '../api/org.ts';
import { type DualRegistration, endDualRegistration, listDualRegistrations } from '../api/registryCare.ts';
import { LoadErrorAlert } from '../components/LoadErrorAlert.tsx';
import { communityPaths, covers, divisionOptions } from '../components/registry-places/communities.ts';
import { DualRegisterModal } from '../components/registry-places/DualRegisterModal.tsx';
import { DUAL_PAGE_SIZE, DualTable } from '../components/registry-places/DualTable.tsx';
import { PageFrame } from '../components/registry-places/PageFrame.tsx';
import { useAsync } from '../hooks/useAsync.ts';
import { useErrorText } from '../i18n/useErrorText.ts';
import { useT } from '../i18n/useT.ts';
import { useSession } from '../session/context.ts';

/**
 * Who registers 双报到: the editors of the registry whose territory holds the whole community (the
 * community office and above; a grid worker's grids are only part of one).
 */
const EDITOR_ROLES: ReadonlySet<string> = new Set([
  'admin',
  'subdistrictDispatcher',
  'communityStaff',
  'gridLeader',
  'gridWorker',
]);

type Kind = DualRegistration['kind'];
type Active = 'active' | 'ended' | 'all';

/** /registry/dual (双报到): party members and units registered at communities to serve there. */
export default function DualRegistrationPage() {
  const t = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const { state } = useSession();
  const [kind, setKind] = useState<Kind | undefined>();
  const [active, setActive] = useState<Active>('active');
  const [division, setDivision] = useState<string | undefined>();
  const [page, setPage] = useState(1);
  const [reload, setReload] = useState(0);
  const [registering, setRegistering] = useState(false);
  const [ending, setEnding] = useState<string | null>(null);
  const tree = useAsync((signal) => fetchTree(signal), []);
  const grants = state.status === 'authenticated' ? state.session.user.roles : [];
  const communities = useMemo(
    () =>
      communityPaths(tree.data?.roots ?? [])
        .filter(({ path }) => grants.some((g) => EDITOR_ROLES.has(g.role) && covers(g.scopePath, path)))
        .map(({ node }) => node),
    [tree.data, grants],
  );
  const mayEdit = communities.length > 0;
  const query = useMemo(
    () => ({
      ...(kind ? { kind } : {}),
      ...(active === 'all' ? {} : { active: active === 'active' }),
      ...(division ? { division } : {}),
      page,
      pageSize: DUAL_PAGE_SIZE,
    }),
    [kind, active, division, page],
  );
  const list = useAsync((signal) => listDualRegistrations(query, signal), [query, reload]);
  const refresh = () => setReload((n) => n + 1);
  const filter =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setPage(1);
    };

  const end = async (row: DualRegistration) => {
    setEnding(row.id);
    try {
      await endDualRegistration(row.id);
      message.success(t('places.dual.ended', { name: row.name }));
    } catch (error) {
      message.error(errorText(error));
    } finally {
      setEnding(null);
      refresh();
    }
  };

  return (
    <PageFrame
      title={t('places.dual.title')}
      extra={
        list.data ? (
          <Typography.Text type="secondary" data-testid="dual-total">
            {t('places.dual.total', { total: list.data.total })}
          </Typography.Text>
        ) : null
      }
      actions={
        <>
          <Button
            icon={<ReloadOutlined />}
            loading={list.loading}
            onClick={refresh}
            aria-label={t('places.reload')}
          />
          {mayEdit ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setRegistering(true)}
              data-testid="dual-add"
            >
              {t('places.dual.register')}
            </Button>
          ) : null}
        </>
      }
    >
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
        <Select
          aria-label={t('places.dual.kind')}
          style={{ width: 130 }}
          allowClear
          placeholder={t('places.dual.allKinds')}
          value={kind}
          onChange={filter((v: Kind | undefined) => setKind(v || undefined))}
          options={[
            { value: 'member', label: t('places.dual.kind.member') },
            { value: 'unit', label: t('places.dual.kind.unit') },
          ]}
        />
        <Select<Active>
          aria-label={t('places.dual.status')}
          style={{ width: 130 }}
          value={active}
          onChange={filter(setActive)}
          options={[
            { value: 'active', label: t('places.dual.active') },
            { value: 'ended', label: t('places.dual.ended.filter') },
            { value: 'all', label: t('places.dual.allStatus') },
          ]}
        />
        <TreeSelect
          aria-label={t('places.territory')}
          style={{ width: 240 }}
          allowClear
          placeholder={t('places.allTerritory')}
          value={division}
          treeData={divisionOptions(tree.data?.roots ?? [])}
          treeDefaultExpandAll
          showSearch={{ treeNodeFilterProp: 'title' }}
          onChange={filter((v: string | undefined) => setDivision(v || undefined))}
        />
      </div>
      {list.error ? <LoadErrorAlert error={list.error} onRetry={refresh} /> : null}
      <DualTable
        items={list.data?.items ?? []}
        total={list.data?.total ?? 0}
        page={page}
        loading={list.loading}
        canEnd={mayEdit}
        ending={ending}
        emptyText={mayEdit ? t('places.dual.emptyEdit') : t('places.dual.emptyReadOnly')}
        onPage={setPage}
        onEnd={end}
      />
      {registering ? (
        <DualRegisterModal
          communities={communities}
          onClose={() => setRegistering(false)}
          onSaved={(registration) => {
            setRegistering(false);
            message.success(t('places.dual.registered', { name: registration.name }));
            refresh();
          }}
        />
      ) : null}
    </PageFrame>
  );
}
