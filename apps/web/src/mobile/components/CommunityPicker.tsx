import { List, Popup } from 'antd-mobile';
import { useState } from 'react';
import type { Community } from '../api/types.ts';
import { useT } from '../i18n/context.ts';

/** Which community's board to read: a button naming it, and the list in a sheet. */
export function CommunityPicker({
  communities,
  value,
  onChange,
}: {
  communities: Community[];
  value: string | null;
  onChange: (code: string) => void;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const selected = communities.find((c) => c.code === value) ?? null;
  return (
    <>
      <button
        type="button"
        className="m-field-button"
        onClick={() => setOpen(true)}
        data-testid="board-community"
      >
        {selected ? (
          <span>
            {selected.name}
            <span className="m-muted"> · {selected.subdistrictName}</span>
          </span>
        ) : (
          <span className="placeholder">{t('board.pick')}</span>
        )}
        <span aria-hidden="true">›</span>
      </button>
      <Popup
        visible={open}
        onMaskClick={() => setOpen(false)}
        bodyStyle={{
          borderTopLeftRadius: 12,
          borderTopRightRadius: 12,
          maxHeight: '75vh',
          overflowY: 'auto',
        }}
      >
        <List header={t('board.pick')}>
          {communities.map((c) => (
            <List.Item
              key={c.code}
              description={c.subdistrictName}
              extra={c.code === value ? '✓' : null}
              onClick={() => {
                onChange(c.code);
                setOpen(false);
              }}
              data-testid="community-option"
              data-code={c.code}
            >
              {c.name}
            </List.Item>
          ))}
        </List>
        <div style={{ height: 'env(safe-area-inset-bottom)' }} />
      </Popup>
    </>
  );
}
