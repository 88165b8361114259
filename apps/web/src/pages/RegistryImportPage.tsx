import { InboxOutlined, ReloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Radio, Result, Space, Steps, Typography, Upload } from 'antd';
import { useState } from 'react';
import { ApiError } from '../api/ApiError.ts';
import {
  downloadImportTemplate,
  FINISHED_STATUSES,
  type ImportEntity,
  type ImportJob,
  type ImportMode,
  listImportJobs,
  startImport,
} from '../api/registryImports.ts';
import { ImportJobProgress } from '../components/registry-people/ImportJobProgress.tsx';
import { ImportJobsTable } from '../components/registry-people/ImportJobsTable.tsx';
import { ImportTemplateStep } from '../components/registry-people/ImportTemplateStep.tsx';
import { useImportJob } from '../components/registry-people/useImportJob.ts';
import { useAsync } from '../hooks/useAsync.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { useErrorText } from '../i18n/useErrorText.ts';
import { useI18n } from '../i18n/useT.ts';

const ACCEPT = '.xlsx,.csv';
const MODES: readonly ImportMode[] = ['valid_only', 'all_or_nothing'];

/**
 * /registry/imports: a spreadsheet of people, rooms or organisations into the registry in three steps
 * (what and its template, how and the file, then the job's progress and result), and the recent
 * imports below.
 */
export default function RegistryImportPage() {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [step, setStep] = useState(0);
  const [entity, setEntity] = useState<ImportEntity>('people');
  const [mode, setMode] = useState<ImportMode>('valid_only');
  const [file, setFile] = useState<File | null>(null);
  const [uploading, setUploading] = useState(false);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [templating, setTemplating] = useState(false);
  const [started, setStarted] = useState<ImportJob | null>(null);
  const [reload, setReload] = useState(0);
  const { job, error: pollError } = useImportJob(started);
  const finished = job ? FINISHED_STATUSES.has(job.status) : false;
  const jobs = useAsync((signal) => listImportJobs(signal), [reload, finished]);

  if (jobs.error instanceof ApiError && jobs.error.status === 403) {
    return (
      <Result status="403" title={t('menu.imports')} subTitle={errorText(jobs.error)} style={{ flex: 1 }} />
    );
  }

  const downloadTemplate = async () => {
    setTemplating(true);
    try {
      const filename = await downloadImportTemplate(entity, locale);
      message.success(t('registryImport.downloaded', { filename }));
    } catch (error) {
      message.error(unavailableOr(error));
    } finally {
      setTemplating(false);
    }
  };
  const unavailableOr = (error: unknown) =>
    error instanceof ApiError && error.status === 404 && error.code === 'NOT_FOUND'
      ? t('registryImport.unavailable')
      : errorText(error);

  const upload = async () => {
    if (!file) return;
    setUploading(true);
    setUploadError(null);
    try {
      setStarted(await startImport(entity, mode, file));
      setStep(2);
      setReload((n) => n + 1);
    } catch (error) {
      setUploadError(unavailableOr(error));
    } finally {
      setUploading(false);
    }
  };

  const again = () => {
    setStarted(null);
    setFile(null);
    setUploadError(null);
    setStep(0);
  };

  return (
    <div
      style={{
        flex: 1,
        minWidth: 0,
        overflow: 'auto',
        padding: 16,
        display: 'flex',
        flexDirection: 'column',
        gap: 12,
      }}
    >
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('registryImport.title')}
      </Typography.Title>
      <Card size="small">
        <Steps
          size="small"
          current={step}
          items={[
            { title: t('registryImport.step.template') },
            { title: t('registryImport.step.upload') },
            { title: t('registryImport.step.result') },
          ]}
          style={{ marginBottom: 20 }}
        />
        {step === 0 ? (
          <ImportTemplateStep
            entity={entity}
            onEntity={setEntity}
            templating={templating}
            onTemplate={downloadTemplate}
            onNext={() => setStep(1)}
          />
        ) : null}
        {step === 1 ? (
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Typography.Text strong data-testid="import-entity-chosen">
              {t('registryImport.entity')}
              {t('people.colon')}
              {t(`registryImport.entity.${entity}`)}
            </Typography.Text>
            <div>
              <Typography.Text strong>{t('registryImport.mode')}</Typography.Text>
              <Radio.Group
                value={mode}
                onChange={(event) => setMode(event.target.value as ImportMode)}
                style={{ display: 'flex', flexDirection: 'column', gap: 8, marginTop: 8 }}
                data-testid="import-mode"
              >
                {MODES.map((m) => (
                  <Radio key={m} value={m}>
                    <Typography.Text strong>{t(`registryImport.mode.${m}` as MessageKey)}</Typography.Text>
                    <Typography.Text type="secondary" style={{ display: 'block' }}>
                      {t(`registryImport.modeHint.${m}` as MessageKey)}
                    </Typography.Text>
                  </Radio>
                ))}
              </Radio.Group>
            </div>
            <Upload.Dragger
              accept={ACCEPT}
              maxCount={1}
              multiple={false}
              fileList={file ? [{ uid: 'file', name: file.name, size: file.size, status: 'done' }] : []}
              beforeUpload={(picked) => {
                setFile(picked);
                setUploadError(null);
                return false;
              }}
              onRemove={() => setFile(null)}
              data-testid="import-file"
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">{t('registryImport.drop')}</p>
              <p className="ant-upload-hint">{t('registryImport.dropHint')}</p>
            </Upload.Dragger>
            {uploadError ? (
              <Alert type="error" showIcon title={uploadError} data-testid="import-upload-error" />
            ) : null}
            <Flex gap={8}>
              <Button onClick={() => setStep(0)}>{t('registryImport.back')}</Button>
              <Button
                type="primary"
                icon={<UploadOutlined />}
                disabled={!file}
                loading={uploading}
                onClick={upload}
                data-testid="import-start"
              >
                {t('registryImport.start')}
              </Button>
            </Flex>
          </Space>
        ) : null}
        {step === 2 && job ? (
          <>
            <ImportJobProgress job={job} pollError={pollError} />
            {finished ? (
              <Button style={{ marginTop: 12 }} onClick={again} data-testid="import-again">
                {t('registryImport.again')}
              </Button>
            ) : null}
          </>
        ) : null}
      </Card>
      <Card
        size="small"
        title={t('registryImport.recent')}
        extra={
          <Button
            size="small"
            icon={<ReloadOutlined />}
            loading={jobs.loading}
            onClick={() => setReload((n) => n + 1)}
            aria-label={t('admin.reload')}
          />
        }
      >
        {jobs.error ? (
          <Alert type="warning" showIcon title={unavailableOr(jobs.error)} />
        ) : (
          <ImportJobsTable
            items={jobs.data?.items ?? []}
            loading={jobs.loading}
            onOpen={(picked) => {
              setStarted(picked);
              setStep(2);
            }}
          />
        )}
      </Card>
    </div>
  );
}
