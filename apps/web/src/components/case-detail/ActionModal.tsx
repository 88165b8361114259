import { CaseActionRequest } from '@wangge/contracts';
import {
  Alert,
  type ButtonProps,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Select,
  Space,
  Switch,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { fetchDepartments } from '../../api/caseDetail.ts';
import { isAbortError } from '../../api/client.ts';
import { ACTION_LABELS, LEVEL_LABELS, label } from '../../cases/labels.ts';
import { checkBody } from '../../forms/zodForm.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import { useI18n } from '../../i18n/useT.ts';
import { CategorySelect } from '../new-case/CategoryField.tsx';
import { MasterCaseSelect } from './MasterCaseSelect.tsx';
import { PhotoUpload } from './PhotoUpload.tsx';

/** The body of an action without its version (the page adds the version it holds). */
type Body<T = CaseActionRequest> = T extends unknown ? Omit<T, 'version'> : never;
export type ActionBody = Body;

type Values = Record<string, unknown>;

const LEVELS = ['grid', 'community', 'subdistrict', 'department'] as const;
const UNITS = ['urgent_hours', 'working_hours', 'working_days', 'calendar_days'] as const;
const RATINGS = ['satisfied', 'basically_satisfied', 'dissatisfied'] as const;
const TERRITORY_CODE = /^\d{9}(\d{3}(\d{3})?)?$/;
const MASTER_NUMBER = /^\d{6}-\d{8}-\d{5}$/;

/** Trimmed text, or undefined when empty (optional fields are left out). */
function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed ? trimmed : undefined;
}

function ids(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}

/** Turns the form's values into the action's body, following the contract of each action. */
export function toBody(type: string, v: Values): ActionBody | null {
  switch (type) {
    case 'verify_report':
      return { type, exists: Boolean(v.exists), ...optional('note', text(v.note)) };
    case 'accept': {
      const level = LEVELS.find((l) => l === v.level);
      return {
        type,
        ...(level ? { level } : {}),
        ...optional('categoryCode', text(v.categoryCode)),
        ...optional('note', text(v.note)),
      };
    }
    case 'reject':
    case 'return':
    case 'suspend':
    case 'escalate':
      return { type, reason: text(v.reason) ?? '' };
    case 'merge':
      return { type, masterNumber: text(v.masterNumber) ?? '' };
    case 'dispatch': {
      const lead =
        v.leadKind === 'department'
          ? { kind: 'department' as const, departmentId: String(v.leadDepartment) }
          : { kind: 'territory' as const, code: text(v.territoryCode) ?? '' };
      const assists = ids(v.assists)
        .filter((id) => !(lead.kind === 'department' && lead.departmentId === id))
        .map((departmentId) => ({ kind: 'department' as const, departmentId }));
      return { type, lead, assists, ...optional('note', text(v.note)) };
    }
    case 'claim':
      return { type };
    case 'request_extension': {
      const unit = UNITS.find((u) => u === v.unit) ?? 'working_days';
      return { type, extra: { amount: Number(v.amount), unit }, reason: text(v.reason) ?? '' };
    }
    case 'decide_extension':
      return { type, approve: Boolean(v.approve), ...optional('note', text(v.note)) };
    case 'resume':
    case 'close':
      return { type, ...optional('note', text(v.note)) };
    case 'feedback':
      return {
        type,
        result: text(v.result) ?? '',
        beforePhotos: ids(v.beforePhotos),
        afterPhotos: ids(v.afterPhotos),
      };
    case 'check':
      return { type, pass: Boolean(v.pass), photos: ids(v.photos), ...optional('note', text(v.note)) };
    case 'evaluate': {
      const rating = RATINGS.find((r) => r === v.rating) ?? 'satisfied';
      return { type, rating, ...optional('comment', text(v.comment)) };
    }
    case 'review':
      return { type, decision: v.decision === 'rework' ? 'rework' : 'close', note: text(v.note) ?? '' };
    case 'followup':
      return { type, reached: Boolean(v.reached), note: text(v.note) ?? '' };
    default:
      return null;
  }
}

const INITIAL: Record<string, Values> = {
  verify_report: { exists: true },
  dispatch: { leadKind: 'department', assists: [] },
  request_extension: { amount: 1, unit: 'working_days' },
  decide_extension: { approve: true },
  check: { pass: true },
  evaluate: { rating: 'satisfied' },
  review: { decision: 'close' },
  followup: { reached: true },
};

interface Props {
  type: string;
  /** The case acted on (left out of the master-case search when merging). */
  caseId: string;
  /** The version of the case the user sees (sent with the action). */
  version: number;
  /** Sends the body; resolves true when the modal may close. */
  onSubmit: (body: ActionBody) => Promise<boolean>;
  onCancel: () => void;
  /** Prefills: the case's grid code for a dispatch to a territory. */
  gridCode?: string | null;
}

