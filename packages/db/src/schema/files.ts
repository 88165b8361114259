import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { appUser } from './auth.ts';

/** An uploaded photo or attachment; the bytes live in the file store (data directory or S3). */
export const fileObject = pgTable(
  'file_object',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    uploaderId: uuid('uploader_id').references(() => appUser.id, { onDelete: 'set null' }),
    districtCode: text('district_code'),
    kind: text('kind', { enum: ['image', 'document'] }).notNull(),
    mime: text('mime').notNull(),
    bytes: integer('bytes').notNull(),
    width: integer('width'),
    height: integer('height'),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    thumbKey: text('thumb_key'),
    originalName: text('original_name'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('file_object_uploader_idx').on(t.uploaderId),
    check('file_object_bytes', sql`${t.bytes} > 0`),
  ],
);
