import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { ApiError } from '../api/ApiError.ts';
import type { Locale } from '../i18n/messages.ts';
import { useErrorText } from '../i18n/useErrorText.ts';
import { useI18n } from '../i18n/useT.ts';
import { useHasRole } from '../session/roles.ts';
import { BULK_ROLES } from './registry-people/registryRoles.ts';

/**
 * 导出 for a registry list (people, organisations, rooms, the visit schedule): the server builds the
 * workbook and the browser saves it. Shown only to the roles with the import/export right; the
 * server still decides, and its refusal (not allowed, too many rows) is said in a message.
 */
export function RegistryExportButton({
  label,
  hint,
  disabled,
  download,
  testId,
}: {
  label: string;
  /** What the file holds (filters, masking), as the button's tooltip. */
  hint: string;
  disabled?: boolean;
  /** Asks for the file; answers the name it was saved under. */
  download: (locale: Locale) => Promise<string>;
  testId: string;
}) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const mayExport = useHasRole(BULK_ROLES);
  const [exporting, setExporting] = useState(false);
  if (!mayExport) return null;

  const reasonOf = (error: unknown) => {
    if (error instanceof ApiError && error.code === 'REGISTRY_EXPORT_FORBIDDEN')
      return t('people.error.exportForbidden');
    // A 404 that is not about a record: a server without this export yet.
    if (error instanceof ApiError && error.status === 404 && error.code !== 'REGISTRY_NOT_FOUND')
      return t('people.error.exportUnavailable');
    // REGISTRY_EXPORT_TOO_LARGE and the rest: the server's own sentence says what to narrow.
    return errorText(error);
  };
  const run = async () => {
    setExporting(true);
    try {
      const filename = await download(locale);
      message.success(t('people.exportDone', { filename }));
    } catch (error) {
      message.error(`${t('people.exportFailed')}${t('people.colon')}${reasonOf(error)}`);
    } finally {
      setExporting(false);
    }
  };

  return (
    <Button
      icon={<DownloadOutlined />}
      loading={exporting}
      disabled={disabled}
      title={hint}
      onClick={run}
      data-testid={testId}
    >
      {label}
    </Button>
  );
}
