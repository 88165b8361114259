import {
  ArrowLeftOutlined,
  AuditOutlined,
  DeleteOutlined,
  EditOutlined,
  ReloadOutlined,
  UndoOutlined,
} from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Flex,
  Popconfirm,
  Result,
  Row,
  Space,
  Spin,
  Tag,
  Typography,
} from 'antd';
import { type ReactNode, useCallback, useState } from 'react';
import { ApiError } from '../api/ApiError.ts';
import {
  deletePerson,
  fetchPerson,
  fetchPersonHistory,
  type PersonView,
  restorePerson,
} from '../api/registry.ts';
import { formatChinaTime } from '../cases/time.ts';
import { DeleteWithReasonModal } from '../components/DeleteWithReasonModal.tsx';
import { LoadErrorAlert } from '../components/LoadErrorAlert.tsx';
import { PersonFacts } from '../components/registry-people/PersonFacts.tsx';
import { PersonHistory } from '../components/registry-people/PersonHistory.tsx';
import { PersonPlace } from '../components/registry-people/PersonPlace.tsx';
import { PersonTags } from '../components/registry-people/PersonTags.tsx';
import { PersonVisits } from '../components/registry-people/PersonVisits.tsx';
import { RESIDENCY_COLORS, residencyLabel } from '../components/registry-people/personLabels.ts';
import { AUDIT_ROLES, RESTORE_ROLES } from '../components/registry-people/registryRoles.ts';
import { type CareTags, useCareTags } from '../components/registry-people/useCareTags.ts';
import { useAsync } from '../hooks/useAsync.ts';
import { useErrorText } from '../i18n/useErrorText.ts';
import { useI18n } from '../i18n/useT.ts';
import { navigate } from '../router/router.ts';
import { useHasRole } from '../session/roles.ts';

/** /registry/people/:id: one person's record, care groups, visits and history. */
export default function PersonDetailPage({ id }: { id: string }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const [reloadKey, setReloadKey] = useState(0);
  const reload = useCallback(() => setReloadKey((k) => k + 1), []);
  const person = useAsync((signal) => fetchPerson(id, signal), [id, reloadKey]);
  const careTags = useCareTags();
  const current = person.data && person.data.id === id ? person.data : null;

  let body: ReactNode;
  if (!current && person.error) {
    const notFound = person.error instanceof ApiError && person.error.status === 404;
    body = (
      <Result
        status={notFound ? '404' : 'error'}
        title={notFound ? t('people.detail.notFound') : t('people.detail.loadFailed')}
        subTitle={notFound ? t('people.detail.notFoundHint') : errorText(person.error)}
        data-testid={notFound ? 'person-not-found' : 'person-load-failed'}
        extra={
          <Space>
            <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/registry/people')}>
              {t('people.detail.back')}
            </Button>
            {notFound ? null : (
              <Button type="primary" onClick={reload}>
                {t('common.retry')}
              </Button>
            )}
          </Space>
        }
      />
    );
  } else if (!current) {
    body = (
      <div style={{ padding: 80, display: 'grid', placeItems: 'center' }}>
        <Spin size="large" />
      </div>
    );
  } else {
    body = (
      <PersonDetail
        person={current}
        careTags={careTags}
        loading={person.loading}
        reloadKey={reloadKey}
        onReload={reload}
      />
    );
  }
  return (
    <div style={{ flex: 1, minWidth: 0, overflow: 'auto', padding: 16, background: '#f5f7fa' }}>{body}</div>
  );
}

