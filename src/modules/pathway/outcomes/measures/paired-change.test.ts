import { describe, expect, it } from 'vitest';
import { findBuiltInMeasure } from './built-in-measures.ts';
import { buildCalmMeasure } from './measure-test-helpers.ts';
import { describeChange, pairedChange } from './paired-change.ts';

const ons4 = findBuiltInMeasure('ons4')!;
const lifeSatisfaction = ons4.scores[0]!;
const anxiety = ons4.scores[3]!;
const calm = buildCalmMeasure().scores[0]!; // converted, 2 decimals, minimum important change 1.5

describe('pairedChange', () => {
  it.each([
    [4, 7, 3, 'improved'],
    [4, 5, 1, 'improved'],
    [5, 5, 0, 'no-change'],
    [5, 4, -1, 'worse'],
    [9, 2, -7, 'worse'],
  ] as const)('life satisfaction (higher is better) from %s to %s: %s, %s', (baseline, latest, change, outcome) => {
    expect(pairedChange(lifeSatisfaction, baseline, latest)).toEqual({ change, outcome });
  });

  it.each([
    [7, 3, -4, 'improved'],
    [4, 3, -1, 'improved'],
    [3, 4, 1, 'worse'],
    [2, 8, 6, 'worse'],
    [6, 6, 0, 'no-change'],
  ] as const)('anxiety (lower is better) from %s to %s: %s, %s', (baseline, latest, change, outcome) => {
    expect(pairedChange(anxiety, baseline, latest)).toEqual({ change, outcome });
  });

  it.each([
    [11, 12.2, 1.2, 'no-change'],
    [11, 12.49, 1.49, 'no-change'],
    [11, 12.5, 1.5, 'improved'],
    [15.8, 14.3, -1.5, 'worse'],
    [15.8, 14.31, -1.49, 'no-change'],
  ] as const)(
    'a converted score with a minimum important change of 1.5, %s to %s: %s, %s',
    (baseline, latest, change, outcome) => {
      expect(pairedChange(calm, baseline, latest)).toEqual({ change, outcome });
    },
  );

  it('rounds the change like the score', () => {
    expect(pairedChange({ ...calm, decimals: 1 }, 11, 12.46).change).toBe(1.5);
    expect(pairedChange(lifeSatisfaction, 4, 6.6)).toEqual({ change: 3, outcome: 'improved' });
  });
});

describe('describeChange', () => {
  it('writes the line for the discharge letter', () => {
    expect(describeChange(lifeSatisfaction, 4, 7)).toBe(
      'Life satisfaction: 4 at baseline, 7 at discharge (+3, improved)',
    );
  });

  it('calls a fall in anxiety an improvement', () => {
    expect(describeChange(anxiety, 7, 3)).toBe('Anxiety: 7 at baseline, 3 at discharge (-4, improved)');
    expect(describeChange(anxiety, 3, 5)).toBe('Anxiety: 3 at baseline, 5 at discharge (+2, worse)');
  });

  it('tells no change from a change too small to matter', () => {
    expect(describeChange(lifeSatisfaction, 6, 6)).toBe(
      'Life satisfaction: 6 at baseline, 6 at discharge (0, no change)',
    );
    expect(describeChange(calm, 11, 12.2, 'review')).toBe(
      'Calm: 11 at baseline, 12.2 at review (+1.2, no important change)',
    );
  });
});
