import { Button, Tag } from 'antd-mobile';
import { useEffect, useRef } from 'react';
import type { Nearby } from '../api/types.ts';
import { useT } from '../i18n/context.ts';
import { formatDate } from './format.ts';

interface Props {
  items: Nearby[];
  /** The case a "me too" is being sent for. */
  busyNumber: string | null;
  onMeToo: (number: string) => void;
  onOpen: (number: string) => void;
}

/** 附近已有相同问题: join one of them ("me too") instead of reporting it again. */
export function NearbyList({ items, busyNumber, onMeToo, onOpen }: Props) {
  const t = useT();
  const section = useRef<HTMLElement>(null);
  // Shown when a point is chosen, below it: bring it into view once, so it is not missed.
  useEffect(() => {
    section.current?.scrollIntoView({ behavior: 'smooth', block: 'nearest' });
  }, []);
  return (
    <section
      ref={section}
      className="m-card"
      style={{ border: '1px solid #ffd591' }}
      data-testid="nearby-list"
    >
      <h3>{t('nearby.title', { count: items.length })}</h3>
      <p className="m-muted" style={{ margin: '0 0 6px' }}>
        {t('nearby.explain')}
      </p>
      {items.map((item) => (
        <div
          className="m-nearby-item"
          key={item.number}
          data-testid="nearby-item"
          data-case-number={item.number}
        >
          <div className="m-list-title">{item.title}</div>
          <div className="m-muted" style={{ fontSize: 12 }}>
            {t('case.numberShort', { number: item.number })}
          </div>
          <div className="m-row m-muted" style={{ gap: 6, margin: '4px 0 8px' }}>
            {item.categoryName ? <Tag fill="outline">{item.categoryName}</Tag> : null}
            <span>{t('nearby.distance', { m: item.distanceM })}</span>
            <span>· {item.progress}</span>
            <span>· {formatDate(item.reportedAt)}</span>
            {item.supporters > 0 ? <span>· {t('nearby.supporters', { n: item.supporters })}</span> : null}
          </div>
          {item.mine ? (
            <Button size="small" onClick={() => onOpen(item.number)} data-testid="nearby-open">
              {t('nearby.mine')}
            </Button>
          ) : (
            <Button
              size="small"
              color="warning"
              loading={busyNumber === item.number}
              disabled={busyNumber !== null && busyNumber !== item.number}
              onClick={() => onMeToo(item.number)}
              data-testid="nearby-me-too"
              data-case-number={item.number}
            >
              {t('nearby.meToo')}
            </Button>
          )}
        </div>
      ))}
    </section>
  );
}
