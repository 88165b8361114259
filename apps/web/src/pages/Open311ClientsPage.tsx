import { KeyOutlined, ReloadOutlined } from '@ant-design/icons';
import { App, Button, Flex, Result, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { ApiError } from '../api/ApiError.ts';
import { listClients, type Open311Client, type Open311ClientCreated, revokeClient } from '../api/open311.ts';
import { fetchTree } from '../api/org.ts';
import { LoadErrorAlert } from '../components/LoadErrorAlert.tsx';
import { ClientsTable } from '../components/open311/ClientsTable.tsx';
import { districtsOf } from '../components/open311/districts.ts';
import { IssueKeyModal } from '../components/open311/IssueKeyModal.tsx';
import { KeyShownModal } from '../components/open311/KeyShownModal.tsx';
import { Open311Help } from '../components/open311/Open311Help.tsx';
import { useAsync } from '../hooks/useAsync.ts';
import { useErrorText } from '../i18n/useErrorText.ts';
import { useT } from '../i18n/useT.ts';

type Dialog = { kind: 'issue' } | { kind: 'key'; created: Open311ClientCreated };

/** /admin/open311: the client applications allowed to file reports through Open311, and their keys. */
export default function Open311ClientsPage() {
  const t = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [reload, setReload] = useState(0);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [revoking, setRevoking] = useState<string | null>(null);
  const list = useAsync((signal) => listClients(signal), [reload]);
  // Only for district names and the district choice: without it the codes show and the server picks.
  const tree = useAsync((signal) => fetchTree(signal), []);
  const districts = useMemo(() => districtsOf(tree.data?.roots ?? []), [tree.data]);
  const districtNames = useMemo(() => new Map(districts.map((d) => [d.code, d.name])), [districts]);
  const refresh = () => setReload((n) => n + 1);

  const revoke = async (client: Open311Client) => {
    setRevoking(client.id);
    try {
      await revokeClient(client.id);
      message.success(t('open311.revokedDone', { name: client.name }));
    } catch (error) {
      message.error(errorText(error));
    } finally {
      setRevoking(null);
      // Also after a failure: someone else may have revoked it meanwhile (409).
      refresh();
    }
  };

  // Only administrators hold keys: anyone else gets one clear answer.
  if (list.error instanceof ApiError && list.error.status === 403) {
    return (
      <Result status="403" title={t('menu.open311')} subTitle={errorText(list.error)} style={{ flex: 1 }} />
    );
  }

  const items = list.data?.items ?? [];
  const active = items.filter((c) => !c.revokedAt).length;

  return (
    <div
      style={{
        flex: 1,
        minWidth: 0,
        overflow: 'auto',
        padding: '12px 16px',
        display: 'flex',
        flexDirection: 'column',
        gap: 12,
      }}
    >
      <Flex align="center" gap={8} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('open311.title')}
        </Typography.Title>
        {list.data ? (
          <Typography.Text type="secondary" data-testid="open311-total">
            {t('open311.total', { total: items.length, active })}
          </Typography.Text>
        ) : null}
        <div style={{ flex: 1 }} />
        <Button icon={<ReloadOutlined />} onClick={refresh} aria-label={t('admin.reload')} />
        <Button
          type="primary"
          icon={<KeyOutlined />}
          onClick={() => setDialog({ kind: 'issue' })}
          data-testid="open311-issue"
        >
          {t('open311.issue')}
        </Button>
      </Flex>
      <Open311Help />
      {list.error ? <LoadErrorAlert error={list.error} onRetry={refresh} /> : null}
      <ClientsTable
        items={items}
        loading={list.loading}
        districtNames={districtNames}
        revoking={revoking}
        onRevoke={revoke}
      />
      {dialog?.kind === 'issue' ? (
        <IssueKeyModal
          districts={districts}
          onClose={() => setDialog(null)}
          onIssued={(created) => {
            setDialog({ kind: 'key', created });
            refresh();
          }}
        />
      ) : null}
      {dialog?.kind === 'key' ? (
        <KeyShownModal created={dialog.created} onClose={() => setDialog(null)} />
      ) : null}
    </div>
  );
}
