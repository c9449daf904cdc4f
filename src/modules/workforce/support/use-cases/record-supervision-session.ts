/** Logging a supervision session held with a link worker, with its action points. */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { fail, type FieldError } from '../../../../platform/errors.ts';
import { londonDate } from '../../../../platform/london-time.ts';
import { relationTo } from '../support-access.ts';
import type { SupervisionSessionBody, SupervisionSessionView } from '../support.schemas.ts';
import { scheduleSupervisionCheck } from '../supervision-check.ts';
import { presentSession } from '../present-supervision-session.ts';
import * as repo from '../supervision.repository.ts';
import { isRealDate } from '../../../../platform/london-time.ts';
import { userIdOf } from '../../../../platform/actor.ts';

function checkSession(body: SupervisionSessionBody, today: string): FieldError[] {
  const errors: FieldError[] = [];
  if (!isRealDate(body.heldOn))
    errors.push({
      field: 'heldOn',
      message: `"${body.heldOn}" is not a real date.`,
      fix: 'Enter the date the session was held, as year-month-day.',
    });
  else if (body.heldOn > today)
    errors.push({
      field: 'heldOn',
      message: 'This date is in the future.',
      fix: "Log a session once it has been held: give today's date or an earlier one.",
    });
  body.actions.forEach((a, i) => {
    if (!a.description.trim())
      errors.push({
        field: `actions.${i}.description`,
        message: 'The action is missing.',
        fix: 'Say what needs doing.',
      });
    if (!isRealDate(a.dueOn))
      errors.push({
        field: `actions.${i}.dueOn`,
        message: `"${a.dueOn}" is not a real date.`,
        fix: 'Enter the due date as year-month-day.',
      });
  });
  if (new Set(body.casesDiscussed).size !== body.casesDiscussed.length)
    errors.push({ field: 'casesDiscussed', message: 'A case is listed twice.', fix: 'List each case once.' });
  return errors;
}

/**
 * Logs a supervision session held with a worker: by their named supervisor or a manager. Notes stay
 * between the worker and whoever held it; the audit row records that it happened, not what was said.
 */
export async function recordSupervisionSession(
  ctx: AppContext,
  { actor, scheme, input: body }: InScheme & { input: SupervisionSessionBody },
): Promise<SupervisionSessionView> {
  const userId = userIdOf(actor) ?? '';
  const errors = checkSession(body, londonDate(ctx.now()));
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const [state] = await repo.listSupervisionStates(trx, scheme.id, body.workerId);
    if (!state)
      throw fail.field(
        'workerId',
        'This person is not an active link worker of the scheme.',
        "Choose one of the scheme's link workers.",
      );
    const relation = await relationTo(trx, actor, scheme.id, body.workerId);
    if (relation !== 'supervisor' && relation !== 'manager')
      throw fail.forbidden("Only the worker's named supervisor or a scheme manager can log their supervision.");
    const own = await repo.workerCaseIds(trx, scheme.id, body.workerId, body.casesDiscussed);
    body.casesDiscussed.forEach((id, i) => {
      if (!own.has(id))
        errors.push({
          field: `casesDiscussed.${i}`,
          message: "This is not one of the worker's cases.",
          fix: "Choose cases from the worker's caseload.",
        });
    });
    body.actions.forEach((a, i) => {
      if (a.ownerId !== body.workerId && a.ownerId !== userId)
        errors.push({
          field: `actions.${i}.ownerId`,
          message: 'An action belongs to the worker or to you.',
          fix: 'Choose the worker or yourself as the owner.',
        });
    });
    if (errors.length) throw fail.validation(errors);
    const id = await repo.insertSupervisionSession(trx, {
      schemeId: scheme.id,
      workerId: body.workerId,
      supervisorId: userId,
      heldOn: body.heldOn,
      kind: body.kind,
      notes: body.notes.trim(),
      casesDiscussed: body.casesDiscussed,
      at: ctx.now(),
    });
    await repo.insertSupervisionActions(
      trx,
      scheme.id,
      id,
      body.actions.map((a) => ({ description: a.description.trim(), ownerId: a.ownerId, dueOn: a.dueOn })),
    );
    await recordAudit(trx, actor, {
      action: 'supervision.record',
      recordType: 'supervision_session',
      recordId: id,
      schemeId: scheme.id,
      detail: {
        workerId: body.workerId,
        heldOn: body.heldOn,
        kind: body.kind,
        casesDiscussed: body.casesDiscussed.length,
        actions: body.actions.length,
      },
    });
    await scheduleSupervisionCheck(ctx, trx, scheme.id, body.workerId);
    return presentSession(ctx, trx, actor, scheme.id, id);
  });
}
