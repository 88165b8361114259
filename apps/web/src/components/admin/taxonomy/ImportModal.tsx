import { InboxOutlined } from '@ant-design/icons';
import { Alert, type ButtonProps, Modal, Result, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../../api/ApiError.ts';
import { type ImportResult, importCategories } from '../../../api/taxonomy.ts';
import { useErrorText } from '../../../i18n/useErrorText.ts';
import { useT } from '../../../i18n/useT.ts';

interface Problem {
  index: number;
  code: string | null;
  errors: Array<{ code: string; field?: string; message: string }>;
}

/** The per-item problems of a refused import (422 TAXONOMY_IMPORT_INVALID), if that is what this is. */
function problemsOf(error: unknown): Problem[] | null {
  if (!(error instanceof ApiError) || error.code !== 'TAXONOMY_IMPORT_INVALID') return null;
  const items = (error.details as { items?: unknown } | undefined)?.items;
  return Array.isArray(items) ? (items as Problem[]) : null;
}

/**
 * 导入: a JSON file in the export format. The server checks every item and writes all or nothing;
 * when it refuses, every problem is listed by item.
 */
export function ImportModal({ onClose, onImported }: { onClose: () => void; onImported: () => void }) {
  const t = useT();
  const errorText = useErrorText();
  const [file, setFile] = useState<{ name: string; items: unknown[] } | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [failure, setFailure] = useState<{ text: string; problems: Problem[] | null } | null>(null);

  const read = async (picked: File) => {
    setFile(null);
    setResult(null);
    setFailure(null);
    setReadError(null);
    try {
      const parsed: unknown = JSON.parse(await picked.text());
      if (!Array.isArray(parsed) || parsed.length === 0) setReadError(t('admin.taxonomy.importNotArray'));
      else setFile({ name: picked.name, items: parsed });
    } catch {
      setReadError(t('admin.taxonomy.importNotJson'));
    }
  };

  const send = async () => {
    if (!file) return;
    setSending(true);
    setFailure(null);
    try {
      setResult(await importCategories(file.items));
      onImported();
    } catch (error) {
      setFailure({ text: errorText(error), problems: problemsOf(error) });
    } finally {
      setSending(false);
    }
  };

  return (
    <Modal
      open
      title={t('admin.taxonomy.importTitle')}
      okText={result ? t('common.close') : t('admin.taxonomy.importRun')}
      onOk={result ? onClose : send}
      okButtonProps={{ disabled: !file && !result, 'data-testid': 'taxonomy-import-run' } as ButtonProps}
      cancelButtonProps={{ style: result ? { display: 'none' } : {} }}
      onCancel={onClose}
      confirmLoading={sending}
      width={760}
      destroyOnHidden
    >
      {result ? (
        <div data-testid="taxonomy-import-result">
          <Result
            status="success"
            title={t('admin.taxonomy.importDone')}
            subTitle={t('admin.taxonomy.importSummary', result)}
          />
        </div>
      ) : (
        <>
          <Typography.Paragraph type="secondary">{t('admin.taxonomy.importExplain')}</Typography.Paragraph>
          <Upload.Dragger
            accept=".json,application/json"
            maxCount={1}
            showUploadList={false}
            beforeUpload={(picked) => {
              void read(picked);
              return false;
            }}
            data-testid="taxonomy-import-file"
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p>
              {file
                ? t('admin.taxonomy.importPicked', { name: file.name, count: file.items.length })
                : t('admin.taxonomy.importPick')}
            </p>
          </Upload.Dragger>
          {readError ? <Alert type="error" showIcon title={readError} style={{ marginTop: 12 }} /> : null}
          {failure ? (
            <div style={{ marginTop: 12 }}>
              <Alert type="error" showIcon title={failure.text} style={{ marginBottom: 8 }} />
              {failure.problems ? (
                <Table<Problem>
                  size="small"
                  rowKey="index"
                  data-testid="taxonomy-import-errors"
                  dataSource={failure.problems}
                  pagination={{ pageSize: 8, showSizeChanger: false, hideOnSinglePage: true }}
                  columns={[
                    {
                      title: t('admin.taxonomy.importItem'),
                      dataIndex: 'index',
                      width: 70,
                      render: (i: number) => i + 1,
                    },
                    {
                      title: t('admin.taxonomy.code'),
                      dataIndex: 'code',
                      width: 90,
                      render: (c: string | null) => c ?? '—',
                    },
                    {
                      title: t('admin.taxonomy.importProblems'),
                      key: 'errors',
                      render: (_, p) => (
                        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                          {p.errors.map((e) => (
                            <li key={`${e.code}-${e.field ?? ''}`}>
                              {e.field ? <Typography.Text code>{e.field}</Typography.Text> : null} {e.message}
                            </li>
                          ))}
                        </ul>
                      ),
                    },
                  ]}
                />
              ) : null}
            </div>
          ) : null}
        </>
      )}
    </Modal>
  );
}
