import { PlusOutlined } from '@ant-design/icons';
import { FILE_UPLOAD_LIMITS } from '@wangge/contracts';
import { App, Typography, Upload, type UploadFile } from 'antd';
import { thumbUrl, uploadPhoto } from '../../api/files.ts';
import { useErrorText } from '../../i18n/useErrorText.ts';
import { useT } from '../../i18n/useT.ts';

export const MAX_PHOTOS = 9;

/** The ids of the photos that finished uploading, in order. */
export function uploadedIds(files: UploadFile[]): string[] {
  return files.flatMap((file) =>
    file.status === 'done' && typeof file.response?.id === 'string' ? [file.response.id as string] : [],
  );
}

/** Up to 9 photos uploaded one by one to POST /api/files, shown as thumbnails. */
export function PhotoField({
  files,
  onChange,
}: {
  files: UploadFile[];
  onChange: (files: UploadFile[]) => void;
}) {
  const t = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();

  return (
    <>
      <Upload
        listType="picture-card"
        accept={FILE_UPLOAD_LIMITS.mimeTypes.join(',')}
        multiple
        maxCount={MAX_PHOTOS}
        fileList={files}
        showUploadList={{ showPreviewIcon: false }}
        beforeUpload={(file) => {
          if (!(FILE_UPLOAD_LIMITS.mimeTypes as readonly string[]).includes(file.type)) {
            message.error(t('newCase.photos.badType'));
            return Upload.LIST_IGNORE;
          }
          if (file.size > FILE_UPLOAD_LIMITS.maxBytes) {
            message.error(t('newCase.photos.tooLarge'));
            return Upload.LIST_IGNORE;
          }
          return true;
        }}
        customRequest={({ file, onSuccess, onError }) => {
          uploadPhoto(file as File).then(
            (info) => onSuccess?.(info),
            (error: unknown) => {
              message.error(t('newCase.photos.failed', { message: errorText(error) }));
              onError?.(error instanceof Error ? error : new Error(String(error)));
            },
          );
        }}
        onChange={({ fileList }) =>
          onChange(
            fileList
              .filter((file) => file.status !== 'error')
              .map((file) =>
                file.status === 'done' && typeof file.response?.id === 'string'
                  ? { ...file, thumbUrl: thumbUrl(file.response.id as string) }
                  : file,
              ),
          )
        }
      >
        {files.length >= MAX_PHOTOS ? null : (
          <div>
            <PlusOutlined />
            <div style={{ marginTop: 4 }}>{t('newCase.photos.add')}</div>
          </div>
        )}
      </Upload>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('newCase.photos.hint')}
      </Typography.Text>
    </>
  );
}
