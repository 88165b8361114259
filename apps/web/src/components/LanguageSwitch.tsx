import { Segmented } from 'antd';
import type { Locale } from '../i18n/messages.ts';
import { useI18n } from '../i18n/useT.ts';

/** 中文 / English toggle; the choice is remembered in localStorage. */
export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  return (
    <Segmented<Locale>
      size="small"
      value={locale}
      onChange={setLocale}
      options={[
        { label: t('lang.zh'), value: 'zh-CN' },
        { label: t('lang.en'), value: 'en' },
      ]}
    />
  );
}
