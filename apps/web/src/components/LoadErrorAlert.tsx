import { Alert, Button } from 'antd';
import type { CSSProperties } from 'react';
import { useErrorText } from '../i18n/useErrorText.ts';
import { useT } from '../i18n/useT.ts';

/**
 * What failed to load, in the user's language, with a retry button. With a `title` the error's own
 * text goes underneath it.
 */
export function LoadErrorAlert({
  error,
  onRetry,
  title,
  style,
  testId,
}: {
  error: unknown;
  onRetry: () => void;
  title?: string;
  style?: CSSProperties;
  testId?: string;
}) {
  const t = useT();
  const errorText = useErrorText();
  return (
    <Alert
      type="error"
      showIcon
      title={title ?? errorText(error)}
      description={title ? errorText(error) : undefined}
      action={
        <Button size="small" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      }
      style={style}
      data-testid={testId}
    />
  );
}
