/**
 * The list of records that may be the same person, for a person to decide.
 */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { listRead, recordAudit } from '../../../../platform/audit.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { decodeCursor, keysetPage } from '../../../../platform/http/cursor.ts';
import * as repo from '../patients.repository.ts';
import type { DuplicateList } from '../patients.schemas.ts';
import { presentPatient } from '../present-patient.ts';

export const DUPLICATE_PAGE = 20;

/**
 * A page of records that may be the same person (same NHS number, or same name, date of birth and
 * postcode), for a person to decide. The pairs are kept as records are written, so a page costs the
 * same in a scheme of any size.
 */
export async function listPossibleDuplicates(
  ctx: AppContext,
  { actor, scheme, ...options }: InScheme & { after?: string },
): Promise<DuplicateList> {
  const after = decodeCursor(options.after, 'after');
  const now = ctx.now();
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const rows = await repo.listDuplicatePairs(trx, scheme.id, after, DUPLICATE_PAGE);
    const page = keysetPage(rows, DUPLICATE_PAGE, (p) => ({ at: p.found_at, id: p.id }));
    const people = new Map(
      (await repo.findPatientsByIds(trx, [...new Set(page.items.flatMap((p) => [p.first_id, p.second_id]))])).map(
        (p) => [p.id, p],
      ),
    );
    await recordAudit(trx, actor, {
      action: 'patient.duplicates-read',
      recordType: 'patient',
      schemeId: scheme.id,
      detail: listRead({ cursor: options.after, shown: page.items.length }),
    });
    return {
      items: page.items.flatMap((p) => {
        const first = people.get(p.first_id);
        const second = people.get(p.second_id);
        return first && second && !first.merged_into_id && !second.merged_into_id
          ? [{ match: p.match, first: presentPatient(first, now), second: presentPatient(second, now) }]
          : [];
      }),
      next: page.next,
    };
  });
}
