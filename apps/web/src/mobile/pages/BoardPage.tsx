import { Button, ErrorBlock, List, Tag } from 'antd-mobile';
import { lazy, Suspense, useEffect, useState } from 'react';
import { fetchBoard, fetchCommunities } from '../api/board.ts';
import type { Board, BoardEntry } from '../api/types.ts';
import { CommunityPicker } from '../components/CommunityPicker.tsx';
import { percent } from '../components/format.ts';
import { LoadError } from '../components/LoadError.tsx';
import { Loading } from '../components/Loading.tsx';
import { Page } from '../components/Page.tsx';
import { useLoad } from '../components/useLoad.ts';
import { useI18n, useT } from '../i18n/context.ts';
import { useErrorText } from '../i18n/useErrorText.ts';

const BoardMap = lazy(() => import('../components/BoardMap.tsx'));
const STORAGE_KEY = 'wangge.m.community';

function storedCommunity(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function storeCommunity(code: string): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, code);
  } catch {
    // Storage disabled: asked again next time.
  }
}

/** 社区公示: a community's figures and recent cases, for anyone; no names, numbers or exact places. */
export default function BoardPage() {
  const { t, locale } = useI18n();
  const errorText = useErrorText();
  const communities = useLoad((signal) => fetchCommunities(signal), []);
  const [community, setCommunity] = useState<string | null>(storedCommunity);
  const first = useLoad(
    (signal) => (community ? fetchBoard(community, 1, signal) : null),
    [community, locale],
  );
  const [more, setMore] = useState<{ items: BoardEntry[]; page: number }>({ items: [], page: 1 });
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<string | null>(null);

  // A remembered community that is gone, or none yet with a single one to choose: settle it.
  useEffect(() => {
    const items = communities.data?.items;
    if (!items) return;
    if (community && items.some((c) => c.code === community)) return;
    const only = items.length === 1 ? items[0]!.code : null;
    setCommunity(only);
    if (only) storeCommunity(only);
  }, [communities.data, community]);

  useEffect(() => {
    setMore({ items: [], page: 1 });
    setMoreError(null);
  }, [first.data]);

  const choose = (code: string) => {
    storeCommunity(code);
    setCommunity(code);
  };

  const loadMore = async (board: Board) => {
    setLoadingMore(true);
    setMoreError(null);
    try {
      const next = await fetchBoard(board.community.code, more.page + 1);
      setMore((current) => ({ items: [...current.items, ...next.items], page: next.page }));
    } catch (caught) {
      setMoreError(errorText(caught));
    } finally {
      setLoadingMore(false);
    }
  };

  const board = first.data;
  const items = board ? [...board.items, ...more.items] : [];
  return (
    <Page title={t('board.title')} backTo="/" tab="/board">
      <section className="m-card">
        {communities.data ? (
          <CommunityPicker communities={communities.data.items} value={community} onChange={choose} />
        ) : communities.error ? (
          <LoadError error={communities.error} onRetry={communities.reload} />
        ) : (
          <Loading />
        )}
        <p className="m-muted" style={{ margin: '8px 0 0' }}>
          {t('board.privacy')}
        </p>
      </section>

      {!community ? null : board ? (
        <>
          <Summary board={board} />
          {items.some((item) => item.point) ? (
            <section className="m-card" style={{ padding: 0, overflow: 'hidden' }}>
              <Suspense fallback={<div className="m-map-small" />}>
                <BoardMap items={items} />
              </Suspense>
            </section>
          ) : null}
          {items.length === 0 ? (
            <ErrorBlock status="empty" title={t('board.empty')} description="" />
          ) : (
            <List className="m-card" style={{ padding: 0, overflow: 'hidden' }} data-testid="board-list">
              {items.map((item) => (
                <BoardRow key={item.number} item={item} />
              ))}
            </List>
          )}
          {moreError ? <p className="m-danger-text">{moreError}</p> : null}
          {items.length < board.total ? (
            <Button block loading={loadingMore} onClick={() => void loadMore(board)} data-testid="board-more">
              {t('board.more', { shown: items.length, total: board.total })}
            </Button>
          ) : null}
        </>
      ) : first.error ? (
        <LoadError error={first.error} onRetry={first.reload} />
      ) : (
        <Loading />
      )}
    </Page>
  );
}

function Summary({ board }: { board: Board }) {
  const t = useT();
  const s = board.summary;
  return (
    <section className="m-card" data-testid="board-summary">
      <h3>{t('board.summaryTitle', { name: board.community.name })}</h3>
      <div className="m-figures">
        <div className="m-figure">
          <strong data-testid="board-reported">{s.reported}</strong>
          <span>{t('board.reported')}</span>
        </div>
        <div className="m-figure">
          <strong data-testid="board-closed">{s.closed}</strong>
          <span>{t('board.closed')}</span>
        </div>
        <div className="m-figure">
          <strong data-testid="board-on-time">{percent(s.closedOnTime, s.closed)}</strong>
          <span>{t('board.onTime')}</span>
        </div>
        <div className="m-figure">
          <strong data-testid="board-satisfaction">{percent(s.satisfied, s.rated)}</strong>
          <span>{t('board.satisfaction', { n: s.rated })}</span>
        </div>
      </div>
    </section>
  );
}

function BoardRow({ item }: { item: BoardEntry }) {
  const t = useT();
  return (
    <List.Item
      data-testid="board-item"
      data-case-number={item.number}
      description={
        <div className="m-stack" style={{ gap: 2, marginTop: 4 }}>
          <span>
            {item.progress}
            {item.gridName ? ` · ${item.gridName}` : ''}
          </span>
          <span>
            {item.number} · {t('board.reportedOn', { date: item.reportedOn })}
            {item.closedOn ? ` · ${t('board.closedOn', { date: item.closedOn })}` : ''}
          </span>
        </div>
      }
    >
      <div className="m-list-title">{item.title}</div>
      <div className="m-row" style={{ gap: 4, marginTop: 4 }}>
        {item.categoryName ? <Tag fill="outline">{item.categoryName}</Tag> : null}
        <Tag color={item.finished ? 'success' : 'primary'}>
          {item.finished ? t('board.finished') : t('board.open')}
        </Tag>
        {item.onTime === true ? (
          <Tag color="success" fill="outline">
            {t('board.onTimeTag')}
          </Tag>
        ) : null}
        {item.onTime === false ? (
          <Tag color="danger" fill="outline">
            {t('board.lateTag')}
          </Tag>
        ) : null}
        {item.evaluation ? (
          <Tag color="warning" fill="outline">
            {t(`rate.${item.evaluation}`)}
          </Tag>
        ) : null}
      </div>
    </List.Item>
  );
}
