import { useCallback } from 'react';
import { ApiError } from '../api/ApiError.ts';
import { useI18n } from './useT.ts';

/** Turns a caught error into text for the user: the server's message in our language, or a generic one. */
export function useErrorText(): (error: unknown) => string {
  const { locale, t } = useI18n();
  return useCallback(
    (error: unknown) => {
      if (error instanceof ApiError) return error.status === 0 ? t('error.network') : error.localized(locale);
      return t('error.unknown');
    },
    [locale, t],
  );
}
