/** Writing a checked visit, planned or unplanned, with its timeline, audit row and overdue check. */
import type { Transaction } from 'kysely';
import type { AppContext } from '../../../context.ts';
import type { DB } from '../../../db/schema.ts';
import type { UserActor } from '../../../platform/actor.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { nextDueAt } from './escalation-ladder.ts';
import * as repo from './lone-working.repository.ts';
import { ukTime } from './uk-time.ts';
import { scheduleVisitCheck } from './visit-alerts.ts';
import type { readVisitFields } from './visit-fields.ts';

export interface NewVisit {
  fields: ReturnType<typeof readVisitFields>;
  buddy: { id: string; name: string };
  start: Date;
  end: Date;
  /** An unplanned visit starts now and is checked in as it is created. */
  unplanned: boolean;
}

/** Writes a checked visit with its timeline, audit row and overdue check, all in the caller's transaction. */
export async function createVisit(
  ctx: AppContext,
  trx: Transaction<DB>,
  actor: UserActor,
  schemeId: string,
  v: NewVisit,
  now: Date,
): Promise<string> {
  const { fields, buddy, start, end } = v;
  const id = await repo.insertVisit(trx, {
    schemeId,
    workerId: actor.userId,
    caseId: fields.caseId,
    place: fields.place,
    purpose: fields.purpose,
    plannedStart: start,
    expectedEnd: end,
    buddyId: buddy.id,
    workerPhone: fields.phone,
    at: now,
    ...(v.unplanned ? { checkedInAt: now } : {}),
  });
  await repo.insertVisitEvent(trx, {
    schemeId,
    visitId: id,
    kind: 'planned',
    at: now,
    byUserId: actor.userId,
    detail: `${v.unplanned ? 'unplanned visit, ' : ''}${ukTime(start)} to ${ukTime(end)}, buddy ${buddy.name}`,
  });
  if (v.unplanned)
    await repo.insertVisitEvent(trx, {
      schemeId,
      visitId: id,
      kind: 'checked_in',
      at: now,
      byUserId: actor.userId,
      detail: 'started as an unplanned visit',
    });
  await recordAudit(trx, actor, {
    action: v.unplanned ? 'lone-working.unplanned' : 'lone-working.plan',
    recordType: 'lone_working_visit',
    recordId: id,
    schemeId,
    detail: {
      buddyId: buddy.id,
      caseId: fields.caseId,
      plannedStart: start.toISOString(),
      expectedEnd: end.toISOString(),
    },
  });
  const settings = await repo.loneWorkingSettings(trx, schemeId);
  const dueAt = nextDueAt(
    {
      status: v.unplanned ? 'checked_in' : 'planned',
      expectedEnd: end,
      alertLevel: 0,
      lastAlertAt: null,
      acknowledgedAt: null,
      escalationEndedAt: null,
      helpRequestedAt: null,
    },
    settings,
  );
  await scheduleVisitCheck(ctx, trx, { schemeId, visitId: id, expectedEnd: end, level: 0 }, dueAt);
  return id;
}
