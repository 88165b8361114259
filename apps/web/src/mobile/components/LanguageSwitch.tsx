import { useI18n } from '../i18n/context.ts';

/** 中文 ⇄ English: one tap, remembered on this phone. */
export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  const next = locale === 'en' ? 'zh-CN' : 'en';
  return (
    <button
      type="button"
      className="m-touch"
      data-testid="lang-switch"
      aria-label={t('lang.switchTo')}
      onClick={() => setLocale(next)}
      style={{ border: 0, background: 'none', color: 'var(--adm-color-primary)', fontSize: 15, padding: 0 }}
    >
      {locale === 'en' ? '中文' : 'EN'}
    </button>
  );
}
