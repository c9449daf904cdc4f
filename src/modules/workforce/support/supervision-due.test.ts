import { describe, expect, it } from 'vitest';
import { supervisionDue } from './supervision-due.ts';

describe('supervision due', () => {
  it('falls due a cadence after the last session, overdue only once that day has passed', () => {
    const state = { lastHeldOn: '2026-10-01', since: '2025-01-01', cadenceDays: 28 };
    expect(supervisionDue(state, '2026-10-29')).toEqual({ dueOn: '2026-10-29', overdue: false });
    expect(supervisionDue(state, '2026-10-30')).toEqual({ dueOn: '2026-10-29', overdue: true });
  });
  it('counts from the start date when there has been no session', () => {
    expect(supervisionDue({ lastHeldOn: null, since: '2026-11-01', cadenceDays: 14 }, '2026-11-16')).toEqual({
      dueOn: '2026-11-15',
      overdue: true,
    });
    expect(supervisionDue({ lastHeldOn: null, since: '2026-11-01', cadenceDays: 14 }, '2026-11-10')).toEqual({
      dueOn: '2026-11-15',
      overdue: false,
    });
  });
});
