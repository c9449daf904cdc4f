import { describe, expect, it } from 'vitest';
import { onwardFigures, statusCounts, type OnwardGroup } from './community-figures.ts';

const group = (overrides: Partial<OnwardGroup>): OnwardGroup => ({
  key: '2026-05-01',
  status: 'requested',
  auto_declined: false,
  accepted: false,
  response_hours: null,
  n: '1',
  ...overrides,
});

describe('onward referral figures from rollup groups', () => {
  it('counts each outcome once, accepted at any point, and takes the median of answered hours only', () => {
    const figures = onwardFigures([
      group({ status: 'completed', accepted: true, response_hours: 2, n: '3' }),
      group({ status: 'cancelled', accepted: true, response_hours: 30, n: 1 }),
      group({ status: 'rejected', response_hours: 5, n: '2' }),
      group({ status: 'rejected', auto_declined: true, n: '4' }),
      group({ status: 'received', n: '1' }),
      group({ key: '2026-06-01', status: 'accepted', accepted: true, response_hours: 0, n: '1' }),
    ]);
    // Answered by a person: 2 h ×3, 5 h ×2, 30 h ×1 → the 3rd of 6 by nearest rank is 2 h.
    expect(figures.get('2026-05-01')).toEqual({
      sent: 11,
      accepted: 4,
      completed: 3,
      declined: 2,
      autoDeclined: 4,
      awaiting: 1,
      answered: 6,
      medianHours: 2,
    });
    expect(figures.get('2026-06-01')).toMatchObject({ sent: 1, accepted: 1, medianHours: 0 });
  });

  it('has no median when nobody answered, and counts automatic declines apart from declines', () => {
    const rows = [group({ status: 'rejected', auto_declined: true, n: '2' }), group({ status: 'requested' })];
    expect(onwardFigures(rows).get('2026-05-01')).toMatchObject({ sent: 3, answered: 0, medianHours: null });
    expect(statusCounts([...rows, group({ status: 'rejected', n: '5' })])).toEqual(
      new Map([
        ['auto-declined', 2],
        ['requested', 1],
        ['rejected', 5],
      ]),
    );
  });
});
