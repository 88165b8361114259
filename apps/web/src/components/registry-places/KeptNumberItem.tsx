import { Checkbox, Flex, Form, Input } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { useT } from '../../i18n/useT.ts';

/**
 * A personal number's input. On an edit it starts empty with the stored number's mask as placeholder:
 * left empty, the server keeps the stored number, so the form never needs it in the clear (no reveal
 * to edit). A checkbox beside it removes the stored number instead.
 */
export function KeptNumberItem({
  name,
  removeName,
  masked,
  label,
  caption,
  maxLength,
  testId,
  style,
}: {
  name: string;
  /** The form field of the "remove the stored number" checkbox. */
  removeName: string;
  /** The stored number's mask on an edit; null when nothing is stored or when registering. */
  masked: string | null;
  label?: ReactNode;
  /** A line under the input (also the placeholder when nothing is stored). */
  caption?: string;
  maxLength: number;
  testId: string;
  style?: CSSProperties;
}) {
  const t = useT();
  const form = Form.useFormInstance();
  const removing = Form.useWatch(removeName, form) === true;
  return (
    <Form.Item
      name={name}
      label={label}
      style={style}
      extra={
        masked ? (
          <Flex wrap gap={8} justify="space-between">
            <span>
              {caption ? `${caption} · ` : ''}
              {t('places.number.keepHint')}
            </span>
            <Form.Item name={removeName} valuePropName="checked" noStyle>
              <Checkbox
                onChange={(event) => {
                  if (event.target.checked) form.setFields([{ name, value: '', errors: [] }]);
                }}
                data-testid={`${testId}-remove`}
              >
                {t('places.number.remove')}
              </Checkbox>
            </Form.Item>
          </Flex>
        ) : (
          caption
        )
      }
    >
      <Input
        maxLength={maxLength}
        autoComplete="off"
        disabled={removing}
        placeholder={removing ? t('places.number.removed') : (masked ?? caption)}
        data-testid={testId}
      />
    </Form.Item>
  );
}

/**
 * What an edit sends for a number: nothing when left empty (the stored one is kept), null when the
 * user asked to remove it, else the new number as the rules normalised it.
 */
export function numberEdit<K extends string>(
  key: K,
  typed: string | null | undefined,
  remove: boolean | undefined,
  normalised: string | null,
): Partial<Record<K, string | null>> {
  if (remove) return { [key]: null } as Record<K, null>;
  if (typed == null || typed.trim() === '') return {};
  return { [key]: normalised } as Record<K, string | null>;
}
