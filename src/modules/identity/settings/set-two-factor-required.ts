import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../platform/actor.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { authorize } from '../../../platform/policy.ts';
import { saveSetting } from './settings.repository.ts';

/** Turns the deployment-wide two-factor requirement on or off (the demo turns it off). */
export async function setTwoFactorRequired(ctx: AppContext, actor: Actor, required: boolean): Promise<void> {
  authorize(actor, 'settings.update');
  await ctx.db.transaction().execute(async (trx) => {
    await saveSetting(trx, 'two_factor_required', required, ctx.now());
    await recordAudit(trx, actor, {
      action: 'settings.two-factor-required',
      recordType: 'setting',
      recordId: 'two_factor_required',
      detail: { required },
    });
  });
}
