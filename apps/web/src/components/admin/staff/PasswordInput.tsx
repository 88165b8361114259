import { Button, Input, Space } from 'antd';
import { useT } from '../../../i18n/useT.ts';

const LETTERS = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '23456789';

/** A password an administrator can read out: 10 characters, letters and digits, no look-alikes. */
export function generatePassword(): string {
  const random = (n: number) => crypto.getRandomValues(new Uint32Array(1))[0]! % n;
  const pick = (set: string) => set[random(set.length)]!;
  const chars = [pick(LETTERS), pick(DIGITS), ...Array.from({ length: 8 }, () => pick(LETTERS + DIGITS))];
  // Fisher–Yates, so the guaranteed letter and digit are not always first.
  for (let i = chars.length - 1; i > 0; i--) {
    const j = random(i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join('');
}

/** A visible password field (the administrator passes it on) with a generator beside it. */
export function PasswordInput({
  value,
  onChange,
  onGenerate,
  testId,
  id,
}: {
  value?: string;
  onChange?: (value: string) => void;
  onGenerate: (password: string) => void;
  testId: string;
  id?: string;
}) {
  const t = useT();
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Input
        id={id}
        value={value}
        onChange={(e) => onChange?.(e.target.value)}
        autoComplete="new-password"
        data-testid={testId}
      />
      <Button onClick={() => onGenerate(generatePassword())}>{t('admin.staff.generate')}</Button>
    </Space.Compact>
  );
}
