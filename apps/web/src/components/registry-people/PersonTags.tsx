import { PlusOutlined } from '@ant-design/icons';
import { TagAssign } from '@wangge/contracts';
import {
  Alert,
  App,
  Button,
  type ButtonProps,
  DatePicker,
  Empty,
  Form,
  Input,
  Modal,
  Select,
  Tag,
  Tooltip,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { type PersonView, tagPerson, untagPerson } from '../../api/registry.ts';
import { checkBody, clearChangedErrors } from '../../forms/zodForm.ts';
import { useErrorText } from '../../i18n/useErrorText.ts';
import { useT } from '../../i18n/useT.ts';
import { chinaToday } from './personLabels.ts';
import type { CareTags } from './useCareTags.ts';

/** The person's care groups (关爱对象) as chips; those who keep the record add and remove them. */
export function PersonTags({
  person,
  careTags,
  onChanged,
}: {
  person: PersonView;
  careTags: CareTags;
  onChanged: () => void;
}) {
  const t = useT();
  const errorText = useErrorText();
  const { message, modal } = App.useApp();
  const [adding, setAdding] = useState(false);
  const editable = person.can.edit;
  const offered = careTags.items.filter((c) => !person.tags.some((p) => p.code === c.code));

  const remove = (code: string) => {
    modal.confirm({
      title: t('people.tags.removeConfirm', { tag: careTags.nameOf(code), name: person.name }),
      okText: t('people.tags.remove'),
      okButtonProps: { danger: true },
      cancelText: t('admin.cancel'),
      onOk: async () => {
        try {
          await untagPerson(person.id, code);
          message.success(t('people.tags.removed', { tag: careTags.nameOf(code) }));
          onChanged();
        } catch (error) {
          message.error(errorText(error));
        }
      },
    });
  };

  return (
    <div data-testid="person-tags">
      {person.tags.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('people.tags.none')}
          style={{ margin: 0 }}
        />
      ) : (
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 6 }}>
          {person.tags.map((tag) => (
            <Tooltip
              key={tag.code}
              title={[t('people.tags.since', { date: tag.taggedOn }), tag.note].filter(Boolean).join('；')}
            >
              <Tag
                color="gold"
                style={{ marginInlineEnd: 0 }}
                closable={editable}
                onClose={(event) => {
                  event.preventDefault();
                  remove(tag.code);
                }}
                data-testid="person-tag"
                data-code={tag.code}
              >
                {careTags.nameOf(tag.code)}
              </Tag>
            </Tooltip>
          ))}
        </div>
      )}
      {editable && careTags.loaded && offered.length > 0 ? (
        <Button
          size="small"
          type="dashed"
          icon={<PlusOutlined />}
          style={{ marginTop: 10 }}
          onClick={() => setAdding(true)}
          data-testid="person-tag-add"
        >
          {t('people.tags.add')}
        </Button>
      ) : null}
      {adding ? (
        <AddTagModal
          person={person}
          options={offered.map((c) => ({ value: c.code, label: careTags.nameOf(c.code) }))}
          onClose={() => setAdding(false)}
          onAdded={() => {
            setAdding(false);
            onChanged();
          }}
        />
      ) : null}
    </div>
  );
}

interface TagValues {
  code?: string;
  taggedOn?: Dayjs | null;
  note?: string;
}

function AddTagModal({
  person,
  options,
  onClose,
  onAdded,
}: {
  person: PersonView;
  options: { value: string; label: string }[];
  onClose: () => void;
  onAdded: () => void;
}) {
  const t = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [form] = Form.useForm<TagValues>();
  const [busy, setBusy] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);
  const today = chinaToday();

  const submit = async () => {
    setAlert(null);
    const v = form.getFieldsValue(true) as TagValues;
    const note = v.note?.trim();
    const body = checkBody(
      TagAssign,
      {
        code: v.code ?? '',
        ...(v.taggedOn ? { taggedOn: v.taggedOn.format('YYYY-MM-DD') } : {}),
        ...(note ? { note } : {}),
      },
      form,
      t,
    );
    if (!body) return;
    setBusy(true);
    try {
      await tagPerson(person.id, body);
      message.success(
        t('people.tags.added', { tag: options.find((o) => o.value === body.code)?.label ?? body.code }),
      );
      onAdded();
    } catch (error) {
      setAlert(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={t('people.tags.addTitle', { name: person.name })}
      okText={t('people.tags.addSubmit')}
      cancelText={t('admin.cancel')}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'tag-submit' } as ButtonProps}
      mask={{ closable: false }}
      destroyOnHidden
    >
      <Form<TagValues>
        form={form}
        layout="vertical"
        initialValues={{ taggedOn: dayjs(today) }}
        onValuesChange={(changed) => {
          setAlert(null);
          clearChangedErrors(form, changed);
        }}
      >
        <Form.Item name="code" label={t('people.tags.group')} required>
          <Select options={options} placeholder={t('people.tags.groupPlaceholder')} data-testid="tag-code" />
        </Form.Item>
        <Form.Item name="taggedOn" label={t('people.tags.taggedOn')}>
          <DatePicker
            style={{ width: '100%' }}
            disabledDate={(d) => d.format('YYYY-MM-DD') > today}
            allowClear={false}
          />
        </Form.Item>
        <Form.Item name="note" label={t('people.tags.note')}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
      {alert ? <Alert type="error" showIcon title={alert} /> : null}
    </Modal>
  );
}
