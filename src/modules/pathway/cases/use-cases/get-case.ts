/**
 * Reading one person's case page.
 */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { loadCaseView } from '../load-case.ts';

/** The case page; every view of a person's case is audited. */
export async function getCase(ctx: AppContext, { actor, scheme, id }: InScheme & { id: string }) {
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
