import { Tag } from 'antd';
import { label, WARNING_COLORS, WARNING_LABELS } from '../../cases/labels.ts';
import { useI18n } from '../../i18n/useT.ts';

/** The yellow/red card of a case as a coloured tag. */
export function WarningTag({ warning }: { warning: string }) {
  const { locale } = useI18n();
  return <Tag color={WARNING_COLORS[warning] ?? 'default'}>{label(WARNING_LABELS, warning, locale)}</Tag>;
}
