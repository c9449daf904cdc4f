import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';

type Db = Kysely<DB> | Transaction<DB>;

export async function insertCertificate(
  db: Db,
  c: {
    schemeId: string;
    userId: string;
    fileName: string;
    contentType: 'application/pdf' | 'image/png' | 'image/jpeg';
    content: Buffer;
    sha256: string;
    uploadedBy: string | null;
    at: Date;
  },
): Promise<string> {
  const row = await db
    .insertInto('training_certificates')
    .values({
      scheme_id: c.schemeId,
      user_id: c.userId,
      file_name: c.fileName,
      content_type: c.contentType,
      size_bytes: c.content.length,
      sha256: c.sha256,
      content: c.content,
      uploaded_by: c.uploadedBy,
      uploaded_at: c.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export function findCertificate(db: Db, schemeId: string, id: string) {
  return db
    .selectFrom('training_certificates')
    .select(['id', 'user_id', 'file_name', 'content_type', 'size_bytes', 'content'])
    .where('scheme_id', '=', schemeId)
    .where('id', '=', id)
    .executeTakeFirst();
}
