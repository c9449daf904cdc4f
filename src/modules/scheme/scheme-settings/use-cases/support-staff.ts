import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { decodeNameCursor, namePage } from '../../../../platform/http/cursor.ts';
import * as repo from '../scheme-settings.repository.ts';
import { STAFF_PAGE, type StaffPage, type StaffPageQuery } from '../scheme-settings.schemas.ts';

/**
 * A page of the scheme's active managers and supervisors by name (those whose name contains `q`, if given):
 * who may be safeguarding lead or a worker's named supervisor, read a page at a time however large the team.
 */
export async function listSupportStaff(
  ctx: AppContext,
  { scheme, ...query }: InScheme & StaffPageQuery,
): Promise<StaffPage> {
  const position = { after: decodeNameCursor(query.after, 'after'), before: null };
  const limit = query.limit ?? STAFF_PAGE;
  const nameHas = query.q?.trim().replace(/\s+/g, ' ') || undefined;
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const rows = await repo.pageSupportStaff(trx, scheme.id, { position, limit, nameHas });
    const page = namePage(rows, limit, position, (r) => ({ name: r.name, id: r.user_id }));
    return {
      staff: page.items.map((r) => ({ userId: r.user_id, name: r.name, role: r.role ?? 'supervisor' })),
      next: page.next,
    };
  });
}
