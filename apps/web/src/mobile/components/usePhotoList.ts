import { useCallback, useEffect, useRef, useState } from 'react';
import { uploadPhoto } from '../api/upload.ts';
import { compressPhoto, looksLikeImage, MAX_PHOTOS, PhotoError, type PhotoProblem } from './photos.ts';

export interface PickedPhoto {
  key: string;
  name: string;
  status: 'compressing' | 'ready' | 'uploading' | 'uploaded' | 'failed';
  /** The compressed image, once ready. */
  blob: Blob | null;
  previewUrl: string | null;
  /** Set once uploaded: a retry of the report does not send it again. */
  fileId: string | null;
  /** Upload progress, 0–1. */
  progress: number;
}

let nextKey = 0;

/**
 * The report's photos: compressed when picked, uploaded only when the report is sent (so they can be
 * chosen before the resident has an account), each once.
 */
export function usePhotoList(onProblem: (problem: PhotoProblem) => void) {
  const [photos, setPhotos] = useState<PickedPhoto[]>([]);
  const latest = useRef(photos);
  latest.current = photos;

  const update = useCallback((key: string, patch: Partial<PickedPhoto>) => {
    setPhotos((list) => list.map((photo) => (photo.key === key ? { ...photo, ...patch } : photo)));
  }, []);

  useEffect(
    () => () => {
      for (const photo of latest.current) if (photo.previewUrl) URL.revokeObjectURL(photo.previewUrl);
    },
    [],
  );

  const add = useCallback(
    (picked: File[]) => {
      // Refused at once, before anything is read or sent.
      const files = picked.filter(looksLikeImage);
      if (files.length < picked.length) onProblem('notImage');
      const room = MAX_PHOTOS - latest.current.length;
      if (files.length > room) onProblem('tooMany');
      for (const file of files.slice(0, Math.max(0, room))) {
        const key = `photo-${++nextKey}`;
        const entry: PickedPhoto = {
          key,
          name: file.name || `${key}.jpg`,
          status: 'compressing',
          blob: null,
          previewUrl: null,
          fileId: null,
          progress: 0,
        };
        latest.current = [...latest.current, entry];
        setPhotos((list) => [...list, entry]);
        compressPhoto(file).then(
          (blob) => {
            if (!latest.current.some((photo) => photo.key === key)) return; // removed meanwhile
            update(key, { status: 'ready', blob, previewUrl: URL.createObjectURL(blob) });
          },
          (error: unknown) => {
            setPhotos((list) => list.filter((photo) => photo.key !== key));
            onProblem(error instanceof PhotoError ? error.problem : 'unreadable');
          },
        );
      }
    },
    [onProblem, update],
  );

  const remove = useCallback((key: string) => {
    const photo = latest.current.find((p) => p.key === key);
    if (photo?.previewUrl) URL.revokeObjectURL(photo.previewUrl);
    setPhotos((list) => list.filter((p) => p.key !== key));
  }, []);

  /** Forgets the uploads (the server no longer knows them): the next send uploads again. */
  const forgetUploads = useCallback(() => {
    setPhotos((list) => list.map((p) => ({ ...p, fileId: null, progress: 0, status: 'ready' })));
    latest.current = latest.current.map((p) => ({ ...p, fileId: null, progress: 0, status: 'ready' }));
  }, []);

  /** Uploads every photo not yet uploaded, one after another; resolves with all file ids, in order. */
  const uploadAll = useCallback(
    async (onProgress: (fraction: number) => void): Promise<string[]> => {
      const list = latest.current;
      const done = new Map<string, number>(list.map((p) => [p.key, p.fileId ? 1 : 0]));
      const report = () => {
        let sum = 0;
        for (const value of done.values()) sum += value;
        onProgress(list.length === 0 ? 1 : sum / list.length);
      };
      report();
      const ids: string[] = [];
      for (const photo of list) {
        if (photo.fileId) {
          ids.push(photo.fileId);
          continue;
        }
        if (!photo.blob) throw new PhotoError('unreadable');
        update(photo.key, { status: 'uploading', progress: 0 });
        try {
          const info = await uploadPhoto(photo.blob, photo.name, (fraction) => {
            done.set(photo.key, fraction);
            update(photo.key, { progress: fraction });
            report();
          });
          done.set(photo.key, 1);
          report();
          update(photo.key, { status: 'uploaded', fileId: info.id, progress: 1 });
          latest.current = latest.current.map((p) => (p.key === photo.key ? { ...p, fileId: info.id } : p));
          ids.push(info.id);
        } catch (error) {
          update(photo.key, { status: 'failed', progress: 0 });
          throw error;
        }
      }
      return ids;
    },
    [update],
  );

  const busy = photos.some((p) => p.status === 'compressing');
  return { photos, add, remove, uploadAll, forgetUploads, busy };
}
