import type { Transaction } from 'kysely';
import type { AppContext } from '../../../context.ts';
import type { DB } from '../../../db/schema.ts';
import type { Actor } from '../../../platform/actor.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { inSchemeTransaction } from '../../../platform/db/scheme-transaction.ts';
import { fail, type FieldError } from '../../../platform/errors.ts';
import { decodeNamePosition, namePage } from '../../../platform/http/cursor.ts';
import { londonDate } from '../../../platform/london-time.ts';
import { resolveScheme } from '../../schemes/index.ts';
import { mayReadNotes, relationTo } from '../support-access.ts';
import type {
  SupervisionOverview,
  SupervisionSessionBody,
  SupervisionSessionView,
  WorkerSupervision,
  WorkerSupervisionSummary,
} from '../support.schemas.ts';
import { scheduleSupervisionCheck } from '../supervision-check.ts';
import { supervisionDue } from '../supervision-due.ts';
import * as repo from '../supervision.repository.ts';
import { isRealDate } from '../working-days.ts';

const todayOf = (ctx: AppContext) => londonDate(ctx.now());

/** A worker's supervision position: who, how often, when last, when next and whether overdue. */
export function summarise(state: repo.SupervisionStateRow, today: string): WorkerSupervisionSummary {
  const due = supervisionDue(
    { lastHeldOn: state.last_held_on, since: state.since, cadenceDays: state.cadence_days },
    today,
  );
  return {
    workerId: state.worker_id,
    workerName: state.worker_name,
    supervisorId: state.supervisor_id,
    supervisorName: state.supervisor_name,
    cadenceDays: state.cadence_days,
    lastHeldOn: state.last_held_on,
    dueOn: due.dueOn,
    overdue: due.overdue,
  };
}

/** Link workers per page of the supervision overview, as for the team's wellbeing. */
export const SUPERVISEES_PAGE = 25;

/**
 * The supervision page: a worker's own position, and a page (by name) of a supervisor's supervisees or, for a
 * manager, of every worker. Each is read for those people alone, so the cost follows the page, not the scheme.
 */
export async function getSupervisionOverview(
  ctx: AppContext,
  actor: Actor,
  slug: string,
  query: { after?: string; before?: string } = {},
): Promise<SupervisionOverview> {
  const scheme = await resolveScheme(ctx, actor, slug, 'supervision.read');
  const position = decodeNamePosition(query);
  const userId = actor.kind === 'user' ? actor.userId : '';
  const isManager = actor.kind === 'user' && actor.role === 'scheme_manager';
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const today = todayOf(ctx);
    if (!userId) return { me: null, supervisees: [], next: null, previous: null };
    const [mine] = await repo.listSupervisionStates(trx, scheme.id, userId);
    const rows = await repo.pageSupervisionStates(trx, scheme.id, {
      supervisorId: isManager ? null : userId,
      exceptId: userId,
      position,
      limit: SUPERVISEES_PAGE,
    });
    const page = namePage(rows, SUPERVISEES_PAGE, position, (r) => ({ name: r.worker_name, id: r.worker_id }));
    return {
      me: mine ? summarise(mine, today) : null,
      supervisees: page.items.map((s) => summarise(s, today)),
      next: page.next,
      previous: page.previous,
    };
  });
}

async function actionsOf(trx: Transaction<DB>, sessionIds: string[], today: string) {
  const rows = await repo.listSessionActions(trx, sessionIds);
  return rows.map((a) => ({
    id: a.id,
    sessionId: a.session_id,
    description: a.description,
    ownerId: a.owner_id,
    ownerName: a.owner_name,
    dueOn: a.due_on,
    done: a.done_at !== null,
    overdue: a.done_at === null && a.due_on < today,
  }));
}

