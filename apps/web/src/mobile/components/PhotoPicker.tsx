import { ProgressCircle, SpinLoading } from 'antd-mobile';
import { useRef } from 'react';
import { useT } from '../i18n/context.ts';
import { CameraIcon } from './icons.tsx';
import { MAX_PHOTOS } from './photos.ts';
import type { PickedPhoto } from './usePhotoList.ts';

interface Props {
  photos: PickedPhoto[];
  onAdd: (files: File[]) => void;
  onRemove: (key: string) => void;
  disabled?: boolean;
}

/** Up to nine photos as thumbnails, each removable; the camera or the gallery (the phone asks which). */
export function PhotoPicker({ photos, onAdd, onRemove, disabled = false }: Props) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="m-photos" data-testid="report-photos">
      {photos.map((photo, index) => (
        <div className="m-photo" key={photo.key} data-testid="report-photo" data-status={photo.status}>
          {photo.previewUrl ? (
            <img src={photo.previewUrl} alt={t('photos.alt', { n: index + 1 })} />
          ) : (
            <div style={{ display: 'grid', placeItems: 'center', height: '100%' }}>
              <SpinLoading style={{ '--size': '24px' }} />
            </div>
          )}
          {photo.status === 'uploading' ? (
            <div style={{ position: 'absolute', inset: 0, display: 'grid', placeItems: 'center' }}>
              <ProgressCircle percent={Math.round(photo.progress * 100)} style={{ '--size': '40px' }}>
                <span style={{ fontSize: 11, color: '#fff' }}>{Math.round(photo.progress * 100)}%</span>
              </ProgressCircle>
            </div>
          ) : null}
          {photo.status === 'compressing' || photo.status === 'uploaded' || photo.status === 'failed' ? (
            <div className="m-photo-state">{t(`photos.status.${photo.status}`)}</div>
          ) : null}
          {disabled ? null : (
            <button
              type="button"
              className="m-photo-remove"
              aria-label={t('photos.remove')}
              onClick={() => onRemove(photo.key)}
              data-testid="report-photo-remove"
            >
              <span>×</span>
            </button>
          )}
        </div>
      ))}
      {photos.length < MAX_PHOTOS && !disabled ? (
        <button
          type="button"
          className="m-photo-add"
          onClick={() => input.current?.click()}
          data-testid="report-photo-add"
        >
          <CameraIcon size={26} />
          <span>
            {photos.length}/{MAX_PHOTOS}
          </span>
        </button>
      ) : null}
      <input
        ref={input}
        className="m-visually-hidden"
        type="file"
        accept="image/*"
        multiple
        tabIndex={-1}
        aria-label={t('photos.add')}
        data-testid="report-photos-input"
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          event.target.value = ''; // picking the same photo again still fires
          if (files.length > 0) onAdd(files);
        }}
      />
    </div>
  );
}
