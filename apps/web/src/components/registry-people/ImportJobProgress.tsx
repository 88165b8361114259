import { DownloadOutlined, InfoCircleOutlined } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Flex, Progress, Result, Statistic, Typography } from 'antd';
import { useState } from 'react';
import { downloadImportErrors, FINISHED_STATUSES, type ImportJob } from '../../api/registryImports.ts';
import { formatChinaTime } from '../../cases/time.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import { useErrorText } from '../../i18n/useErrorText.ts';
import { useI18n } from '../../i18n/useT.ts';

/** A running job's progress bar and counts; once finished, what happened and the rows that failed. */
export function ImportJobProgress({ job, pollError }: { job: ImportJob; pollError: unknown }) {
  const { t, locale } = useI18n();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [downloading, setDownloading] = useState(false);
  const finished = FINISHED_STATUSES.has(job.status);
  const percent = Math.round(job.progress * 100);

  const downloadErrors = async () => {
    setDownloading(true);
    try {
      const filename = await downloadImportErrors(job.id, locale);
      message.success(t('registryImport.downloaded', { filename }));
    } catch (error) {
      message.error(errorText(error));
    } finally {
      setDownloading(false);
    }
  };

  const counts = (
    <Flex gap={32} wrap style={{ margin: '12px 0' }} data-testid="import-counts">
      <Statistic title={t('registryImport.count.rowsRead')} value={job.rowsRead} />
      <Statistic
        title={t('registryImport.count.inserted')}
        value={job.inserted}
        styles={{ content: { color: '#389e0d' } }}
      />
      <Statistic
        title={t('registryImport.count.updated')}
        value={job.updated}
        styles={{ content: { color: '#1d5fbf' } }}
      />
      <Statistic title={t('registryImport.count.unchanged')} value={job.unchanged} />
      <Statistic
        title={t('registryImport.count.failed')}
        value={job.failed}
        styles={{ content: { color: job.failed ? '#cf1322' : undefined } }}
      />
    </Flex>
  );

  return (
    <div data-testid="import-job" data-status={job.status}>
      {job.sameFileImportedAt ? (
        <Alert
          type="info"
          showIcon
          icon={<InfoCircleOutlined />}
          title={t('registryImport.sameFile', { time: formatChinaTime(job.sameFileImportedAt) })}
          style={{ marginBottom: 12 }}
          data-testid="import-same-file"
        />
      ) : null}
      {finished ? (
        <Result
          status={job.status === 'done' ? (job.failed ? 'warning' : 'success') : 'error'}
          title={t(`registryImport.result.${job.status}` as MessageKey)}
          subTitle={
            job.message ??
            (job.status === 'done' && job.failed === 0
              ? t('registryImport.resultHint.doneClean')
              : t(`registryImport.resultHint.${job.status}` as MessageKey))
          }
          style={{ padding: '16px 0' }}
          extra={
            job.hasErrorReport ? (
              <Button
                type="primary"
                icon={<DownloadOutlined />}
                loading={downloading}
                onClick={downloadErrors}
                data-testid="import-errors"
              >
                {t('registryImport.downloadErrors')}
              </Button>
            ) : null
          }
        />
      ) : (
        <>
          <Typography.Text>
            {t(`registryImport.status.${job.status}` as MessageKey)}
            {job.status === 'running' ? ` · ${t('registryImport.rowsSoFar', { rows: job.rowsRead })}` : ''}
          </Typography.Text>
          <Progress percent={percent} status="active" data-testid="import-progress" />
        </>
      )}
      {counts}
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          {
            key: 'entity',
            label: t('registryImport.entity'),
            children: t(`registryImport.entity.${job.entity}`),
          },
          { key: 'file', label: t('registryImport.file'), children: job.fileName },
          {
            key: 'mode',
            label: t('registryImport.mode'),
            children: t(`registryImport.mode.${job.mode}` as MessageKey),
          },
          { key: 'created', label: t('registryImport.createdAt'), children: formatChinaTime(job.createdAt) },
          {
            key: 'finished',
            label: t('registryImport.finishedAt'),
            children: formatChinaTime(job.finishedAt),
          },
        ]}
      />
      {pollError ? (
        <Alert
          type="warning"
          showIcon
          title={t('registryImport.pollFailed')}
          description={errorText(pollError)}
        />
      ) : null}
    </div>
  );
}
