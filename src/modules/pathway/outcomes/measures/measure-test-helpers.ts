import { AppError, type FieldError } from '../../../../platform/errors.ts';
import type { MeasureDefinition } from './measure-definition.ts';

/*
 * For the tests beside these files only. The "Fictional calm scale" is invented: its items, wording and
 * conversion table belong to no real measure (a licensed measure's table must never be copied here).
 */

/** Invented raw sum (3–15) → reported score, in the style of a licensed measure's metric table. */
export const CALM_CONVERSION: Record<string, number> = {
  '3': 5,
  '4': 7.1,
  '5': 8.6,
  '6': 9.9,
  '7': 11,
  '8': 12.2,
  '9': 13.35,
  '10': 14.5,
  '11': 15.8,
  '12': 17.2,
  '13': 18.9,
  '14': 21,
  '15': 24.5,
};

/** A fresh fictional licensed-style measure: 3 items from 1 to 5 (the second reversed), one converted score. */
export function buildCalmMeasure(overrides: Partial<MeasureDefinition> = {}): MeasureDefinition {
  const scale = { min: 1, max: 5, minLabel: 'None of the time', maxLabel: 'All of the time' };
  return {
    key: 'calm3',
    version: 1,
    name: 'Fictional calm scale',
    shortName: 'FCS',
    licence: 'Fictional Measures Ltd; used under the scheme’s licence (test data only).',
    items: [
      { key: 'settled', text: 'I have felt settled in myself', scale },
      { key: 'on-edge', text: 'I have felt on edge', scale, reverse: true },
      { key: 'rested', text: 'I have felt rested', scale },
    ],
    scores: [
      {
        key: 'calm',
        label: 'Calm',
        items: ['settled', 'on-edge', 'rested'],
        method: 'sum',
        conversion: { ...CALM_CONVERSION },
        better: 'higher',
        minimumImportantChange: 1.5,
        bands: [{ upTo: 10, label: 'Low' }, { upTo: 18, label: 'Typical' }, { label: 'High' }],
      },
    ],
    ...overrides,
  };
}

/** The field errors a call was refused with; fails the test when it was not refused with validation-failed. */
export function refusalOf(run: () => unknown): FieldError[] {
  try {
    run();
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.code !== 'validation-failed') throw new Error(`Refused with ${error.code}, not validation-failed`);
    return error.errors ?? [];
  }
  throw new Error('Expected a refusal, but the call succeeded');
}

/** Just the field paths, for asserting exactly which parts were named. */
export function fieldsOf(run: () => unknown): string[] {
  return refusalOf(run).map((error) => error.field);
}
