import { ArrowLeftOutlined, DeleteOutlined, EditOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Result, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ApiError } from '../api/ApiError.ts';
import {
  deleteOrganisation,
  fetchOrganisation,
  type OrganisationView,
  organisationHistory,
  revealOrganisation,
} from '../api/registryOrgs.ts';
import { formatChinaTime } from '../cases/time.ts';
import { DeleteWithReasonModal, MIN_DELETE_REASON } from '../components/DeleteWithReasonModal.tsx';
import { LoadErrorAlert } from '../components/LoadErrorAlert.tsx';
import { MaskedNumber } from '../components/MaskedNumber.tsx';
import { HistoryTimeline } from '../components/registry-places/HistoryTimeline.tsx';
import { dict } from '../components/registry-places/labels.ts';
import { OrgFormModal } from '../components/registry-places/OrgFormModal.tsx';
import { PageFrame } from '../components/registry-places/PageFrame.tsx';
import { useAsync } from '../hooks/useAsync.ts';
import { formatNumber } from '../i18n/messages.ts';
import { useErrorText } from '../i18n/useErrorText.ts';
import { useI18n } from '../i18n/useT.ts';
import { navigate } from '../router/router.ts';

const LIST = '/registry/organisations';

function OrgDescriptions({ org }: { org: OrganisationView }) {
  const { t, locale } = useI18n();
  const dash = <Typography.Text type="secondary">—</Typography.Text>;
  const or = (v: string | null) => v ?? dash;
  return (
    <Descriptions
      size="small"
      bordered
      column={{ xs: 1, lg: 2 }}
      data-testid="org-descriptions"
      items={[
        { key: 'name', label: t('places.orgs.name'), children: org.name },
        { key: 'kind', label: t('places.orgs.kind'), children: dict('orgKind', org.kind, locale) },
        { key: 'uscc', label: t('places.orgs.uscc'), children: or(org.uscc) },
        {
          key: 'employees',
          label: t('places.orgs.employees'),
          children: org.employees == null ? dash : formatNumber(locale, org.employees),
        },
        { key: 'legalRep', label: t('places.orgs.legalRep'), children: or(org.legalRepName) },
        {
          key: 'legalRepId',
          label: t('places.orgs.legalRepId'),
          children: (
            <MaskedNumber
              masked={org.legalRepIdMasked}
              canReveal={org.can.reveal}
              title={t('places.reveal.title', { what: t('places.orgs.legalRepId') })}
              hint={t('places.reveal.reasonHint')}
              reveal={async (reason) => (await revealOrganisation(org.id, 'legalRepIdNumber', reason)).value}
              testId="org-detail-legal-rep-id"
            />
          ),
        },
        { key: 'contactName', label: t('places.orgs.contactName'), children: or(org.contactName) },
        {
          key: 'contactPhone',
          label: t('places.orgs.contactPhone'),
          children: (
            <MaskedNumber
              masked={org.contactPhoneMasked}
              canReveal={org.can.reveal}
              title={t('places.reveal.title', { what: t('places.orgs.contactPhone') })}
              hint={t('places.reveal.reasonHint')}
              reveal={async (reason) => (await revealOrganisation(org.id, 'contactPhone', reason)).value}
              testId="org-detail-contact-phone"
            />
          ),
        },
        { key: 'address', label: t('places.orgs.address'), children: or(org.address), span: 'filled' },
        { key: 'grid', label: t('places.grid'), children: org.grid.name },
        { key: 'community', label: t('places.community'), children: org.community.name },
        {
          key: 'building',
          label: t('places.orgs.building'),
          children: org.building ? org.building.name : dash,
        },
        {
          key: 'party',
          label: t('places.orgs.partyOrg'),
          children: org.hasPartyOrg ? (
            <Tag color="red">
              {org.partyMembers != null
                ? t('places.orgs.partyMembersN', { n: org.partyMembers })
                : t('places.yes')}
            </Tag>
          ) : (
            t('places.orgs.partyOrgNo')
          ),
        },
        {
          key: 'dual',
          label: t('places.orgs.dual'),
          children: org.dualRegistered ? (
            <Tag color="volcano">{t('places.orgs.dualYes')}</Tag>
          ) : (
            t('places.orgs.dualNo')
          ),
        },
        { key: 'updated', label: t('places.updatedAt'), children: formatChinaTime(org.updatedAt) },
      ]}
    />
  );
}

