import { rows, type Tx } from '@wangge/db';
import { sql } from 'drizzle-orm';

/** The caller's own in-app notifications, newest first. */
export async function listNotifications(db: Tx, userId: string, q: { unread: boolean; limit: number }) {
  const items = await rows<{
    id: number;
    kind: string;
    title: string;
    body: string;
    caseId: string | null;
    caseNumber: string | null;
    createdAt: Date;
    readAt: Date | null;
  }>(
    db,
    sql`SELECT n.id, n.kind, n.title, n.body, n.case_id AS "caseId", c.number AS "caseNumber",
               n.created_at AS "createdAt", n.read_at AS "readAt"
        FROM notification n LEFT JOIN case_record c ON c.id = n.case_id
        WHERE n.user_id = ${userId} ${q.unread ? sql`AND n.read_at IS NULL` : sql``}
        ORDER BY n.id DESC LIMIT ${q.limit}`,
  );
  const [unread] = await rows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM notification WHERE user_id = ${userId} AND read_at IS NULL`,
  );
  return {
    items: items.map((n) => ({
      ...n,
      id: Number(n.id),
      createdAt: new Date(n.createdAt).toISOString(),
      readAt: n.readAt ? new Date(n.readAt).toISOString() : null,
    })),
    unread: unread?.n ?? 0,
  };
}

/** Marks one of the caller's notifications read; someone else's answers as missing. */
export async function markRead(db: Tx, userId: string, id: number, now: Date): Promise<boolean> {
  const updated = await rows(
    db,
    sql`UPDATE notification SET read_at = COALESCE(read_at, ${now}) WHERE id = ${id} AND user_id = ${userId} RETURNING id`,
  );
  return updated.length > 0;
}
