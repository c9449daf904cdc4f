import type { Kysely, Transaction } from 'kysely';
import type { DB, MessageBackKind } from '../../../db/schema.ts';

type Db = Kysely<DB> | Transaction<DB>;

export async function insertMessageBack(
  db: Db,
  m: {
    schemeId: string;
    referralId: string;
    kind: MessageBackKind;
    code: { code: string; display: string };
    body: Record<string, unknown>;
    at: Date;
    byUserId: string | null;
  },
): Promise<void> {
  await db
    .insertInto('messages_back')
    .values({
      scheme_id: m.schemeId,
      referral_id: m.referralId,
      kind: m.kind,
      snomed_code: m.code.code,
      snomed_display: m.code.display,
      body: JSON.stringify(m.body),
      created_at: m.at,
      created_by: m.byUserId,
    })
    .execute();
}

export function listMessagesBack(db: Db, referralId: string) {
  return db
    .selectFrom('messages_back')
    .select(['id', 'kind', 'snomed_code', 'snomed_display', 'body', 'created_at'])
    .where('referral_id', '=', referralId)
    .orderBy('created_at')
    .execute();
}
