import type { Transaction } from 'kysely';
import type { AppContext } from '../../../context.ts';
import type { DB } from '../../../db/schema.ts';
import { notify } from '../../scheme/notifications/index.ts';
import type { SafetyContacts } from '../../scheme/notifications/index.ts';
import type { VisitRow } from './lone-working.repository.ts';
import { ukTime } from './uk-time.ts';

export const LONE_WORKING_CHECK_JOB = 'lone-working.check';

/**
 * Schedules the overdue check for one stage of the ladder (the visit's expected end and alert level),
 * in the caller's transaction. A check for an earlier stage finds itself stale and does nothing.
 */
export async function scheduleVisitCheck(
  ctx: AppContext,
  trx: Transaction<DB>,
  v: { schemeId: string; visitId: string; expectedEnd: Date; level: number },
  at: Date,
): Promise<void> {
  const expectedEnd = v.expectedEnd.toISOString();
  await ctx.jobs.send(
    trx,
    LONE_WORKING_CHECK_JOB,
    { schemeId: v.schemeId, visitId: v.visitId, expectedEnd, level: v.level },
    { startAfter: at, singletonKey: `${v.visitId}:${v.level}:${expectedEnd}` },
  );
}

/** Who is told at an alert level: the buddy, the managers and the supervisor; from level 2 the safeguarding lead too. Never the worker. */
export function alertRecipients(
  v: Pick<VisitRow, 'worker_id' | 'buddy_id'>,
  contacts: SafetyContacts,
  level: number,
): string[] {
  const ids = [
    v.buddy_id,
    ...contacts.managerIds,
    contacts.supervisorId,
    level >= 2 ? contacts.safeguardingLeadId : null,
  ];
  return [...new Set(ids.filter((id): id is string => typeof id === 'string' && id !== v.worker_id))];
}

const source = (v: VisitRow) => ({ type: 'lone_working_visit', id: v.id });
const link = (v: VisitRow) => `/lone-working/${v.id}`;

const callWorker = (v: VisitRow) =>
  `Call ${v.worker_name} now on ${v.worker_phone}. If they do not answer, or you believe they are in danger, call 999 and give the address on the visit. Then acknowledge the alert saying what you did.`;

/**
 * The worker pressed "I need help": an urgent notice at once to the buddy, the managers and the
 * supervisor. It names the worker, never the person visited; the place is on the visit it links to
 * (the email copy carries no address, which may be a patient's home).
 */
export function sendHelpAlert(
  ctx: AppContext,
  trx: Transaction<DB>,
  v: VisitRow,
  recipients: string[],
  at: Date,
): Promise<string[]> {
  return notify(ctx, trx, {
    schemeId: v.scheme_id,
    recipientIds: recipients,
    kind: 'lone-working.help',
    link: link(v),
    source: source(v),
    about: { workerId: v.worker_id },
    subject: `HELP: ${v.worker_name} has asked for help on a lone-working visit`,
    body: `${v.worker_name} pressed "I need help" at ${ukTime(at)} during a lone-working visit. Open the visit now for where they are. ${callWorker(v)}`,
  });
}

/** The missed check-out alert (level 1) or an escalation (2 to 4). Names the worker, never the person visited or the place. */
export function sendVisitAlert(
  ctx: AppContext,
  trx: Transaction<DB>,
  v: VisitRow,
  recipients: string[],
  level: number,
): Promise<string[]> {
  const escalated = level > 1;
  if (v.help_requested_at && !v.acknowledged_at) {
    return notify(ctx, trx, {
      schemeId: v.scheme_id,
      recipientIds: recipients,
      kind: 'lone-working.escalated',
      link: link(v),
      source: source(v),
      about: { workerId: v.worker_id },
      subject: `ESCALATED: no one has acknowledged: ${v.worker_name} asked for help`,
      body: `ESCALATED (level ${level}): no one has acknowledged ${v.worker_name}'s call for help at ${ukTime(v.help_requested_at)}. Open the visit now for where they are. ${callWorker(v)}`,
    });
  }
  const missed = `${v.worker_name} was due to finish a lone-working visit at ${ukTime(v.expected_end)} and has not checked out.`;
  const todo = `Try to reach them on ${v.worker_phone}. If you cannot, follow the scheme's lone working procedure (call 999 if you believe they are in danger). Open the visit for where they went, then acknowledge the alert saying what you found.`;
  return notify(ctx, trx, {
    schemeId: v.scheme_id,
    recipientIds: recipients,
    kind: escalated ? 'lone-working.escalated' : 'lone-working.alert',
    link: link(v),
    source: source(v),
    about: { workerId: v.worker_id },
    subject: escalated
      ? `ESCALATED: no one has acknowledged: ${v.worker_name} has not checked out`
      : `Lone working: ${v.worker_name} has not checked out`,
    body: escalated
      ? `ESCALATED (level ${level}): no one has acknowledged the alert. ${missed} ${todo}`
      : `${missed} ${todo}`,
  });
}

/** The ladder has run out: a final urgent notice; the visit stays overdue on the team board until someone acknowledges it. */
export function sendEscalationEnded(
  ctx: AppContext,
  trx: Transaction<DB>,
  v: VisitRow,
  recipients: string[],
): Promise<string[]> {
  const help = v.help_requested_at && !v.acknowledged_at;
  return notify(ctx, trx, {
    schemeId: v.scheme_id,
    recipientIds: recipients,
    kind: 'lone-working.escalation-ended',
    link: link(v),
    source: source(v),
    about: { workerId: v.worker_id },
    subject: help
      ? `Still no acknowledgement: ${v.worker_name} asked for help`
      : `Still no acknowledgement: ${v.worker_name} has not checked out`,
    body: `${help ? `${v.worker_name} asked for help at ${ukTime(v.help_requested_at!)}` : `${v.worker_name} was due to finish a lone-working visit at ${ukTime(v.expected_end)}`}. Every escalation has been sent and nobody has acknowledged. The visit stays overdue on the lone working team board until someone does.`,
  });
}

/** Tells the people who were alerted that the worker is in touch (checked out, extended or cancelled), or who acknowledged. */
export function sendAlertCleared(
  ctx: AppContext,
  trx: Transaction<DB>,
  v: VisitRow,
  recipients: string[],
  what: string,
): Promise<string[]> {
  return notify(ctx, trx, {
    schemeId: v.scheme_id,
    recipientIds: recipients,
    kind: 'lone-working.cleared',
    link: link(v),
    source: source(v),
    about: { workerId: v.worker_id },
    subject: `Lone working: ${v.worker_name}: ${what}`,
    body: `The alert about ${v.worker_name}'s lone-working visit (due to finish at ${ukTime(v.expected_end)}) is closed: ${what}. Open the visit for its timeline.`,
  });
}
