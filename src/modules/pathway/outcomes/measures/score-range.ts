import { fail } from '../../../../platform/errors.ts';
import type { MeasureDefinition, MeasureItem, MeasureScore } from './measure-definition.ts';

/** The lowest and highest value a score (or an item, or a raw total) can take. */
export interface Range {
  min: number;
  max: number;
}

/**
 * The lowest and highest answer an item allows, which is also what reversal turns around
 * (min + max − value). Null when the item is not well formed (the checker says why).
 */
export function itemRange(item: MeasureItem): Range | null {
  if (item.scale && !item.answers) {
    const { min, max } = item.scale;
    return Number.isInteger(min) && Number.isInteger(max) && min < max ? { min, max } : null;
  }
  if (item.answers && !item.scale) {
    const values = item.answers.map((answer) => answer.value);
    if (values.length === 0 || !values.every(Number.isInteger)) return null;
    return { min: Math.min(...values), max: Math.max(...values) };
  }
  return null;
}

/**
 * The lowest and highest raw sum of a score's items (after reversal, which keeps each item's range):
 * the keys a conversion table must cover. Null when an item is unknown or not well formed.
 */
export function rawSumRange(definition: MeasureDefinition, score: MeasureScore): Range | null {
  if (score.items.length === 0) return null;
  let min = 0;
  let max = 0;
  for (const key of score.items) {
    const item = definition.items.find((candidate) => candidate.key === key);
    const range = item ? itemRange(item) : null;
    if (!range) return null;
    min += range.min;
    max += range.max;
  }
  return { min, max };
}

/**
 * Decimal places of the reported score: as the definition says, else 0 for a plain sum (whole numbers
 * need none) and 2 for a mean or a converted score.
 */
export function scoreDecimals(score: MeasureScore): number {
  if (score.decimals !== undefined) return score.decimals;
  return score.method === 'sum' && !score.conversion ? 0 : 2;
}

/**
 * Rounds half away from zero to the given decimals, so a change of −0.5 and +0.5 round alike and
 * 1.005 rounds to 1.01 (plain Math.round on a scaled float gets both wrong).
 */
export function roundScore(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = Math.round((Math.abs(value) + Number.EPSILON * Math.max(1, Math.abs(value))) * factor) / factor;
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}

/** Like scoreRange, but null instead of an error when the score cannot be worked out (for the checker). */
export function tryScoreRange(definition: MeasureDefinition, score: MeasureScore): Range | null {
  const raw = rawSumRange(definition, score);
  if (!raw) return null;
  const decimals = scoreDecimals(score);
  if (score.conversion) {
    const reported: number[] = [];
    for (let total = raw.min; total <= raw.max; total += 1) {
      const value = score.conversion[String(total)];
      if (typeof value === 'number' && Number.isFinite(value)) reported.push(value);
    }
    if (reported.length === 0) return null;
    return { min: roundScore(Math.min(...reported), decimals), max: roundScore(Math.max(...reported), decimals) };
  }
  const divisor = score.method === 'mean' ? score.items.length : 1;
  return { min: roundScore(raw.min / divisor, decimals), max: roundScore(raw.max / divisor, decimals) };
}

/**
 * The lowest and highest reported score (after reversal, method, conversion and rounding): what bands
 * and the minimum important change are judged against, and the axis of a chart.
 */
export function scoreRange(definition: MeasureDefinition, score: MeasureScore): Range {
  const range = tryScoreRange(definition, score);
  if (!range) {
    throw fail.field(
      `scores.${score.key}`,
      `The score “${score.label}” cannot be worked out from the measure “${definition.name}”.`,
      'Check the definition with checkMeasureDefinition and correct what it names.',
    );
  }
  return range;
}
