import { describe, expect, it } from 'vitest';
import { roundScore, scoreDecimals } from './score-range.ts';
import { buildCalmMeasure } from './measure-test-helpers.ts';

describe('roundScore', () => {
  it.each([
    [1.005, 2, 1.01],
    [2.5, 0, 3],
    [-2.5, 0, -3],
    [-0.004, 2, 0],
    [3.666666, 2, 3.67],
    [13.35, 1, 13.4],
    [7, 3, 7],
  ])('rounds %s to %s decimals as %s', (value, decimals, expected) => {
    expect(Object.is(roundScore(value, decimals), expected)).toBe(true);
  });
});

describe('scoreDecimals', () => {
  const calm = buildCalmMeasure().scores[0]!;

  it('is 0 for a plain sum, 2 for a converted score or a mean, and as given otherwise', () => {
    const plain = { ...calm };
    delete plain.conversion;
    expect([
      scoreDecimals(plain),
      scoreDecimals(calm),
      scoreDecimals({ ...plain, method: 'mean' }),
      scoreDecimals({ ...calm, decimals: 1 }),
    ]).toEqual([0, 2, 2, 1]);
  });
});
