import type { BatchDispatchResult } from '@wangge/contracts';
import { Alert, type ButtonProps, Form, List, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useErrorText } from '../../i18n/useErrorText.ts';
import { useI18n } from '../../i18n/useT.ts';
import { DispatchFields, toBody } from '../case-detail/ActionModal.tsx';
import { batchDispatch } from './caseListApi.ts';

/** A case picked for dispatch: its number to name it, its version to dispatch what the user saw. */
export interface PickedCase {
  id: string;
  number: string;
  version: number;
}

interface Props {
  cases: PickedCase[];
  /** `dispatched`: something was sent, so the list should reload and the selection clear. */
  onClose: (dispatched: boolean) => void;
}

/**
 * 批量派单: the single dispatch form (lead, assistants, note) for many cases; then what happened to
 * each, the failures by case number with the server's reason.
 */
export function BatchDispatchModal({ cases, onClose }: Props) {
  const { t, locale } = useI18n();
  const errorText = useErrorText();
  const [form] = Form.useForm<Record<string, unknown>>();
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<BatchDispatchResult | null>(null);

  const submit = async () => {
    let values: Record<string, unknown>;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    const body = toBody('dispatch', values);
    if (body?.type !== 'dispatch') return;
    setSubmitting(true);
    setError(null);
    try {
      setResult(
        await batchDispatch({
          items: cases.map(({ id, version }) => ({ id, version })),
          lead: body.lead,
          assists: body.assists,
          ...(body.note ? { note: body.note } : {}),
        }),
      );
    } catch (err) {
      setError(errorText(err));
    } finally {
      setSubmitting(false);
    }
  };

  if (result) {
    const numberOf = new Map(cases.map((c) => [c.id, c.number]));
    const failures = result.results.filter((r) => !r.ok);
    return (
      <Modal
        open
        title={t('caseList.batch.resultTitle')}
        onOk={() => onClose(result.succeeded > 0)}
        onCancel={() => onClose(result.succeeded > 0)}
        okText={t('caseList.batch.done')}
        cancelButtonProps={{ style: { display: 'none' } }}
        okButtonProps={{ 'data-testid': 'batch-dispatch-done' } as ButtonProps}
        width={560}
      >
        <div
          data-testid="batch-dispatch-result"
          data-succeeded={result.succeeded}
          data-failed={result.failed}
        >
          <Alert
            showIcon
            type={result.failed === 0 ? 'success' : result.succeeded === 0 ? 'error' : 'warning'}
            title={
              result.failed === 0
                ? t('caseList.batch.allOk', { succeeded: result.succeeded })
                : t('caseList.batch.summary', { succeeded: result.succeeded, failed: result.failed })
            }
            style={{ marginBottom: failures.length ? 12 : 0 }}
          />
          {failures.length ? (
            <List
              size="small"
              header={<Typography.Text strong>{t('caseList.batch.failures')}</Typography.Text>}
              dataSource={failures}
              renderItem={(r) => (
                <List.Item data-testid="batch-dispatch-failure" data-case-id={r.id}>
                  <Typography.Text style={{ whiteSpace: 'nowrap', marginInlineEnd: 12 }}>
                    {numberOf.get(r.id) ?? r.id}
                  </Typography.Text>
                  <Typography.Text type="danger" style={{ flex: 1 }}>
                    {r.error?.messages[locale] ?? r.error?.message ?? r.error?.code}
                  </Typography.Text>
                </List.Item>
              )}
            />
          ) : null}
        </div>
      </Modal>
    );
  }

  return (
    <Modal
      open
      title={t('caseList.batch.title', { count: cases.length })}
      okText={t('caseList.batch.submit')}
      cancelText={t('caseDetail.action.cancel')}
      onOk={submit}
      onCancel={() => onClose(false)}
      confirmLoading={submitting}
      okButtonProps={{ 'data-testid': 'batch-dispatch-submit' } as ButtonProps}
      maskClosable={false}
      width={560}
    >
      <Typography.Paragraph type="secondary">{t('caseList.batch.hint')}</Typography.Paragraph>
      <Typography.Paragraph ellipsis={{ rows: 2, tooltip: cases.map((c) => c.number).join('、') }}>
        {cases.map((c) => c.number).join('、')}
      </Typography.Paragraph>
      {error ? (
        <Alert
          type="error"
          showIcon
          title={t('caseList.batch.failed')}
          description={error}
          style={{ marginBottom: 12 }}
          data-testid="batch-dispatch-error"
        />
      ) : null}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ leadKind: 'department', assists: [] }}
        requiredMark
      >
        <DispatchFields />
      </Form>
    </Modal>
  );
}
