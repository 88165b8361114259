import { CARE_TAGS } from '@wangge/domain/registry';
import { useCallback } from 'react';
import { type CareTag, fetchCareTags } from '../../api/registry.ts';
import { useAsync } from '../../hooks/useAsync.ts';
import type { Locale } from '../../i18n/messages.ts';
import { useI18n } from '../../i18n/useT.ts';

export interface CareTags {
  /** The care groups the caller may see (empty until loaded, or when the server does not answer). */
  items: CareTag[];
  loaded: boolean;
  /** A tag's name in the user's language: the server's names, else the seeded list's, else the code. */
  nameOf: (code: string) => string;
}

function seededName(code: string, locale: Locale): string {
  const spec = CARE_TAGS.find((t) => t.code === code);
  return spec ? spec[locale] : code;
}

/** GET /api/registry/care-tags once per page. */
export function useCareTags(): CareTags {
  const { locale } = useI18n();
  const list = useAsync((signal) => fetchCareTags(signal), []);
  const items = list.data?.items ?? [];
  const nameOf = useCallback(
    (code: string) => {
      const tag = list.data?.items.find((t) => t.code === code);
      if (tag) return locale === 'en' ? tag.nameEn : tag.name;
      return seededName(code, locale);
    },
    [list.data, locale],
  );
  return { items, loaded: list.data !== null, nameOf };
}