/** One action's form in a modal. */
export function ActionModal({ type, caseId, version, onSubmit, onCancel, gridCode }: Props) {
  const { locale, t } = useI18n();
  const [form] = Form.useForm<Values>();
  const [submitting, setSubmitting] = useState(false);
  const [checkError, setCheckError] = useState<string | null>(null);
  const [busyUploads, setBusyUploads] = useState<Record<string, boolean>>({});
  const uploading = Object.values(busyUploads).some(Boolean);
  const title = label(ACTION_LABELS, type, locale);

  const ok = async () => {
    let values: Values;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    const body = toBody(type, values);
    if (!body) return;
    // The action's contract, as the server checks it.
    const fields = new Set(Object.keys(values));
    setCheckError(null);
    const checked = checkBody(
      CaseActionRequest,
      { ...body, version },
      form,
      t,
      (path) => (typeof path[0] === 'string' && fields.has(path[0]) ? [path[0]] : null),
      setCheckError,
    );
    if (!checked) return;
    setSubmitting(true);
    try {
      if (await onSubmit(body)) onCancel();
    } finally {
      setSubmitting(false);
    }
  };

  const busy = (field: string) => (value: boolean) => setBusyUploads((prev) => ({ ...prev, [field]: value }));

  return (
    <Modal
      open
      title={title}
      okText={t('caseDetail.action.submit')}
      cancelText={t('caseDetail.action.cancel')}
      onOk={ok}
      onCancel={onCancel}
      confirmLoading={submitting}
      okButtonProps={{ 'data-testid': 'action-submit', disabled: uploading } as ButtonProps}
      maskClosable={false}
      width={560}
    >
      {uploading ? (
        <Alert type="info" showIcon title={t('caseDetail.form.uploading')} style={{ marginBottom: 12 }} />
      ) : null}
      {checkError ? <Alert type="error" showIcon title={checkError} style={{ marginBottom: 12 }} /> : null}
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          ...(INITIAL[type] ?? {}),
          ...(type === 'dispatch' && gridCode ? { territoryCode: gridCode } : {}),
        }}
        requiredMark
      >
        <Fields type={type} caseId={caseId} onBusy={busy} />
      </Form>
    </Modal>
  );
}

function ReasonField({ name = 'reason', required = true }: { name?: string; required?: boolean }) {
  const { t } = useI18n();
  const isNote = name === 'note';
  return (
    <Form.Item
      name={name}
      label={t(isNote ? 'caseDetail.form.note' : 'caseDetail.form.reason')}
      rules={
        required
          ? [
              {
                required: true,
                whitespace: true,
                message: t(isNote ? 'caseDetail.form.noteRequired' : 'caseDetail.form.reasonRequired'),
              },
            ]
          : []
      }
    >
      <Input.TextArea rows={3} maxLength={500} showCount />
    </Form.Item>
  );
}

