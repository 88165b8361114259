import { Button, ImageViewer } from 'antd-mobile';
import { useState } from 'react';
import type { Photo } from '../api/types.ts';
import { useT } from '../i18n/context.ts';

/** Thumbnails; a tap opens them full size (swipe between them, pinch to zoom). */
export function PhotoThumbs({ photos, testId }: { photos: Photo[]; testId?: string }) {
  const t = useT();
  const [open, setOpen] = useState<number | null>(null);
  if (photos.length === 0) return null;
  return (
    <>
      <div className="m-thumbs" data-testid={testId}>
        {photos.map((photo, index) => (
          <button
            type="button"
            className="m-thumb"
            key={photo.url}
            onClick={() => setOpen(index)}
            aria-label={t('photos.open', { n: index + 1 })}
            data-testid="photo-thumb"
          >
            <img src={photo.thumbUrl ?? photo.url} alt="" loading="lazy" />
          </button>
        ))}
      </div>
      <ImageViewer.Multi
        images={photos.map((photo) => photo.url)}
        visible={open !== null}
        defaultIndex={open ?? 0}
        onClose={() => setOpen(null)}
        renderFooter={() => (
          // Tapping the photo closes it too; the button is for those who do not know that.
          <div style={{ padding: '12px 16px calc(12px + env(safe-area-inset-bottom))' }}>
            <Button
              block
              fill="outline"
              onClick={() => setOpen(null)}
              data-testid="image-viewer-close"
              style={{ color: '#fff', borderColor: '#fff', background: 'transparent' }}
            >
              {t('common.close')}
            </Button>
          </div>
        )}
      />
    </>
  );
}
