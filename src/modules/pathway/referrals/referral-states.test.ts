import { describe, expect, it } from 'vitest';
import { AppError } from '../../../platform/errors.ts';
import { caseStates } from '../cases/case-states.ts';
import { referralStates, TASK_STATUS } from './referral-states.ts';

describe('referral state machine', () => {
  it('follows triage to acceptance, allocation and completion', () => {
    let s = referralStates.next('received', 'request-information');
    expect(s).toBe('information_requested');
    s = referralStates.next(s, 'provide-information');
    s = referralStates.next(s, 'accept');
    expect(s).toBe('waiting');
    s = referralStates.next(s, 'allocate');
    expect(referralStates.next(s, 'complete')).toBe('completed');
  });

  it('refuses an illegal transition with a clear 409 that lists what is allowed', () => {
    try {
      referralStates.next('declined', 'accept');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).status).toBe(409);
      expect((error as AppError).code).toBe('illegal-transition');
      expect((error as AppError).message).toMatch(/declined cannot be accepted.*finished/);
    }
    expect(() => referralStates.next('allocated', 'decline')).toThrow(/It can be: completed/);
    expect(() => referralStates.next('information_requested', 'allocate')).toThrow(
      /information requested cannot be allocated/,
    );
  });

  it('maps every status to a FHIR Task status', () => {
    expect(TASK_STATUS).toMatchObject({
      received: 'received',
      waiting: 'accepted',
      declined: 'rejected',
      allocated: 'in-progress',
      completed: 'completed',
      cancelled: 'cancelled',
    });
  });
});

describe('case state machine', () => {
  it('opens in contact, becomes active when the person is reached, and closes', () => {
    expect(caseStates.next('contacting', 'reach')).toBe('active');
    expect(caseStates.next('active', 'discharge')).toBe('closed');
    expect(caseStates.next('contacting', 'close-unable-to-contact')).toBe('closed');
  });

  it('refuses work on a closed case and closing an active case as unable to contact', () => {
    expect(() => caseStates.next('closed', 'record-work')).toThrow(/closed cannot be given sessions/);
    expect(() => caseStates.next('active', 'close-unable-to-contact')).toThrow(
      /active cannot be closed as unable to contact/,
    );
    expect(caseStates.allowed('closed')).toEqual([]);
  });
});
