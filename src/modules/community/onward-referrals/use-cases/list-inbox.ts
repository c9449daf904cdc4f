/** The organisation's inbox, a page at a time. */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { listRead, recordAudit } from '../../../../platform/audit.ts';
import { fail } from '../../../../platform/errors.ts';
import { decodeCursor, keysetPage } from '../../../../platform/http/cursor.ts';
import * as repo from '../onward-referrals.repository.ts';
import type { InboxView } from '../onward-referrals.schemas.ts';
import { isOnwardStatus } from '../onward-states.ts';
import { organisationOf, presentInboxItems } from '../organisation-inbox.ts';

/** How many referrals one page of the inbox shows. */
export const INBOX_PAGE = 50;

/** The organisation's inbox: onward referrals sent to it, newest first, optionally by status; paged by keyset (`after`). */
export async function listInbox(
  ctx: AppContext,
  { actor, scheme, status, after }: InScheme & { status?: string; after?: string },
): Promise<{ items: InboxView[]; next: string | null }> {
  const { organisationId } = organisationOf({ actor, scheme });
  const statuses = status
    ? status
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
  const bad = statuses.filter((s) => !isOnwardStatus(s));
  if (bad.length > 0)
    throw fail.field(
      'status',
      `"${bad.join(', ')}" is not an onward referral status.`,
      'Use requested, received, accepted, rejected, in-progress, on-hold, completed, cancelled or failed.',
    );
  const cursor = decodeCursor(after);
  return repo.inOrganisationTransaction(ctx.db, scheme.id, organisationId, async (trx) => {
    const rows = await repo.listInboxPage(trx, organisationId, statuses.filter(isOnwardStatus), cursor, INBOX_PAGE + 1);
    const page = keysetPage(rows, INBOX_PAGE, (r) => ({ at: r.sent_at, id: r.id }));
    await recordAudit(trx, actor, {
      action: 'onward-referral.inbox',
      recordType: 'organisation',
      recordId: organisationId,
      schemeId: scheme.id,
      detail: listRead({ filters: { status }, cursor: after, shown: page.items.length }),
    });
    return { items: await presentInboxItems(trx, page.items, scheme), next: page.next };
  });
}