/** /registry/organisations/:id: an organisation, its personal numbers on request, edit, delete, history. */
export default function OrganisationDetailPage({ id }: { id: string }) {
  const { t, locale } = useI18n();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [reload, setReload] = useState(0);
  const [dialog, setDialog] = useState<'edit' | 'delete' | null>(null);
  const org = useAsync((signal) => fetchOrganisation(id, signal), [id, reload]);
  const history = useAsync((signal) => organisationHistory(id, signal), [id, reload]);
  const refresh = () => setReload((n) => n + 1);
  const data = org.data?.id === id ? org.data : null;

  if (org.error instanceof ApiError && org.error.status === 404) {
    return (
      <Result
        status="404"
        title={t('places.orgs.notFound')}
        subTitle={errorText(org.error)}
        extra={<Button onClick={() => navigate(LIST)}>{t('places.orgs.backToList')}</Button>}
        style={{ flex: 1 }}
      />
    );
  }

  return (
    <PageFrame
      title={
        <>
          <Button
            type="text"
            icon={<ArrowLeftOutlined />}
            aria-label={t('places.orgs.backToList')}
            onClick={() => navigate(LIST)}
          />
          {data?.name ?? t('places.orgs.detailTitle')}
        </>
      }
      extra={data ? <Tag>{dict('orgKind', data.kind, locale)}</Tag> : null}
      actions={
        <>
          <Button
            icon={<ReloadOutlined />}
            loading={org.loading}
            onClick={refresh}
            aria-label={t('places.reload')}
          />
          {data?.can.edit && !data.deletedAt ? (
            <Button icon={<EditOutlined />} onClick={() => setDialog('edit')} data-testid="org-edit">
              {t('places.edit')}
            </Button>
          ) : null}
          {data?.can.delete && !data.deletedAt ? (
            <Button
              danger
              icon={<DeleteOutlined />}
              onClick={() => setDialog('delete')}
              data-testid="org-delete"
            >
              {t('places.delete')}
            </Button>
          ) : null}
        </>
      }
    >
      {org.error ? <LoadErrorAlert error={org.error} onRetry={refresh} /> : null}
      {data?.deletedAt ? (
        <Alert
          type="warning"
          showIcon
          title={t('places.orgs.deletedAt', { at: formatChinaTime(data.deletedAt) })}
        />
      ) : null}
      {data ? <OrgDescriptions org={data} /> : org.loading ? <Card loading /> : null}
      <Card size="small" title={t('places.history.title')}>
        {history.error ? (
          <LoadErrorAlert error={history.error} onRetry={refresh} />
        ) : history.data ? (
          <HistoryTimeline
            items={history.data.items}
            labelOf={(field, value) => {
              if (typeof value !== 'string') return null;
              if (field === 'kind') return dict('orgKind', value, locale);
              // Codes of the grid and building the organisation is in now read as their names.
              if (field === 'gridCode' && value === data?.grid.code) return data.grid.name;
              if (field === 'buildingCode' && value === data?.building?.code) return data.building.name;
              return null;
            }}
          />
        ) : (
          <Card loading bordered={false} />
        )}
      </Card>
      {data && dialog === 'edit' ? (
        <OrgFormModal
          org={data}
          onClose={() => setDialog(null)}
          onSaved={() => {
            setDialog(null);
            message.success(t('places.orgs.updated'));
            refresh();
          }}
        />
      ) : null}
      {data && dialog === 'delete' ? (
        <DeleteWithReasonModal
          texts={{
            title: t('places.orgs.deleteTitle', { name: data.name }),
            explain: t('places.orgs.deleteExplain'),
            reasonLabel: t('places.orgs.deleteReason'),
            reasonTooShort: t('places.orgs.deleteReasonShort', { min: MIN_DELETE_REASON }),
            okText: t('places.delete'),
          }}
          testId="org-delete"
          onClose={() => setDialog(null)}
          onDelete={async (reason) => {
            await deleteOrganisation(data.id, data.version, reason);
            setDialog(null);
            message.success(t('places.orgs.deleted', { name: data.name }));
            navigate(LIST);
          }}
        />
      ) : null}
    </PageFrame>
  );
}
