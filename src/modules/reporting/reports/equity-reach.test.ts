import { describe, expect, it } from 'vitest';
import { eligibleFraction, reachShares } from './equity-reach.ts';

describe('under-reach', () => {
  it('compares each group’s share of the reached with its share of the comparison', () => {
    const shares = reachShares([
      { group: 'a', reached: 30, base: 500 },
      { group: 'b', reached: 60, base: 500 },
      { group: 'c', reached: 10, base: 0 },
    ]);
    expect(shares).toEqual([
      { group: 'a', reached: 30, base: 500, reachedShare: 30, baseShare: 50, ratio: 0.6, underReached: true },
      { group: 'b', reached: 60, base: 500, reachedShare: 60, baseShare: 50, ratio: 1.2, underReached: false },
      { group: 'c', reached: 10, base: 0, reachedShare: 10, baseShare: 0, ratio: null, underReached: false },
    ]);
  });

  it('flags a group nobody reached, and says nothing when nobody was reached at all', () => {
    expect(
      reachShares([
        { group: 'a', reached: 0, base: 5 },
        { group: 'b', reached: 4, base: 5 },
      ])[0],
    ).toMatchObject({
      ratio: 0,
      underReached: true,
    });
    expect(reachShares([{ group: 'a', reached: 0, base: 5 }])[0]).toMatchObject({ ratio: null, underReached: false });
  });

  it('counts the part of a band within the ages the scheme takes', () => {
    expect(eligibleFraction('15-19', 18, null)).toBeCloseTo(0.4);
    expect(eligibleFraction('10-14', 18, null)).toBe(0);
    expect(eligibleFraction('20-24', 18, null)).toBe(1);
    expect(eligibleFraction('60-64', 18, 64)).toBe(1);
    expect(eligibleFraction('65-69', 18, 64)).toBe(0);
    expect(eligibleFraction('95+', 18, null)).toBe(1);
    expect(eligibleFraction('unknown', 0, null)).toBe(0);
  });
});
