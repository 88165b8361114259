import { Tag, Toast } from 'antd-mobile';
import { useState } from 'react';
import { cancelCase, evaluateCase, fetchCase } from '../api/cases.ts';
import { ApiError } from '../api/http.ts';
import type { PortalCaseDetail, Rating } from '../api/types.ts';
import { CancelSheet } from '../components/CancelSheet.tsx';
import { CaseSteps } from '../components/CaseSteps.tsx';
import { CaseTimeline } from '../components/CaseTimeline.tsx';
import { formatTime } from '../components/format.ts';
import { LoadError } from '../components/LoadError.tsx';
import { Loading } from '../components/Loading.tsx';
import { Page } from '../components/Page.tsx';
import { PhotoThumbs } from '../components/PhotoThumbs.tsx';
import { RatePanel } from '../components/RatePanel.tsx';
import { useLoad } from '../components/useLoad.ts';
import { useI18n } from '../i18n/context.ts';
import { useErrorText } from '../i18n/useErrorText.ts';
import { useSession } from '../session/context.ts';

/** One of my cases: the steps, where it stands, who handles it by when, what happened, photos, and what I can do. */
export default function CaseDetailPage({ number }: { number: string }) {
  const { t, locale } = useI18n();
  const errorText = useErrorText();
  const { refreshUnread } = useSession();
  const detail = useLoad((signal) => fetchCase(number, signal), [number, locale]);
  const [busy, setBusy] = useState(false);

  const act = async (action: (c: PortalCaseDetail) => Promise<unknown>, done: string) => {
    const current = detail.data;
    if (!current) return;
    setBusy(true);
    try {
      await action(current);
      Toast.show({ icon: 'success', content: done });
      refreshUnread();
    } catch (caught) {
      const conflict = caught instanceof ApiError && caught.code === 'CASE_VERSION_CONFLICT';
      Toast.show({ content: conflict ? t('case.conflict') : errorText(caught), duration: 3000 });
    } finally {
      setBusy(false);
      detail.reload();
    }
  };

  const rate = (rating: Rating, comment: string) =>
    act(
      (c) =>
        evaluateCase(number, {
          version: c.version,
          rating,
          ...(comment.trim() ? { comment: comment.trim() } : {}),
        }),
      rating === 'dissatisfied' ? t('rate.reopened') : t('rate.thanks'),
    );

  const cancel = (reason: string) =>
    act(
      (c) => cancelCase(number, { version: c.version, ...(reason.trim() ? { reason: reason.trim() } : {}) }),
      t('cancel.done'),
    );

  const c = detail.data;
  return (
    <Page title={t('case.title')} backTo="/cases">
      {c ? (
        <div data-testid="case-detail" data-case-number={c.number} data-status={c.status}>
          <section className="m-card">
            <div className="m-list-title" style={{ fontSize: 17, fontWeight: 600 }}>
              {c.title}
            </div>
            <div className="m-row" style={{ gap: 6, margin: '6px 0 12px' }}>
              {c.categoryName ? <Tag fill="outline">{c.categoryName}</Tag> : null}
              {c.relation === 'follower' ? <Tag color="warning">{t('mine.following')}</Tag> : null}
              {c.supporters > 0 ? (
                <span className="m-muted" data-testid="case-supporters">
                  {t('case.supporters', { n: c.supporters })}
                </span>
              ) : null}
            </div>
            <CaseSteps step={c.step} status={c.status} finished={c.finished} />
            <div
              className={c.overdue ? 'm-notice error' : 'm-notice info'}
              style={{ marginTop: 12, fontSize: 15 }}
              data-testid="case-progress"
            >
              {c.progress}
            </div>
            <dl className="m-kv" style={{ marginTop: 12 }}>
              {c.handledBy.length > 0 ? (
                <>
                  <dt>{t('case.handledBy')}</dt>
                  <dd data-testid="case-handled-by">
                    {c.handledBy
                      .map((unit) => (unit.lead ? unit.name : t('case.assist', { name: unit.name })))
                      .join('、')}
                  </dd>
                </>
              ) : null}
              {c.deadline ? (
                <>
                  <dt>{t('case.deadline')}</dt>
                  <dd
                    data-testid="case-deadline"
                    data-overdue={c.overdue}
                    className={c.overdue ? 'm-danger-text' : undefined}
                  >
                    {formatTime(c.deadline)}
                    {c.overdue ? ` · ${t('case.overdue')}` : ''}
                  </dd>
                </>
              ) : null}
              <dt>{t('case.number')}</dt>
              <dd data-testid="case-number">{c.number}</dd>
              <dt>{t('case.reportedAt')}</dt>
              <dd>{formatTime(c.reportedAt)}</dd>
              {c.gridName ? (
                <>
                  <dt>{t('case.grid')}</dt>
                  <dd data-testid="case-grid">{c.gridName}</dd>
                </>
              ) : null}
              {c.address ? (
                <>
                  <dt>{t('case.address')}</dt>
                  <dd>{c.address}</dd>
                </>
              ) : null}
              {c.evaluation ? (
                <>
                  <dt>{t('case.evaluation')}</dt>
                  <dd data-testid="case-evaluation">{t(`rate.${c.evaluation}`)}</dd>
                </>
              ) : null}
            </dl>
          </section>

          {c.canRate ? (
            <RatePanel busy={busy} onRate={(rating, comment) => void rate(rating, comment)} />
          ) : null}

          <section className="m-card">
            <h3>{t('case.description')}</h3>
            <p className="m-break" style={{ margin: 0, whiteSpace: 'pre-wrap', lineHeight: 1.6 }}>
              {c.description}
            </p>
            {c.photos.report.length > 0 ? (
              <>
                <h3 style={{ marginTop: 14 }}>{t('case.reportPhotos')}</h3>
                <PhotoThumbs photos={c.photos.report} testId="case-photos-report" />
              </>
            ) : null}
            {c.photos.result.length > 0 ? (
              <>
                <h3 style={{ marginTop: 14 }}>{t('case.resultPhotos')}</h3>
                <PhotoThumbs photos={c.photos.result} testId="case-photos-result" />
              </>
            ) : null}
          </section>

          <section className="m-card">
            <h3>{t('case.timeline')}</h3>
            <CaseTimeline entries={c.timeline} />
          </section>

          {c.canCancel ? (
            <section className="m-card">
              <CancelSheet key={c.version} busy={busy} onCancel={(reason) => void cancel(reason)} />
              <p className="m-muted" style={{ margin: '6px 0 0' }}>
                {t('cancel.hint')}
              </p>
            </section>
          ) : null}
        </div>
      ) : detail.error ? (
        <LoadError error={detail.error} onRetry={detail.reload} />
      ) : (
        <Loading />
      )}
    </Page>
  );
}
