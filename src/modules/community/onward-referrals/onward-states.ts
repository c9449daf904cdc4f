import type { OnwardReferralStatus } from '../../../db/tables/onward-referrals.ts';
import { AppError } from '../../../platform/errors.ts';
import { stateMachine } from '../../../platform/state-machine.ts';

export type OnwardEvent =
  'receive' | 'accept' | 'reject' | 'start' | 'hold' | 'resume' | 'complete' | 'cancel' | 'fail';

export const ONWARD_STATUSES: readonly OnwardReferralStatus[] = [
  'requested',
  'received',
  'accepted',
  'rejected',
  'in-progress',
  'on-hold',
  'completed',
  'cancelled',
  'failed',
];
/** No answer yet: the reminder and the automatic decline apply only here. */
export const WAITING: readonly OnwardReferralStatus[] = ['requested', 'received'];
export const FINISHED: readonly OnwardReferralStatus[] = ['rejected', 'completed', 'cancelled', 'failed'];

const DESCRIBE: Record<OnwardEvent, string> = {
  receive: 'marked received',
  accept: 'accepted',
  reject: 'declined',
  start: 'started',
  hold: 'put on hold',
  resume: 'resumed',
  complete: 'completed',
  cancel: 'cancelled',
  fail: 'marked as failed',
};

/** FHIR Task states for an onward referral; the finished states (rejected, completed, cancelled, failed) take no more changes. */
export const onwardStates = stateMachine<OnwardReferralStatus, OnwardEvent>(
  'onward referral',
  {
    requested: { receive: 'received', accept: 'accepted', reject: 'rejected', cancel: 'cancelled' },
    received: { accept: 'accepted', reject: 'rejected', cancel: 'cancelled' },
    accepted: { start: 'in-progress', hold: 'on-hold', complete: 'completed', cancel: 'cancelled', fail: 'failed' },
    'in-progress': { hold: 'on-hold', complete: 'completed', fail: 'failed', cancel: 'cancelled' },
    'on-hold': { resume: 'in-progress', cancel: 'cancelled', fail: 'failed' },
    rejected: {},
    completed: {},
    cancelled: {},
    failed: {},
  },
  (e) => DESCRIBE[e],
);

/**
 * The event that takes a referral from one status to another, for callers that name the target
 * status (FHIR Task updates, statuses recorded by hand); a 409 naming both states otherwise.
 */
export function eventBetween(from: OnwardReferralStatus, to: OnwardReferralStatus): OnwardEvent {
  const event = onwardStates.allowed(from).find((e) => onwardStates.next(from, e) === to);
  if (event) return event;
  const reachable = onwardStates.allowed(from).map((e) => onwardStates.next(from, e));
  throw new AppError(
    'illegal-transition',
    `An onward referral that is ${from} cannot become ${to}. ${reachable.length ? `From ${from} it can become: ${reachable.join(', ')}.` : 'It is finished and cannot change.'}`,
    {
      extra: { from, to, allowed: reachable },
    },
  );
}

export function isOnwardStatus(value: string): value is OnwardReferralStatus {
  return (ONWARD_STATUSES as readonly string[]).includes(value);
}
