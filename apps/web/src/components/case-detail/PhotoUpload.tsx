import { PlusOutlined } from '@ant-design/icons';
import { App, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { uploadPhoto } from '../../api/files.ts';
import { useErrorText } from '../../i18n/useErrorText.ts';
import { useI18n } from '../../i18n/useT.ts';

const MAX_PHOTOS = 9;

interface Props {
  /** Ids of the uploaded files (set by Form.Item). */
  value?: string[];
  onChange?: (ids: string[]) => void;
  /** Tells the form whether an upload is still running. */
  onBusyChange?: (busy: boolean) => void;
  /** Names the field for browser journeys. */
  testId?: string;
}

/** Uploads photos one by one to POST /api/files; the form value is the list of file ids. */
export function PhotoUpload({ onChange, onBusyChange, testId }: Props) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [files, setFiles] = useState<UploadFile[]>([]);

  const publish = (next: UploadFile[]) => {
    setFiles(next);
    onChange?.(
      next.filter((f) => f.status === 'done' && typeof f.response === 'string').map((f) => f.response),
    );
    onBusyChange?.(next.some((f) => f.status === 'uploading'));
  };

  return (
    <div data-testid={testId}>
      <Upload
        accept="image/jpeg,image/png,image/webp"
        listType="picture-card"
        multiple
        fileList={files}
        onChange={({ fileList }) => publish(fileList)}
        customRequest={({ file, onSuccess, onError }) => {
          uploadPhoto(file as Blob)
            .then((info) => onSuccess?.(info.id))
            .catch((error: unknown) => {
              message.error(errorText(error));
              onError?.(error instanceof Error ? error : new Error(String(error)));
            });
        }}
      >
        {files.length >= MAX_PHOTOS ? null : (
          <button type="button" style={{ border: 0, background: 'none', cursor: 'pointer' }}>
            <PlusOutlined />
            <div style={{ marginTop: 4 }}>{t('caseDetail.form.upload')}</div>
          </button>
        )}
      </Upload>
    </div>
  );
}
