/** Planning a visit ahead, with a buddy and an overdue check. */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { fail, type FieldError } from '../../../../platform/errors.ts';
import { createVisit } from '../create-visit.ts';
import { loadVisitView } from '../load-visit.ts';
import type { PlanBody, VisitView } from '../lone-working.schemas.ts';
import { checkBuddyAndCase, checkExpectedEnd, readMoment, readVisitFields } from '../visit-fields.ts';

/** How far in the past a start may be (the worker planning as they arrive). */
export const START_SKEW_MINUTES = 15;

/**
 * Plans a home or community visit for the signed-in worker, with a buddy who is told if they do
 * not check out; the overdue check is queued in the same transaction, for the expected end plus grace.
 * Every field is checked before anything is written, and all problems are reported together.
 */
export async function planVisit(
  ctx: AppContext,
  { actor, scheme, input }: InScheme & { input: PlanBody },
): Promise<VisitView> {
  if (actor.kind !== 'user') throw fail.forbidden('Visits are planned by the worker making them.');
  const now = ctx.now();
  const errors: FieldError[] = [];
  const fields = readVisitFields(input, errors);
  const start = readMoment(input.plannedStart, 'plannedStart', errors, 'start');
  if (start && start.getTime() < now.getTime() - START_SKEW_MINUTES * 60_000) {
    errors.push({
      field: 'plannedStart',
      message: `The start is more than ${START_SKEW_MINUTES} minutes ago.`,
      fix: 'Plan visits before they start; give the start time as now or later.',
    });
  }
  if (start && start.getTime() > now.getTime() + 366 * 86_400_000)
    errors.push({ field: 'plannedStart', message: 'The start is more than a year ahead.', fix: 'Check the year.' });
  const end = readMoment(input.expectedEnd, 'expectedEnd', errors, 'expected end');
  if (start && end) checkExpectedEnd(end, start, now, errors);

  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const buddy = await checkBuddyAndCase(trx, scheme.id, actor.userId, input.buddyId, fields.caseId, errors);
    if (errors.length > 0 || !start || !end || !buddy) throw fail.validation(errors);
    const id = await createVisit(ctx, trx, actor, scheme.id, { fields, buddy, start, end, unplanned: false }, now);
    return loadVisitView(trx, actor, id, now);
  });
}
