import type { ReferralStatus } from '../../../db/schema.ts';
import { stateMachine } from '../../../platform/state-machine.ts';

export type ReferralEvent =
  'accept' | 'decline' | 'request-information' | 'provide-information' | 'allocate' | 'complete' | 'cancel';

const WORDS: Record<ReferralEvent, string> = {
  accept: 'accepted',
  decline: 'declined',
  'request-information': 'sent back for more information',
  'provide-information': 'given more information',
  allocate: 'allocated to a link worker',
  complete: 'completed',
  cancel: 'cancelled',
};

/**
 * The referral's life: triage (received ⇄ information requested) ends in a decline or an
 * acceptance onto the waiting list; allocation opens a case; the case's close completes it.
 */
export const referralStates = stateMachine<ReferralStatus, ReferralEvent>(
  'referral',
  {
    received: {
      accept: 'waiting',
      decline: 'declined',
      'request-information': 'information_requested',
      allocate: 'allocated',
      cancel: 'cancelled',
    },
    information_requested: { 'provide-information': 'received', decline: 'declined', cancel: 'cancelled' },
    waiting: { allocate: 'allocated', decline: 'declined', cancel: 'cancelled' },
    allocated: { complete: 'completed' },
    declined: {},
    completed: {},
    cancelled: {},
  },
  (e) => WORDS[e],
);

/** FHIR Task status for each referral status (the SDOH referral Task states). */
export const TASK_STATUS: Record<
  ReferralStatus,
  'received' | 'accepted' | 'rejected' | 'in-progress' | 'completed' | 'cancelled' | 'on-hold'
> = {
  received: 'received',
  information_requested: 'on-hold',
  waiting: 'accepted',
  declined: 'rejected',
  allocated: 'in-progress',
  completed: 'completed',
  cancelled: 'cancelled',
};
