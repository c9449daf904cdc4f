import { fail } from '../../../../platform/errors.ts';
import { studentTQuantile } from './student-t.ts';

/** What a summary table keeps for a set of paired changes (after − before): enough for a mean and its spread. */
export interface RunningSums {
  n: number;
  sum: number;
  sumOfSquares: number;
}

/** A mean with its two-sided 95 % confidence interval. */
export interface MeanWithInterval {
  n: number;
  mean: number;
  lower: number;
  upper: number;
}

/** A histogram of whole-number values: value → how many times it occurs. */
export type Histogram = ReadonlyMap<number, number> | readonly (readonly [number, number])[];

/**
 * The mean change with a two-sided 95 % confidence interval from Student's t (df = n − 1), computed from running
 * sums so that reports read one summary row rather than every person's scores. Null when n < 2: one change has
 * no spread. The sample variance is (Σx² − (Σx)²/n) / (n − 1); whole-number scores keep both sums exact.
 */
export function meanWithInterval(s: RunningSums): MeanWithInterval | null {
  if (!Number.isInteger(s.n) || s.n < 0) {
    throw fail.field('n', 'The number of changes must be a whole number of 0 or more.', 'Count the paired changes.');
  }
  if (!Number.isFinite(s.sum) || !Number.isFinite(s.sumOfSquares)) {
    throw fail.field('sum', 'The sums must be finite numbers.', 'Add up the changes and their squares again.');
  }
  if (s.n < 2) return null;
  const mean = s.sum / s.n;
  // Rounding can leave a hair below zero when every change is the same.
  const variance = Math.max(0, (s.sumOfSquares - (s.sum * s.sum) / s.n) / (s.n - 1));
  const halfWidth = studentTQuantile(0.975, s.n - 1) * Math.sqrt(variance / s.n);
  return { n: s.n, mean, lower: mean - halfWidth, upper: mean + halfWidth };
}

/**
 * The p-th percentile of whole-number values (such as days waited) from a histogram, by the nearest-rank method:
 * the smallest value whose cumulative count reaches ⌈p × N⌉ (p = 0 gives the smallest value). Every answer is a
 * value someone actually had, and it is exact whatever the size, as summary tables need. Null when empty.
 */
export function percentileOfHistogram(h: Histogram, p: number): number | null {
  if (!(p >= 0 && p <= 1)) {
    throw fail.field('p', 'The percentile must be between 0 and 1.', 'Give a proportion, such as 0.9 for the 90th.');
  }
  const entries: (readonly [number, number])[] = Array.from(h);
  for (const [value, count] of entries) {
    if (!Number.isFinite(value)) {
      throw fail.field('value', 'Each value in the histogram must be a finite number.', 'Remove the value.');
    }
    if (!Number.isInteger(count) || count < 0) {
      throw fail.field('count', 'Each count in the histogram must be a whole number of 0 or more.', 'Recount it.');
    }
  }
  const present = entries.filter(([, count]) => count > 0).sort(([a], [b]) => a - b);
  const total = present.reduce((sum, [, count]) => sum + count, 0);
  if (total === 0) return null;
  // The small allowance stops p × N landing a hair above a whole number (0.7 × 10 and the like).
  const rank = Math.max(1, Math.ceil(p * total - 1e-9));
  let seen = 0;
  for (const [value, count] of present) {
    seen += count;
    if (seen >= rank) return value;
  }
  return present[present.length - 1]?.[0] ?? null;
}

/**
 * The median by the same nearest-rank method: with an even number of people it is the lower of the two middle
 * values, never a value between them that nobody had.
 */
export function medianOfHistogram(h: Histogram): number | null {
  return percentileOfHistogram(h, 0.5);
}

/** A proportion that says "no figure" rather than dividing by zero when nobody is in the whole. */
export function rate(part: number, whole: number): number | null {
  if (whole === 0) return null;
  return part / whole;
}
