/**
 * Reading one person's case page.
 */
import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../platform/actor.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { inSchemeTransaction } from '../../../platform/db/scheme-transaction.ts';
import { resolveScheme } from '../../schemes/index.ts';
import { loadCaseView } from '../load-case.ts';

/** The case page; every view of a person's case is audited. */
export async function getCase(ctx: AppContext, actor: Actor, slug: string, id: string) {
  const scheme = await resolveScheme(ctx, actor, slug, 'case.read');
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const view = await loadCaseView(trx, actor, scheme, id, ctx.now());
    await recordAudit(trx, actor, {
      action: 'case.read',
      recordType: 'case',
      recordId: id,
      schemeId: scheme.id,
      detail: { patientId: view.patient.id },
    });
    return view;
  });
}
