import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { fail, type FieldError } from '../../../../platform/errors.ts';
import type { UnplannedBody, VisitView } from '../lone-working.schemas.ts';
import { createVisit } from '../create-visit.ts';
import { loadVisitView } from '../load-visit.ts';
import { MAX_VISIT_HOURS, checkBuddyAndCase, checkExpectedEnd, readMoment, readVisitFields } from '../visit-fields.ts';

/**
 * A visit that starts now and was not planned (or whose plan is for another time): it is created
 * and checked in at once, so the buddy is alerted if the worker has not checked out by the end they
 * give (a time, or a length from now). Every field is checked before anything is written.
 */
export async function startUnplannedVisit(
  ctx: AppContext,
  { actor, scheme, input }: InScheme & { input: UnplannedBody },
): Promise<VisitView> {
  if (actor.kind !== 'user') throw fail.forbidden('Visits are started by the worker making them.');
  const now = ctx.now();
  const errors: FieldError[] = [];
  const fields = readVisitFields(input, errors);
  let end: Date | null = null;
  const hasEnd = input.expectedEnd !== undefined && input.expectedEnd.trim() !== '';
  if (hasEnd && input.durationMinutes !== undefined) {
    errors.push({
      field: 'expectedEnd',
      message: 'Both an expected end and a length were given.',
      fix: 'Give either the time you expect to finish or how long the visit will last, not both.',
    });
  } else if (input.durationMinutes !== undefined) {
    if (input.durationMinutes < 1 || input.durationMinutes > MAX_VISIT_HOURS * 60) {
      errors.push({
        field: 'durationMinutes',
        message: `${input.durationMinutes} minutes is not a visit length Linkwork can watch over.`,
        fix: `Give a length from 1 to ${MAX_VISIT_HOURS * 60} minutes.`,
      });
    } else end = new Date(now.getTime() + input.durationMinutes * 60_000);
  } else {
    end = readMoment(input.expectedEnd ?? '', 'expectedEnd', errors, 'expected end');
    if (end) checkExpectedEnd(end, now, now, errors);
  }

  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const buddy = await checkBuddyAndCase(trx, scheme.id, actor.userId, input.buddyId, fields.caseId, errors);
    if (errors.length > 0 || !end || !buddy) throw fail.validation(errors);
    const id = await createVisit(ctx, trx, actor, scheme.id, { fields, buddy, start: now, end, unplanned: true }, now);
    return loadVisitView(trx, actor, id, now);
  });
}
