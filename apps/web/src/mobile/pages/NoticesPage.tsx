import { ErrorBlock, List } from 'antd-mobile';
import { fetchNotices, markNoticeRead } from '../api/notifications.ts';
import type { Notice } from '../api/types.ts';
import { formatTime } from '../components/format.ts';
import { LoadError } from '../components/LoadError.tsx';
import { Loading } from '../components/Loading.tsx';
import { MineTabs } from '../components/MineTabs.tsx';
import { Page } from '../components/Page.tsx';
import { useLoad } from '../components/useLoad.ts';
import { useT } from '../i18n/context.ts';
import { go } from '../router.ts';
import { useSession } from '../session/context.ts';

const CASE_NUMBER = /\d{6}-\d{8}-\d{5}/;

/** The case a notification is about: its number, from the field or from the text. */
function caseNumberOf(notice: Notice): string | null {
  return notice.caseNumber ?? CASE_NUMBER.exec(notice.body)?.[0] ?? null;
}

/** 消息: what moved on my cases; a tap marks it read and opens the case. */
export default function NoticesPage() {
  const t = useT();
  const { refreshUnread } = useSession();
  const notices = useLoad((signal) => fetchNotices({ limit: 100 }, signal), []);

  const open = async (notice: Notice) => {
    if (!notice.readAt) {
      try {
        await markNoticeRead(notice.id);
      } catch {
        // Still open the case; the badge corrects itself on the next page.
      }
      refreshUnread();
    }
    const number = caseNumberOf(notice);
    if (number) go(`/cases/${number}`);
    else notices.reload();
  };

  return (
    <Page title={t('mine.title')} backTo="/" tab="/cases">
      <MineTabs active="/messages" />
      {notices.data ? (
        notices.data.items.length === 0 ? (
          <ErrorBlock status="empty" title={t('notices.empty')} description={t('notices.emptyHint')} />
        ) : (
          <List className="m-card" style={{ padding: 0, overflow: 'hidden' }} data-testid="notice-list">
            {notices.data.items.map((notice) => (
              <List.Item
                key={notice.id}
                onClick={() => void open(notice)}
                data-testid="notice-item"
                data-read={notice.readAt ? 'true' : 'false'}
                prefix={
                  <span
                    aria-hidden="true"
                    style={{
                      display: 'inline-block',
                      width: 8,
                      height: 8,
                      borderRadius: 4,
                      background: notice.readAt ? 'transparent' : 'var(--adm-color-danger)',
                    }}
                  />
                }
                description={
                  <>
                    <div className="m-break">{notice.body}</div>
                    <div>{formatTime(notice.createdAt)}</div>
                  </>
                }
              >
                <span style={{ fontWeight: notice.readAt ? 'normal' : 600 }}>
                  {notice.readAt ? null : <span className="m-visually-hidden">{t('notices.unread')}</span>}
                  {notice.title}
                </span>
              </List.Item>
            ))}
          </List>
        )
      ) : notices.error ? (
        <LoadError error={notices.error} onRetry={notices.reload} />
      ) : (
        <Loading />
      )}
    </Page>
  );
}
