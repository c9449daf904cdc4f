import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';

type Db = Kysely<DB> | Transaction<DB>;

/** The scheme's own risk phrases, added to the built-in detector (none when the scheme has no policies row yet). */
export async function schemeRiskPhrases(db: Db, schemeId: string): Promise<string[]> {
  const row = await db
    .selectFrom('scheme_policies')
    .select('added_risk_phrases')
    .where('scheme_id', '=', schemeId)
    .executeTakeFirst();
  return row?.added_risk_phrases ?? [];
}

export async function crisisContactsOf(
  db: Db,
  schemeId: string,
): Promise<{ name: string; phone: string; when: string }[]> {
  const row = await db
    .selectFrom('scheme_policies')
    .select('crisis_contacts')
    .where('scheme_id', '=', schemeId)
    .executeTakeFirst();
  const raw: unknown = row?.crisis_contacts;
  const list = typeof raw === 'string' ? (JSON.parse(raw) as unknown) : raw;
  return Array.isArray(list)
    ? list.filter(
        (c): c is { name: string; phone: string; when: string } =>
          typeof c === 'object' && c !== null && typeof (c as { name?: unknown }).name === 'string',
      )
    : [];
}
