import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { listRead, recordAudit } from '../../../../platform/audit.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { fail } from '../../../../platform/errors.ts';
import { decodeCursor, keysetPage } from '../../../../platform/http/cursor.ts';
import { safetyContacts } from '../../../scheme/notifications/index.ts';
import { canListConcerns } from '../safeguarding-access.ts';
import * as repo from '../safeguarding.repository.ts';

/** How many concerns one page of the scheme's list shows. */
export const CONCERN_PAGE = 50;

/** The scheme's safeguarding concerns, for the safeguarding lead and the scheme manager: newest first, paged by keyset (`after`). */
export async function listSchemeConcerns(
  ctx: AppContext,
  { actor, scheme, status = 'open', after }: InScheme & { status?: 'open' | 'closed'; after?: string },
) {
  const cursor = decodeCursor(after);
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const contacts = await safetyContacts(trx, scheme.id, null);
    if (!canListConcerns(actor, scheme.id, contacts.safeguardingLeadId))
      throw fail.forbidden('Only the safeguarding lead and the scheme manager see every safeguarding concern.');
    const page = keysetPage(
      await repo.listSchemeConcerns(trx, scheme.id, status, cursor, CONCERN_PAGE + 1),
      CONCERN_PAGE,
      (r) => ({ at: r.raised_at, id: r.id }),
    );
    await recordAudit(trx, actor, {
      action: 'safeguarding.list',
      recordType: 'scheme',
      recordId: scheme.id,
      schemeId: scheme.id,
      detail: listRead({ cursor: after, shown: page.items.length, filters: { status } }),
    });
    return {
      next: page.next,
      items: page.items.map((r) => ({
        id: r.id,
        caseId: r.case_id,
        patientName: `${r.given_name} ${r.family_name}`,
        subject: r.subject,
        categories: r.categories,
        raisedBy: r.raised_by_name,
        raisedAt: r.raised_at.toISOString(),
        referralMade: r.la_referral_made,
        status: r.status,
      })),
    };
  });
}
