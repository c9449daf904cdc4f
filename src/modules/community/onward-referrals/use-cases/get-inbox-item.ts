/** One referral in the organisation's inbox. */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import * as repo from '../onward-referrals.repository.ts';
import type { InboxView } from '../onward-referrals.schemas.ts';
import { findInOrganisation, organisationOf, presentInboxItems } from '../organisation-inbox.ts';

/** One referral sent to the organisation, as its inbox shows it; each view is audited. */
export async function getInboxItem(
  ctx: AppContext,
  { actor, scheme, id }: InScheme & { id: string },
): Promise<InboxView> {
  const { organisationId } = organisationOf({ actor, scheme });
  return repo.inOrganisationTransaction(ctx.db, scheme.id, organisationId, async (trx) => {
    const row = await findInOrganisation(trx, organisationId, id);
    await recordAudit(trx, actor, {
      action: 'onward-referral.read',
      recordType: 'onward_referral',
      recordId: id,
      schemeId: scheme.id,
    });
    return (await presentInboxItems(trx, [row], scheme))[0]!;
  });
}
