import type { CaseDetail } from '@wangge/contracts';
import { Empty, Image, Space, Typography } from 'antd';
import { fileUrl, thumbUrl } from '../../api/files.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import { useT } from '../../i18n/useT.ts';

const PURPOSES = ['report', 'before', 'after', 'evidence'] as const;

/** Thumbnails grouped by purpose; a click opens the full image. */
export function CasePhotos({ attachments }: { attachments: CaseDetail['attachments'] }) {
  const t = useT();
  if (attachments.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('caseDetail.photos.none')} />;
  }
  const known = new Set<string>(PURPOSES);
  const groups = [...PURPOSES, ...new Set(attachments.map((a) => a.purpose).filter((p) => !known.has(p)))];
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {groups.map((purpose) => {
        const files = attachments.filter((a) => a.purpose === purpose);
        if (files.length === 0) return null;
        const title = known.has(purpose) ? t(`caseDetail.purpose.${purpose}` as MessageKey) : purpose;
        return (
          <div key={purpose}>
            <Typography.Text type="secondary">{title}</Typography.Text>
            <div style={{ marginTop: 6 }}>
              <Image.PreviewGroup>
                <Space wrap size={8}>
                  {files.map((file) => (
                    <Image
                      key={`${file.fileId}-${file.actionSeq}`}
                      src={thumbUrl(file.fileId)}
                      preview={{ src: fileUrl(file.fileId) }}
                      width={88}
                      height={88}
                      style={{ objectFit: 'cover', borderRadius: 4 }}
                      alt={title}
                    />
                  ))}
                </Space>
              </Image.PreviewGroup>
            </div>
          </div>
        );
      })}
    </Space>
  );
}
