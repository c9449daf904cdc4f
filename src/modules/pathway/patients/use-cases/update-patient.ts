/**
 * Correcting a person's details.
 */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { fail } from '../../../../platform/errors.ts';
import { londonDate } from '../../../../platform/london-time.ts';
import { cleanPatientDetails } from '../patient-details.ts';
import * as repo from '../patients.repository.ts';
import type { PatientInput, PatientView } from '../patients.schemas.ts';
import { presentPatient } from '../present-patient.ts';

/** Corrects a person's details, if nobody else changed them first. */
export async function updatePatient(
  ctx: AppContext,
  { actor, scheme, id, input }: InScheme & { id: string; input: { version: number; patient: PatientInput } },
): Promise<PatientView> {
  const now = ctx.now();
  const { value, errors } = cleanPatientDetails(input.patient, londonDate(now), {
    prefix: 'patient',
    nhsNumberOptional: true,
  });
  if (errors.length) throw fail.validation(errors);
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const current = await repo.findPatient(trx, id);
    if (!current || current.merged_into_id) throw fail.notFound('That person');
    // Before allocation any triager may correct a person's details; after it, their link worker (or the scheme manager).
    const workers = actor.kind === 'user' && actor.role === 'link_worker' ? await repo.workersWithCasesOf(trx, id) : [];
    if (actor.kind === 'user' && workers.length > 0 && !workers.includes(actor.userId)) {
      throw fail.forbidden("Only the person's link worker or the scheme manager can change their details.");
    }
    if (current.version !== input.version) throw fail.editConflict("person's record", current);
    const saved = await repo.updatePatient(trx, current, value, now);
    if (!saved) throw fail.editConflict("person's record", current);
    await recordAudit(trx, actor, {
      action: 'patient.update',
      recordType: 'patient',
      recordId: id,
      schemeId: scheme.id,
    });
    return presentPatient(saved, now);
  });
}
