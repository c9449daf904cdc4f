import { describe, expect, it } from 'vitest';
import type { OnwardReferralStatus } from '../../../db/tables/onward-referrals.ts';
import { AppError } from '../../../platform/errors.ts';
import { eventBetween, FINISHED, ONWARD_STATUSES, onwardStates } from './onward-states.ts';

const LEGAL: Record<OnwardReferralStatus, OnwardReferralStatus[]> = {
  requested: ['received', 'accepted', 'rejected', 'cancelled'],
  received: ['accepted', 'rejected', 'cancelled'],
  accepted: ['in-progress', 'on-hold', 'completed', 'cancelled', 'failed'],
  'in-progress': ['on-hold', 'completed', 'failed', 'cancelled'],
  'on-hold': ['in-progress', 'cancelled', 'failed'],
  rejected: [],
  completed: [],
  cancelled: [],
  failed: [],
};

describe('onward referral states (FHIR Task)', () => {
  it('allows exactly the legal transitions', () => {
    for (const from of ONWARD_STATUSES) {
      const reachable = onwardStates
        .allowed(from)
        .map((e) => onwardStates.next(from, e))
        .sort();
      expect(reachable, from).toEqual([...LEGAL[from]].sort());
    }
  });

  it.each(
    ONWARD_STATUSES.flatMap((from) =>
      ONWARD_STATUSES.filter((to) => !LEGAL[from].includes(to)).map((to) => [from, to] as const),
    ),
  )('refuses %s → %s with a 409 naming both states', (from, to) => {
    let error: unknown;
    try {
      eventBetween(from, to);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    const e = error as AppError;
    expect(e.status).toBe(409);
    expect(e.code).toBe('illegal-transition');
    expect(e.message).toContain(`is ${from} cannot become ${to}`);
    expect(e.extra).toMatchObject({ from, to });
  });

  it('finds the event for every legal transition', () => {
    for (const from of ONWARD_STATUSES)
      for (const to of LEGAL[from]) expect(onwardStates.next(from, eventBetween(from, to))).toBe(to);
  });

  it('takes no change once finished', () => {
    for (const s of FINISHED) expect(onwardStates.allowed(s)).toEqual([]);
  });
});
