import { Button } from 'antd-mobile';
import { useState } from 'react';
import type { Rating } from '../api/types.ts';
import { useT } from '../i18n/context.ts';
import { ReasonSheet } from './ReasonSheet.tsx';

const RATINGS: Rating[] = ['satisfied', 'basically_satisfied', 'dissatisfied'];
const COMMENT_MAX = 500;

interface Props {
  busy: boolean;
  onRate: (rating: Rating, comment: string) => void;
}

/**
 * 评价: 满意 / 基本满意 / 不满意 with an optional comment, and "没解决，重新办理" as the plain way to
 * say it is not fixed (a dissatisfied rating, which sends the case back).
 */
export function RatePanel({ busy, onRate }: Props) {
  const t = useT();
  const [rating, setRating] = useState<Rating | null>(null);
  const [comment, setComment] = useState('');
  const [reopenOpen, setReopenOpen] = useState(false);

  return (
    <section className="m-card" data-testid="rate-panel">
      <h3>{t('rate.title')}</h3>
      <p className="m-muted" style={{ margin: '0 0 10px' }}>
        {t('rate.explain')}
      </p>
      <div className="m-rate-buttons">
        {RATINGS.map((value) => (
          <Button
            key={value}
            aria-pressed={rating === value}
            color={rating === value ? (value === 'dissatisfied' ? 'danger' : 'primary') : 'default'}
            fill={rating === value ? 'solid' : 'outline'}
            onClick={() => setRating(value)}
            data-testid={`rate-${value}`}
          >
            {t(`rate.${value}`)}
          </Button>
        ))}
      </div>
      <label data-testid="rate-comment">
        <textarea
          className="m-textarea"
          aria-label={t('rate.commentPlaceholder')}
          style={{ marginTop: 10, minHeight: 80 }}
          rows={3}
          maxLength={COMMENT_MAX}
          placeholder={t('rate.commentPlaceholder')}
          value={comment}
          onChange={(event) => setComment(event.target.value)}
        />
      </label>
      <Button
        block
        color="primary"
        size="large"
        style={{ marginTop: 10 }}
        disabled={!rating || busy}
        loading={busy && !reopenOpen}
        onClick={() => {
          if (rating) onRate(rating, comment);
        }}
        data-testid="rate-submit"
      >
        {t('rate.submit')}
      </Button>
      <div style={{ borderTop: '1px solid #f0f0f0', marginTop: 14, paddingTop: 14 }}>
        <Button
          block
          color="danger"
          fill="outline"
          size="large"
          disabled={busy}
          onClick={() => setReopenOpen(true)}
          data-testid="rate-reopen"
        >
          {t('rate.reopen')}
        </Button>
        <p className="m-muted" style={{ margin: '6px 0 0' }}>
          {t('rate.reopenExplain')}
        </p>
      </div>
      <ReasonSheet
        visible={reopenOpen}
        onClose={() => setReopenOpen(false)}
        busy={busy}
        title={t('rate.reopenTitle')}
        explain={t('rate.reopenExplain')}
        placeholder={t('rate.reopenPlaceholder')}
        maxLength={COMMENT_MAX}
        confirmLabel={t('rate.reopenConfirm')}
        closeLabel={t('common.cancel')}
        testId="reopen"
        onConfirm={(reason) => onRate('dissatisfied', reason)}
      />
    </section>
  );
}
