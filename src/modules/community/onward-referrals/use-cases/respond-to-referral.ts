/** The organisation answering a referral sent to it. */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import * as repo from '../onward-referrals.repository.ts';
import type { InboxView } from '../onward-referrals.schemas.ts';
import { applyStatusChange, readStatusChange } from '../onward-status-change.ts';
import { findInOrganisation, organisationOf, presentInboxItems } from '../organisation-inbox.ts';

export type InboxAction = 'accept' | 'decline' | 'start' | 'hold' | 'complete' | 'fail';
const TARGET: Record<InboxAction, string> = {
  accept: 'accepted',
  decline: 'rejected',
  start: 'in-progress',
  hold: 'on-hold',
  complete: 'completed',
  fail: 'failed',
};

/** The organisation answers: accept, decline with a reason, start (or resume), put on hold, complete with an outcome, or say it could not be completed. */
export async function respondToReferral(
  ctx: AppContext,
  {
    actor,
    scheme,
    id,
    action,
    input,
  }: InScheme & {
    id: string;
    action: InboxAction;
    input: { version: number; reason?: string; outcome?: { attended: string; note: string } };
  },
): Promise<InboxView> {
  const { organisationId, userId } = organisationOf({ actor, scheme });
  const change = readStatusChange({ status: TARGET[action], reason: input.reason, outcome: input.outcome });
  return repo.inOrganisationTransaction(ctx.db, scheme.id, organisationId, async (trx) => {
    const row = await findInOrganisation(trx, organisationId, id, true);
    const updated = await applyStatusChange(
      ctx,
      trx,
      row,
      {
        ...change,
        version: input.version,
        kind: action === 'decline' ? 'declined' : action === 'complete' ? 'completed' : 'status',
      },
      { actor, by: { kind: 'user', userId } },
    );
    return (await presentInboxItems(trx, [updated], scheme))[0]!;
  });
}
