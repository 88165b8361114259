import { Button, ErrorBlock } from 'antd-mobile';
import { useT } from '../i18n/context.ts';
import { useErrorText } from '../i18n/useErrorText.ts';

/** A failed load: what went wrong, in words, and a retry. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  const errorText = useErrorText();
  return (
    <ErrorBlock status="default" title={t('error.loadFailed')} description={errorText(error)}>
      {onRetry ? (
        <Button color="primary" fill="outline" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      ) : null}
    </ErrorBlock>
  );
}
