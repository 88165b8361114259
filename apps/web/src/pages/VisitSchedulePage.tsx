import { ReloadOutlined } from '@ant-design/icons';
import { App, Button, Segmented, Select, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import {
  downloadVisitScheduleExport,
  fetchVisitSchedule,
  listCareTags,
  type VisitSchedule,
  type VisitScheduleItem,
  type VisitScheduleQuery,
} from '../api/registryCare.ts';
import { listGrids } from '../api/registryLookup.ts';
import { LoadErrorAlert } from '../components/LoadErrorAlert.tsx';
import { RegistryExportButton } from '../components/RegistryExportButton.tsx';
import { PageFrame } from '../components/registry-places/PageFrame.tsx';
import { VisitModal } from '../components/registry-places/VisitModal.tsx';
import { NO_WORKER, VisitSummary } from '../components/registry-places/VisitSummary.tsx';
import { VisitTable } from '../components/registry-places/VisitTable.tsx';
import { useAsync } from '../hooks/useAsync.ts';
import { useI18n } from '../i18n/useT.ts';

type State = NonNullable<VisitScheduleQuery['state']>;
const STATES: State[] = ['overdue', 'due', 'ok', 'all'];
type Worker = VisitSchedule['byWorker'][number];

/**
 * /registry/visits (走访计划): who in the care groups is due a visit, per grid worker. A grid worker
 * sees the people of their own grids; the offices see every worker of their territory.
 */
export default function VisitSchedulePage() {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const [state, setState] = useState<State>('all');
  const [grid, setGrid] = useState<string | undefined>();
  const [worker, setWorker] = useState<string | undefined>();
  const [reload, setReload] = useState(0);
  const [visiting, setVisiting] = useState<VisitScheduleItem | null>(null);
  const [workers, setWorkers] = useState<Worker[]>([]);
  const grids = useAsync((signal) => listGrids(null, signal), []);
  const careTags = useAsync((signal) => listCareTags(signal), []);
  // "No grid worker" is not a server filter: those rows are picked out here.
  const workerQuery = worker && worker !== NO_WORKER ? worker : undefined;
  // All states are fetched and the state filter applies here: the counts above the list stay whole.
  const query = useMemo(
    () => ({
      state: 'all' as const,
      ...(grid ? { grid } : {}),
      ...(workerQuery ? { worker: workerQuery } : {}),
    }),
    [grid, workerQuery],
  );
  const schedule = useAsync((signal) => fetchVisitSchedule(query, signal), [query, reload]);
  const refresh = () => setReload((n) => n + 1);

  // The worker choices are those of the last answer not narrowed to one worker.
  useEffect(() => {
    if (schedule.data && !workerQuery) setWorkers(schedule.data.byWorker);
  }, [schedule.data, workerQuery]);

  const mine = useMemo(() => {
    const all = schedule.data?.items ?? [];
    return worker === NO_WORKER ? all.filter((i) => i.workers.length === 0) : all;
  }, [schedule.data, worker]);
  const items = useMemo(
    () =>
      mine
        .filter((i) => state === 'all' || i.state === state)
        .sort((a, b) => b.overdueDays - a.overdueDays || a.dueOn.localeCompare(b.dueOn)),
    [mine, state],
  );
  const counts = useMemo(
    () => ({
      overdue: mine.filter((i) => i.state === 'overdue').length,
      due: mine.filter((i) => i.state === 'due').length,
      people: new Set(mine.map((i) => i.personId)).size,
    }),
    [mine],
  );
  const tagNames = useMemo(
    () => new Map((careTags.data?.items ?? []).map((c) => [c.code, locale === 'en' ? c.nameEn : c.name])),
    [careTags.data, locale],
  );

  return (
    <PageFrame
      title={t('places.visits.title')}
      actions={
        <>
          <Button
            icon={<ReloadOutlined />}
            loading={schedule.loading}
            onClick={refresh}
            aria-label={t('places.reload')}
          />
          {/* The page's query with the state shown: the server filters by state, the list does it here. */}
          <RegistryExportButton
            label={t('places.visits.export')}
            hint={t('places.visits.exportHint')}
            disabled={!schedule.data || items.length === 0}
            download={(lang) => downloadVisitScheduleExport({ ...query, state }, lang)}
            testId="visits-export"
          />
        </>
      }
    >
      <VisitSummary
        counts={schedule.data ? counts : null}
        byWorker={workerQuery ? (schedule.data?.byWorker ?? []) : workers}
        selected={worker}
        loading={schedule.loading}
        onPick={setWorker}
      />
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
        <Segmented<State>
          value={state}
          onChange={setState}
          options={STATES.map((s) => ({ value: s, label: t(`places.visits.filter.${s}`) }))}
          data-testid="visits-state"
        />
        <Select
          aria-label={t('places.grid')}
          style={{ width: 240 }}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('places.visits.allGrids')}
          value={grid}
          onChange={(code: string | undefined) => setGrid(code || undefined)}
          options={(grids.data?.items ?? []).map((g) => ({ value: g.code, label: g.name }))}
        />
        {workers.length > 1 || worker ? (
          <Select
            aria-label={t('places.visits.worker')}
            style={{ width: 180 }}
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('places.visits.allWorkers')}
            value={worker}
            onChange={(id: string | undefined) => setWorker(id || undefined)}
            options={workers.map((w) => ({
              value: w.id ?? NO_WORKER,
              label: w.id ? w.name : t('places.visits.noWorker'),
            }))}
          />
        ) : null}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('places.visits.rule')}
        </Typography.Text>
      </div>
      {schedule.error ? <LoadErrorAlert error={schedule.error} onRetry={refresh} /> : null}
      <VisitTable
        items={items}
        loading={schedule.loading}
        tagName={(tag) => tagNames.get(tag.code) ?? tag.name}
        emptyText={
          state === 'overdue'
            ? t('places.visits.emptyOverdue')
            : state === 'all'
              ? t('places.visits.emptyAll')
              : t('places.visits.empty')
        }
        onVisit={setVisiting}
      />
      {visiting ? (
        <VisitModal
          item={visiting}
          personTags={(schedule.data?.items ?? [])
            .filter((i) => i.personId === visiting.personId)
            .map((i) => ({ code: i.tag.code, name: tagNames.get(i.tag.code) ?? i.tag.name }))}
          onClose={() => setVisiting(null)}
          onSaved={() => {
            message.success(t('places.visits.saved', { name: visiting.personName }));
            setVisiting(null);
            refresh();
          }}
        />
      ) : null}
    </PageFrame>
  );
}
