import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../platform/actor.ts';
import { listRead, recordAudit } from '../../../platform/audit.ts';
import { inSchemeTransaction } from '../../../platform/db/scheme-transaction.ts';
import { fail } from '../../../platform/errors.ts';
import { decodeCursor, keysetPage } from '../../../platform/http/cursor.ts';
import { resolveScheme } from '../../schemes/index.ts';
import { cleanPatientDetails } from '../patient-details.ts';
import * as repo from '../patients.repository.ts';
import type { DuplicateList, PatientInput, PatientView } from '../patients.schemas.ts';
import { presentPatient } from '../present-patient.ts';
import { londonDate } from '../../../platform/london-time.ts';

export const DUPLICATE_PAGE = 20;

/**
 * A page of records that may be the same person (same NHS number, or same name, date of birth and
 * postcode), for a person to decide. The pairs are kept as records are written, so a page costs the
 * same in a scheme of any size.
 */
export async function listPossibleDuplicates(
  ctx: AppContext,
  actor: Actor,
  slug: string,
  options: { after?: string } = {},
): Promise<DuplicateList> {
  const after = decodeCursor(options.after, 'after');
  const scheme = await resolveScheme(ctx, actor, slug, 'patient.merge');
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

/** Merges one record into another: referrals and cases move to the kept record; the merged one is kept, marked, for the audit trail. */
export async function mergePatients(
  ctx: AppContext,
  actor: Actor,
  slug: string,
  keepId: string,
  mergeId: string,
): Promise<void> {
  if (keepId === mergeId)
    throw fail.field('mergeId', 'A record cannot be merged into itself.', 'Choose the two different records to merge.');
  const scheme = await resolveScheme(ctx, actor, slug, 'patient.merge');
  const now = ctx.now();
  await inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const [keep, merge] = await Promise.all([repo.findPatient(trx, keepId), repo.findPatient(trx, mergeId)]);
    if (!keep || keep.merged_into_id) throw fail.notFound('The record to keep');
    if (!merge || merge.merged_into_id) throw fail.notFound('The record to merge');
    if (keep.nhs_number && merge.nhs_number && keep.nhs_number !== merge.nhs_number) {
      throw fail.field(
        'mergeId',
        'These records have different NHS numbers, so they are different people.',
        'Mark them as different people instead.',
      );
    }
    await repo.mergeInto(trx, keepId, merge, now);
    await recordAudit(trx, actor, {
      action: 'patient.merge',
      recordType: 'patient',
      recordId: keepId,
      schemeId: scheme.id,
      detail: { mergedId: mergeId },
    });
  });
}

/** Records that two similar records are different people, so they are not offered again. */
export async function keepApart(
  ctx: AppContext,
  actor: Actor,
  slug: string,
  firstId: string,
  secondId: string,
): Promise<void> {
  if (firstId === secondId) throw fail.field('secondId', 'These are the same record.', 'Choose two different records.');
  const scheme = await resolveScheme(ctx, actor, slug, 'patient.merge');
  await inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const [a, b] = await Promise.all([repo.findPatient(trx, firstId), repo.findPatient(trx, secondId)]);
    if (!a || !b) throw fail.notFound('That record');
    await repo.recordDistinctPair(trx, scheme.id, a, b, actor.kind === 'user' ? actor.userId : null);
    await recordAudit(trx, actor, {
      action: 'patient.keep-apart',
      recordType: 'patient',
      recordId: firstId,
      schemeId: scheme.id,
      detail: { otherId: secondId },
    });
  });
}

/** Corrects a person's details, if nobody else changed them first. */
export async function updatePatient(
  ctx: AppContext,
  actor: Actor,
  slug: string,
  id: string,
  input: { version: number; patient: PatientInput },
): Promise<PatientView> {
  const scheme = await resolveScheme(ctx, actor, slug, 'patient.write');
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
