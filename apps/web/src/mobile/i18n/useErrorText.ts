import { useCallback } from 'react';
import { ApiError } from '../api/http.ts';
import { useI18n } from './context.ts';

/** A caught error as text for the resident: the server's message in the page's language, or a generic one. */
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

/** The error's code, when it is an API error. */
export function errorCode(error: unknown): string | null {
  return error instanceof ApiError ? error.code : null;
}