function Fields({
  type,
  caseId,
  onBusy,
}: {
  type: string;
  caseId: string;
  onBusy: (field: string) => (busy: boolean) => void;
}) {
  const { locale, t } = useI18n();
  switch (type) {
    case 'verify_report':
      return (
        <>
          <Form.Item name="exists" label={t('caseDetail.form.exists')} valuePropName="checked">
            <Switch />
          </Form.Item>
          <ReasonField name="note" required={false} />
        </>
      );
    case 'accept':
      return (
        <>
          <Form.Item name="level" label={t('caseDetail.form.level')}>
            <Select
              allowClear
              placeholder={t('caseDetail.form.levelKeep')}
              options={LEVELS.map((l) => ({ value: l, label: label(LEVEL_LABELS, l, locale) }))}
            />
          </Form.Item>
          <Form.Item
            name="categoryCode"
            label={t('caseDetail.form.categoryCode')}
            extra={t('caseDetail.form.categoryCodeHelp')}
          >
            <CategorySelect extraOptions={[]} />
          </Form.Item>
          <ReasonField name="note" required={false} />
        </>
      );
    case 'reject':
    case 'return':
    case 'suspend':
    case 'escalate':
      return <ReasonField />;
    case 'merge':
      return (
        <Form.Item
          name="masterNumber"
          label={t('caseDetail.form.masterNumber')}
          rules={[
            { required: true, pattern: MASTER_NUMBER, message: t('caseDetail.form.masterNumberInvalid') },
          ]}
        >
          <MasterCaseSelect caseId={caseId} />
        </Form.Item>
      );
    case 'dispatch':
      return <DispatchFields />;
    case 'claim':
      return <Typography.Paragraph>{t('caseDetail.action.claimConfirm')}</Typography.Paragraph>;
    case 'request_extension':
      return (
        <>
          <Space align="start" wrap>
            <Form.Item
              name="amount"
              label={t('caseDetail.form.amount')}
              rules={[{ required: true, message: t('caseDetail.form.required') }]}
            >
              <InputNumber min={1} max={1000} precision={0} style={{ width: 120 }} />
            </Form.Item>
            <Form.Item name="unit" label={t('caseDetail.form.unit')} rules={[{ required: true }]}>
              <Select
                style={{ width: 180 }}
                options={UNITS.map((u) => ({ value: u, label: t(`caseDetail.unit.${u}` as MessageKey) }))}
              />
            </Form.Item>
          </Space>
          <ReasonField />
        </>
      );
    case 'decide_extension':
      return (
        <>
          <Form.Item name="approve" label={t('caseDetail.form.approve')} valuePropName="checked">
            <Switch />
          </Form.Item>
          <ReasonField name="note" required={false} />
        </>
      );
    case 'resume':
    case 'close':
      return <ReasonField name="note" required={false} />;
    case 'feedback':
      return (
        <>
          <Form.Item
            name="result"
            label={t('caseDetail.form.result')}
            rules={[{ required: true, whitespace: true, message: t('caseDetail.form.resultRequired') }]}
          >
            <Input.TextArea rows={3} maxLength={2000} showCount />
          </Form.Item>
          <Form.Item name="beforePhotos" label={t('caseDetail.form.beforePhotos')}>
            <PhotoUpload onBusyChange={onBusy('beforePhotos')} testId="photos-before" />
          </Form.Item>
          <Form.Item name="afterPhotos" label={t('caseDetail.form.afterPhotos')}>
            <PhotoUpload onBusyChange={onBusy('afterPhotos')} testId="photos-after" />
          </Form.Item>
        </>
      );
    case 'check':
      return (
        <>
          <Form.Item name="pass" label={t('caseDetail.form.pass')} valuePropName="checked">
            <Switch />
          </Form.Item>
          <ReasonField name="note" required={false} />
          <Form.Item name="photos" label={t('caseDetail.form.evidencePhotos')}>
            <PhotoUpload onBusyChange={onBusy('photos')} testId="photos-evidence" />
          </Form.Item>
        </>
      );
    case 'evaluate':
      return (
        <>
          <Form.Item name="rating" label={t('caseDetail.form.rating')} rules={[{ required: true }]}>
            <Radio.Group
              options={RATINGS.map((r) => ({ value: r, label: t(`caseDetail.rating.${r}` as MessageKey) }))}
            />
          </Form.Item>
          <Form.Item name="comment" label={t('caseDetail.form.comment')}>
            <Input.TextArea rows={3} maxLength={500} showCount />
          </Form.Item>
        </>
      );
    case 'review':
      return (
        <>
          <Form.Item name="decision" label={t('caseDetail.form.decision')} rules={[{ required: true }]}>
            <Radio.Group
              options={(['close', 'rework'] as const).map((d) => ({
                value: d,
                label: t(`caseDetail.decision.${d}` as MessageKey),
              }))}
            />
          </Form.Item>
          <ReasonField name="note" />
        </>
      );
    case 'followup':
      return (
        <>
          <Form.Item name="reached" label={t('caseDetail.form.reached')} valuePropName="checked">
            <Switch />
          </Form.Item>
          <ReasonField name="note" />
        </>
      );
    default:
      return null;
  }
}

/** Lead: a territory code or a department; assistants: departments. */
export function DispatchFields() {
  const { t } = useI18n();
  const leadKind = Form.useWatch('leadKind') as string | undefined;
  const leadDepartment = Form.useWatch('leadDepartment') as string | undefined;
  const [departments, setDepartments] = useState<Array<{ value: string; label: string }>>([]);
  const [loading, setLoading] = useState(true);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    fetchDepartments(controller.signal)
      .then((list) => {
        setDepartments(list.items.map((d) => ({ value: d.id, label: d.name })));
        setLoading(false);
      })
      .catch((error: unknown) => {
        if (isAbortError(error)) return;
        setFailed(true);
        setLoading(false);
      });
    return () => controller.abort();
  }, []);

  return (
    <>
      {failed ? (
        <Alert
          type="warning"
          showIcon
          title={t('caseDetail.departments.failed')}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      <Form.Item name="leadKind" label={t('caseDetail.form.leadKind')}>
        <Radio.Group
          optionType="button"
          options={[
            { value: 'department', label: t('caseDetail.form.leadDepartment') },
            { value: 'territory', label: t('caseDetail.form.leadTerritory') },
          ]}
        />
      </Form.Item>
      {leadKind === 'territory' ? (
        <Form.Item
          name="territoryCode"
          label={t('caseDetail.form.territoryCode')}
          rules={[
            { required: true, pattern: TERRITORY_CODE, message: t('caseDetail.form.territoryCodeInvalid') },
          ]}
        >
          <Input maxLength={15} inputMode="numeric" />
        </Form.Item>
      ) : (
        <Form.Item
          name="leadDepartment"
          label={t('caseDetail.form.department')}
          rules={[{ required: true, message: t('caseDetail.form.departmentRequired') }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={loading}
            options={departments}
            data-testid="dispatch-lead-department"
          />
        </Form.Item>
      )}
      <Form.Item name="assists" label={t('caseDetail.form.assists')}>
        <Select
          mode="multiple"
          maxCount={10}
          loading={loading}
          // The lead department cannot assist itself.
          options={departments.filter((d) => leadKind !== 'department' || d.value !== leadDepartment)}
          showSearch={{ optionFilterProp: 'label' }}
          data-testid="dispatch-assists"
        />
      </Form.Item>
      <ReasonField name="note" required={false} />
    </>
  );
}