/** One worker's supervision history: everyone related sees the sessions happened; action points only those who took part. */
export async function getWorkerSupervision(
  ctx: AppContext,
  actor: Actor,
  slug: string,
  workerId: string,
): Promise<WorkerSupervision> {
  const scheme = await resolveScheme(ctx, actor, slug, 'supervision.read');
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const [state] = await repo.listSupervisionStates(trx, scheme.id, workerId);
    const relation = await relationTo(trx, actor, scheme.id, workerId);
    if (!state || relation === 'none') throw fail.notFound('That link worker');
    const today = todayOf(ctx);
    const sessions = await repo.listWorkerSessions(trx, scheme.id, workerId);
    const readable = sessions.filter((s) => mayReadNotes(actor, { worker_id: s.worker_id, heldBy: [s.supervisor_id] }));
    return {
      summary: summarise(state, today),
      sessions: sessions.map((s) => ({
        id: s.id,
        heldOn: s.held_on,
        kind: s.kind,
        supervisorId: s.supervisor_id,
        supervisorName: s.supervisor_name,
        confidential: !readable.includes(s),
      })),
      actions: await actionsOf(
        trx,
        readable.map((s) => s.id),
        today,
      ),
      canRecord: relation === 'supervisor' || relation === 'manager',
    };
  });
}

/** One session: its notes, cases and actions only for the worker and whoever held it; for a manager, only that it happened. */
export async function getSupervisionSession(
  ctx: AppContext,
  actor: Actor,
  slug: string,
  id: string,
): Promise<SupervisionSessionView> {
  const scheme = await resolveScheme(ctx, actor, slug, 'supervision.read');
  return inSchemeTransaction(ctx.db, scheme.id, (trx) => presentSession(ctx, trx, actor, scheme.id, id));
}

async function presentSession(
  ctx: AppContext,
  trx: Transaction<DB>,
  actor: Actor,
  schemeId: string,
  id: string,
): Promise<SupervisionSessionView> {
  const s = await repo.findSupervisionSession(trx, id);
  const participant = s !== undefined && mayReadNotes(actor, { worker_id: s.worker_id, heldBy: [s.supervisor_id] });
  if (!s || (!participant && (await relationTo(trx, actor, schemeId, s.worker_id)) === 'none'))
    throw fail.notFound('That supervision session');
  const base = {
    id: s.id,
    workerId: s.worker_id,
    workerName: s.worker_name,
    supervisorId: s.supervisor_id,
    supervisorName: s.supervisor_name,
    heldOn: s.held_on,
    kind: s.kind,
    recordedAt: s.created_at.toISOString(),
  };
  if (!participant) return { ...base, confidential: true, notes: null, casesDiscussed: null, actions: null };
  const cases =
    s.cases_discussed.length === 0
      ? []
      : await trx
          .selectFrom('cases as c')
          .innerJoin('patients as p', 'p.id', 'c.patient_id')
          .select(['c.id', 'p.given_name', 'p.family_name'])
          .where('c.id', 'in', s.cases_discussed)
          .execute();
  return {
    ...base,
    confidential: false,
    notes: s.notes,
    casesDiscussed: cases.map((c) => ({ id: c.id, name: `${c.given_name} ${c.family_name}`.trim() })),
    actions: await actionsOf(trx, [s.id], todayOf(ctx)),
  };
}

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
  actor: Actor,
  slug: string,
  body: SupervisionSessionBody,
): Promise<SupervisionSessionView> {
  const scheme = await resolveScheme(ctx, actor, slug, 'supervision.record');
  const userId = actor.kind === 'user' ? actor.userId : '';
  const errors = checkSession(body, todayOf(ctx));
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

/** Marks a supervision action point done: the worker or whoever held the session. */
export async function completeSupervisionAction(
  ctx: AppContext,
  actor: Actor,
  slug: string,
  actionId: string,
): Promise<void> {
  const scheme = await resolveScheme(ctx, actor, slug, 'supervision.read');
  await inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const action = await repo.findSupervisionAction(trx, actionId);
    if (!action || !mayReadNotes(actor, { worker_id: action.worker_id, heldBy: [action.supervisor_id] }))
      throw fail.notFound('That action point');
    if (action.done_at) return;
    await repo.markActionDone(trx, actionId, actor.kind === 'user' ? actor.userId : '', ctx.now());
    await recordAudit(trx, actor, {
      action: 'supervision.action-done',
      recordType: 'supervision_action',
      recordId: actionId,
      schemeId: scheme.id,
      detail: { sessionId: action.session_id },
    });
  });
}
