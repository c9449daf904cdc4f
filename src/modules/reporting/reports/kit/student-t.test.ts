import { describe, expect, it } from 'vitest';
import { studentTQuantile } from './student-t.ts';

describe("Student's t quantile", () => {
  it('matches the published two-sided 95 % table values', () => {
    const table: [number, number][] = [
      [1, 12.706],
      [2, 4.303],
      [5, 2.571],
      [10, 2.228],
      [30, 2.042],
      [120, 1.98],
    ];
    for (const [df, t] of table) expect(studentTQuantile(0.975, df)).toBeCloseTo(t, 3);
  });

  it('matches the closed forms for 1 and 2 degrees of freedom to nine places', () => {
    // df 1 is the Cauchy distribution: tan(π(p − ½)); df 2: (2p − 1) / √(2p(1 − p)).
    expect(studentTQuantile(0.975, 1)).toBeCloseTo(Math.tan(0.475 * Math.PI), 9);
    expect(studentTQuantile(0.9, 1)).toBeCloseTo(Math.tan(0.4 * Math.PI), 9);
    expect(studentTQuantile(0.975, 2)).toBeCloseTo(0.95 / Math.sqrt(2 * 0.975 * 0.025), 9);
  });

  it('matches other published values: 99 % two-sided and df 7', () => {
    expect(studentTQuantile(0.995, 4)).toBeCloseTo(4.604, 3);
    expect(studentTQuantile(0.995, 10)).toBeCloseTo(3.169, 3);
    expect(studentTQuantile(0.975, 7)).toBeCloseTo(2.365, 3);
  });

  it('tends to the normal 1.959964 for very large samples', () => {
    expect(studentTQuantile(0.975, 10_000_000)).toBeCloseTo(1.959964, 6);
  });

  it('is symmetric about 0', () => {
    expect(studentTQuantile(0.5, 9)).toBe(0);
    expect(studentTQuantile(0.025, 5)).toBeCloseTo(-2.571, 3);
    expect(studentTQuantile(0.025, 5)).toBe(-studentTQuantile(0.975, 5));
  });

  it('refuses a probability outside (0, 1) and fewer than 1 degree of freedom, naming the field', () => {
    expect(() => studentTQuantile(1, 5)).toThrow(/^p: /);
    expect(() => studentTQuantile(0, 5)).toThrow(/^p: /);
    expect(() => studentTQuantile(Number.NaN, 5)).toThrow(/^p: /);
    expect(() => studentTQuantile(0.975, 0)).toThrow(/^df: /);
    expect(() => studentTQuantile(0.975, Number.POSITIVE_INFINITY)).toThrow(/^df: /);
  });
});
