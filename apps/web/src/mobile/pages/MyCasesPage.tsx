import { Badge, Button, ErrorBlock, List, Tag } from 'antd-mobile';
import { fetchMyCases } from '../api/cases.ts';
import type { CaseSummary } from '../api/types.ts';
import { AnonymousLink } from '../components/AnonymousLink.tsx';
import { formatDate } from '../components/format.ts';
import { LoadError } from '../components/LoadError.tsx';
import { Loading } from '../components/Loading.tsx';
import { MineTabs } from '../components/MineTabs.tsx';
import { Page } from '../components/Page.tsx';
import { STOPPED, stepKey } from '../components/stepLabels.ts';
import { useLoad } from '../components/useLoad.ts';
import { useI18n, useT } from '../i18n/context.ts';
import { go } from '../router.ts';

/** 我的事件: what I reported and what I said "me too" to, with where each stands in plain words. */
export default function MyCasesPage() {
  const { t, locale } = useI18n();
  const cases = useLoad((signal) => fetchMyCases(signal), [locale]);

  return (
    <Page title={t('mine.title')} backTo="/" tab="/cases">
      <MineTabs active="/cases" />
      {cases.data ? (
        cases.data.items.length === 0 ? (
          <ErrorBlock status="empty" title={t('mine.empty')} description={t('mine.emptyHint')}>
            <Button color="primary" onClick={() => go('/report')}>
              {t('home.report')}
            </Button>
          </ErrorBlock>
        ) : (
          <List className="m-card" style={{ padding: 0, overflow: 'hidden' }} data-testid="case-list">
            {cases.data.items.map((item) => (
              <CaseRow key={item.number} item={item} />
            ))}
          </List>
        )
      ) : cases.error ? (
        <LoadError error={cases.error} onRetry={cases.reload} />
      ) : (
        <Loading />
      )}
      <AnonymousLink />
    </Page>
  );
}

function CaseRow({ item }: { item: CaseSummary }) {
  const t = useT();
  return (
    <List.Item
      onClick={() => go(`/cases/${item.number}`)}
      data-testid="case-item"
      data-case-number={item.number}
      description={
        <div className="m-row" style={{ gap: 6, marginTop: 4 }}>
          <span data-testid="case-item-progress">{item.progress}</span>
          <span>· {formatDate(item.reportedAt)}</span>
          <span>· {item.number}</span>
        </div>
      }
      extra={
        item.toRate ? (
          <Badge content={t('mine.toRate')} data-testid="case-item-to-rate" />
        ) : (
          <Tag
            color={item.finished ? (STOPPED.has(item.status) ? 'default' : 'success') : 'primary'}
            fill="outline"
          >
            {item.finished && !STOPPED.has(item.status) ? t('steps.closed') : t(stepKey(item.step))}
          </Tag>
        )
      }
    >
      <div className="m-list-title">{item.title}</div>
      <div className="m-row" style={{ gap: 4, marginTop: 4 }}>
        {item.categoryName ? <Tag fill="outline">{item.categoryName}</Tag> : null}
        {item.relation === 'follower' ? <Tag color="warning">{t('mine.following')}</Tag> : null}
      </div>
    </List.Item>
  );
}
