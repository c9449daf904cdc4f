import { describe, expect, it } from 'vitest';
import { meanWithInterval, medianOfHistogram, percentileOfHistogram, rate } from './statistics.ts';

describe('meanWithInterval', () => {
  it('gives the mean change with a 95 % interval from t (changes 1, 2, 3, 4, 5)', () => {
    // mean 3; variance (55 − 15²/5) / 4 = 2.5; se √(2.5/5) = 0.707107; t(4) = 2.776445 → ± 1.963243
    const result = meanWithInterval({ n: 5, sum: 15, sumOfSquares: 55 });
    expect(result?.n).toBe(5);
    expect(result?.mean).toBe(3);
    expect(result?.lower).toBeCloseTo(1.036757, 5);
    expect(result?.upper).toBeCloseTo(4.963243, 5);
  });

  it('works for changes that straddle zero (−2, 0, 1, 3, 5, −1, 4, 2)', () => {
    // mean 1.5; variance (60 − 12²/8) / 7 = 6; se √(6/8) = 0.866025; t(7) = 2.364624 → ± 2.047825
    const result = meanWithInterval({ n: 8, sum: 12, sumOfSquares: 60 });
    expect(result?.mean).toBe(1.5);
    expect(result?.lower).toBeCloseTo(-0.547825, 5);
    expect(result?.upper).toBeCloseTo(3.547825, 5);
  });

  it('uses t with 1 degree of freedom for two people (changes 0 and 2)', () => {
    // mean 1; variance 2; se 1; t(1) = 12.706205
    const result = meanWithInterval({ n: 2, sum: 2, sumOfSquares: 4 });
    expect(result?.lower).toBeCloseTo(-11.706205, 5);
    expect(result?.upper).toBeCloseTo(13.706205, 5);
  });

  it('gives a zero-width interval when everyone changed by the same amount', () => {
    expect(meanWithInterval({ n: 3, sum: 9, sumOfSquares: 27 })).toEqual({ n: 3, mean: 3, lower: 3, upper: 3 });
  });

  it('is null for fewer than two changes', () => {
    expect(meanWithInterval({ n: 1, sum: 4, sumOfSquares: 16 })).toBeNull();
    expect(meanWithInterval({ n: 0, sum: 0, sumOfSquares: 0 })).toBeNull();
  });

  it('refuses a count that is not a whole number', () => {
    expect(() => meanWithInterval({ n: 2.5, sum: 1, sumOfSquares: 1 })).toThrow(/^n: /);
    expect(() => meanWithInterval({ n: 3, sum: Number.NaN, sumOfSquares: 1 })).toThrow(/^sum: /);
  });
});

describe('percentileOfHistogram (nearest rank)', () => {
  it('gives the middle value of an odd count: days 3, 5, 5, 9, 20 → 5', () => {
    const days = new Map([
      [9, 1],
      [3, 1],
      [5, 2],
      [20, 1],
    ]);
    expect(medianOfHistogram(days)).toBe(5);
    expect(percentileOfHistogram(days, 0.9)).toBe(20);
    expect(percentileOfHistogram(days, 0.8)).toBe(9);
    expect(percentileOfHistogram(days, 0)).toBe(3);
    expect(percentileOfHistogram(days, 1)).toBe(20);
  });

  it('gives the lower middle value of an even count, never an average: 1, 2, 3, 4 → 2', () => {
    const days: [number, number][] = [
      [4, 1],
      [1, 1],
      [3, 1],
      [2, 1],
    ];
    expect(medianOfHistogram(days)).toBe(2);
    expect(percentileOfHistogram(days, 0.75)).toBe(3);
    expect(percentileOfHistogram(days, 0.76)).toBe(4);
    expect(percentileOfHistogram(days, 0.25)).toBe(1);
  });

  it('handles ties spanning the rank: 2 × 10 and 8 × 14 days', () => {
    const days: [number, number][] = [
      [10, 2],
      [14, 8],
    ];
    expect(percentileOfHistogram(days, 0.2)).toBe(10);
    expect(percentileOfHistogram(days, 0.21)).toBe(14);
    expect(medianOfHistogram(days)).toBe(14);
  });

  it('does not let floating point push a whole rank up (0.07 × 100 is 7.000000000000001 in binary)', () => {
    const days: [number, number][] = Array.from({ length: 100 }, (_, i) => [i + 1, 1]);
    expect(percentileOfHistogram(days, 0.07)).toBe(7);
    expect(percentileOfHistogram(days, 0.071)).toBe(8);
    expect(percentileOfHistogram(days, 0.3)).toBe(30);
  });

  it('gives the one value when there is only one', () => {
    expect(medianOfHistogram([[0, 6]])).toBe(0);
    expect(percentileOfHistogram(new Map([[42, 1]]), 0.95)).toBe(42);
  });

  it('is null when empty or when every count is 0', () => {
    expect(medianOfHistogram(new Map())).toBeNull();
    expect(medianOfHistogram([])).toBeNull();
    expect(medianOfHistogram([[5, 0]])).toBeNull();
  });

  it('ignores values with a count of 0', () => {
    expect(
      medianOfHistogram([
        [1, 0],
        [8, 1],
        [9, 0],
      ]),
    ).toBe(8);
  });

  it('refuses a percentile outside 0–1 and counts that are not whole numbers', () => {
    expect(() => percentileOfHistogram([[1, 1]], 1.5)).toThrow(/^p: /);
    expect(() => percentileOfHistogram([[1, 1]], 50)).toThrow(/^p: /);
    expect(() => percentileOfHistogram([[1, -1]], 0.5)).toThrow(/^count: /);
    expect(() => percentileOfHistogram([[1, 1.5]], 0.5)).toThrow(/^count: /);
  });
});

describe('rate', () => {
  it('divides the part by the whole', () => {
    expect(rate(3, 12)).toBe(0.25);
    expect(rate(0, 5)).toBe(0);
  });
  it('is null when the whole is 0', () => {
    expect(rate(0, 0)).toBeNull();
    expect(rate(4, 0)).toBeNull();
  });
});