function PersonDetail({
  person,
  careTags,
  loading,
  reloadKey,
  onReload,
}: {
  person: PersonView;
  careTags: CareTags;
  loading: boolean;
  reloadKey: number;
  onReload: () => void;
}) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const mayRestore = useHasRole(RESTORE_ROLES);
  const mayAudit = useHasRole(AUDIT_ROLES);
  const [deleting, setDeleting] = useState(false);
  const [restoring, setRestoring] = useState(false);
  const history = useAsync((signal) => fetchPersonHistory(person.id, signal), [person.id, reloadKey]);

  const restore = async () => {
    setRestoring(true);
    try {
      await restorePerson(person.id, person.version);
      message.success(t('people.restore.done', { name: person.name }));
    } catch (error) {
      message.error(errorText(error));
    } finally {
      setRestoring(false);
      onReload();
    }
  };

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Card size="small">
        <Flex align="flex-start" gap={12} wrap>
          <Button
            icon={<ArrowLeftOutlined />}
            onClick={() => navigate('/registry/people')}
            aria-label={t('people.detail.back')}
          />
          <div style={{ flex: 1, minWidth: 240 }}>
            <Typography.Title level={4} style={{ margin: '0 0 6px' }} data-testid="person-name">
              {person.name}
            </Typography.Title>
            <Space wrap size={[6, 6]}>
              <Tag color={RESIDENCY_COLORS[person.residencyType] ?? 'default'}>
                {residencyLabel(person.residencyType, locale)}
              </Tag>
              {person.partyMember ? <Tag color="red">{t('people.partyMember')}</Tag> : null}
              <Typography.Text type="secondary">
                {person.community.name} · {person.grid.name}
              </Typography.Text>
              {person.deletedAt ? (
                <Tag color="default" data-testid="person-deleted">
                  {t('people.detail.deletedTag')}
                </Tag>
              ) : null}
            </Space>
          </div>
          <Space wrap>
            <Button icon={<ReloadOutlined />} loading={loading} onClick={onReload}>
              {t('admin.reload')}
            </Button>
            {mayAudit ? (
              <Button
                icon={<AuditOutlined />}
                onClick={() => navigate(`/admin/access-report?subject=${person.id}`)}
              >
                {t('people.detail.accessLog')}
              </Button>
            ) : null}
            {person.can.edit ? (
              <Button
                type="primary"
                icon={<EditOutlined />}
                onClick={() => navigate(`/registry/people/${person.id}/edit`)}
                data-testid="person-edit"
              >
                {t('people.detail.edit')}
              </Button>
            ) : null}
            {person.can.delete ? (
              <Button
                danger
                icon={<DeleteOutlined />}
                onClick={() => setDeleting(true)}
                data-testid="person-delete"
              >
                {t('people.detail.delete')}
              </Button>
            ) : null}
            {person.can.restore ? (
              <Popconfirm
                title={t('people.restore.confirm', { name: person.name })}
                okText={t('people.restore.submit')}
                cancelText={t('admin.cancel')}
                onConfirm={restore}
              >
                <Button icon={<UndoOutlined />} loading={restoring} data-testid="person-restore">
                  {t('people.restore.submit')}
                </Button>
              </Popconfirm>
            ) : null}
          </Space>
        </Flex>
      </Card>

      {person.deletedAt ? (
        <Alert
          type="warning"
          showIcon
          title={t('people.detail.deletedAt', { time: formatChinaTime(person.deletedAt) })}
          description={t('people.detail.deletedHint')}
        />
      ) : null}

      <Row gutter={[12, 12]}>
        <Col xs={24} xl={16}>
          <Space orientation="vertical" size={12} style={{ width: '100%' }}>
            <Card size="small" title={t('people.section.basic')}>
              <PersonFacts person={person} />
            </Card>
            <Card size="small" title={t('people.section.visits')}>
              <PersonVisits person={person} careTags={careTags} />
            </Card>
          </Space>
        </Col>
        <Col xs={24} xl={8}>
          <Space orientation="vertical" size={12} style={{ width: '100%' }}>
            <Card size="small" title={t('people.section.tags')}>
              <PersonTags person={person} careTags={careTags} onChanged={onReload} />
            </Card>
            <Card size="small" title={t('people.section.place')}>
              <PersonPlace person={person} />
            </Card>
            <Card size="small" title={t('people.section.history')}>
              {history.error ? (
                <LoadErrorAlert error={history.error} onRetry={onReload} />
              ) : (
                <PersonHistory items={history.data?.items ?? []} tagName={careTags.nameOf} />
              )}
            </Card>
          </Space>
        </Col>
      </Row>

      {deleting ? (
        <DeleteWithReasonModal
          texts={{
            title: t('people.delete.title', { name: person.name }),
            explain: t('people.delete.explain'),
            reasonLabel: t('people.delete.reason'),
            reasonPlaceholder: t('people.delete.reasonPlaceholder'),
            reasonTooShort: t('people.delete.reasonTooShort'),
            okText: t('people.delete.submit'),
          }}
          testId="delete"
          onClose={() => setDeleting(false)}
          onDelete={async (reason) => {
            await deletePerson(person.id, { version: person.version, reason });
            setDeleting(false);
            message.success(t('people.delete.done', { name: person.name }));
            // Those who may restore it still see the record (marked deleted); others lose it.
            if (mayRestore) onReload();
            else navigate('/registry/people');
          }}
        />
      ) : null}
    </Space>
  );
}
