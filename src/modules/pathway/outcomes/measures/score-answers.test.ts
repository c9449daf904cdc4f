import { describe, expect, it } from 'vitest';
import { findBuiltInMeasure } from './built-in-measures.ts';
import { checkMeasureDefinition } from './check-measure-definition.ts';
import type { MeasureDefinition, MeasureScore } from './measure-definition.ts';
import { buildCalmMeasure, fieldsOf, refusalOf } from './measure-test-helpers.ts';
import { scoreAnswers } from './score-answers.ts';

const ons4 = findBuiltInMeasure('ons4')!;
const ucla3 = findBuiltInMeasure('ucla3')!;
const ONS4_FIX = 'Choose a whole number from 0 to 10, or record that the person declined the measure.';
const UCLA3_FIX =
  'Choose one of 1 (Hardly ever or never), 2 (Some of the time) or 3 (Often), or record that the person declined the measure.';

/** The calm measure's three items averaged instead of converted. */
function buildMeanMeasure(score: Partial<MeasureScore> = {}): MeasureDefinition {
  const definition = buildCalmMeasure();
  definition.scores = [
    {
      key: 'calm-mean',
      label: 'Calm (mean)',
      items: ['settled', 'on-edge', 'rested'],
      method: 'mean',
      better: 'higher',
      minimumImportantChange: 0.5,
      bands: [{ upTo: 2.5, label: 'Low' }, { label: 'Not low' }],
      ...score,
    },
  ];
  checkMeasureDefinition(definition);
  return definition;
}

describe('scoreAnswers', () => {
  describe('a licensed-style measure with a conversion table', () => {
    const calm = buildCalmMeasure();

    it('reverses the reversed item, sums, converts and bands', () => {
      // settled 4, on-edge 2 reversed to 1 + 5 − 2 = 4, rested 3: raw 11, converted 15.8
      expect(scoreAnswers(calm, { settled: 4, 'on-edge': 2, rested: 3 })).toEqual([
        { key: 'calm', label: 'Calm', value: 15.8, band: 'Typical' },
      ]);
    });

    it.each([
      [{ settled: 1, 'on-edge': 5, rested: 1 }, 5, 'Low'],
      [{ settled: 2, 'on-edge': 5, rested: 3 }, 9.9, 'Low'],
      [{ settled: 3, 'on-edge': 5, rested: 3 }, 11, 'Typical'],
      [{ settled: 3, 'on-edge': 4, rested: 3 }, 12.2, 'Typical'],
      [{ settled: 5, 'on-edge': 1, rested: 5 }, 24.5, 'High'],
    ])('scores %j as %s (%s)', (answers, value, band) => {
      expect(scoreAnswers(calm, answers)).toEqual([{ key: 'calm', label: 'Calm', value, band }]);
    });

    it('rounds the converted score to the decimals asked for, half away from zero', () => {
      const answers = { settled: 3, 'on-edge': 4, rested: 4 }; // raw 9 → 13.35
      expect(scoreAnswers(calm, answers)[0]!.value).toBe(13.35);
      const oneDecimal = buildCalmMeasure();
      oneDecimal.scores[0]!.decimals = 1;
      expect(scoreAnswers(oneDecimal, answers)[0]!.value).toBe(13.4);
    });

    it('refuses to guess when an unchecked table misses the raw total', () => {
      const unchecked = buildCalmMeasure();
      delete unchecked.scores[0]!.conversion!['11'];
      expect(refusalOf(() => scoreAnswers(unchecked, { settled: 4, 'on-edge': 2, rested: 3 }))).toEqual([
        {
          field: 'definition.scores[0].conversion',
          message: 'The score “Calm” of “Fictional calm scale” cannot be worked out from these answers.',
          fix: 'Check the definition with checkMeasureDefinition and correct what it names.',
        },
      ]);
    });
  });

  describe('a mean', () => {
    it('averages after reversal and rounds to 2 decimals by default', () => {
      // 4 + (6 − 2) + 3 = 11, / 3 = 3.666…
      expect(scoreAnswers(buildMeanMeasure(), { settled: 4, 'on-edge': 2, rested: 3 })).toEqual([
        { key: 'calm-mean', label: 'Calm (mean)', value: 3.67, band: 'Not low' },
      ]);
    });

    it('rounds to the decimals given and bands the rounded value', () => {
      const definition = buildMeanMeasure({ decimals: 1 });
      expect(scoreAnswers(definition, { settled: 1, 'on-edge': 3, rested: 3 })).toEqual([
        { key: 'calm-mean', label: 'Calm (mean)', value: 2.3, band: 'Low' },
      ]);
      expect(scoreAnswers(definition, { settled: 5, 'on-edge': 1, rested: 5 })[0]!.value).toBe(5);
    });

    it('gives null as the band when the score has none', () => {
      const definition = buildMeanMeasure();
      delete definition.scores[0]!.bands;
      expect(scoreAnswers(definition, { settled: 2, 'on-edge': 4, rested: 2 })).toEqual([
        { key: 'calm-mean', label: 'Calm (mean)', value: 2, band: null },
      ]);
    });
  });

  it('reverses an item with named answers around its lowest and highest values', () => {
    const definition: MeasureDefinition = {
      key: 'reversed',
      version: 1,
      name: 'Reversed answers',
      licence: 'Test data only.',
      items: [
        {
          key: 'coping',
          text: 'How well are you coping?',
          reverse: true,
          answers: [
            { value: 0, label: 'Well' },
            { value: 1, label: 'Fairly well' },
            { value: 3, label: 'Not at all' },
          ],
        },
      ],
      scores: [
        {
          key: 'struggle',
          label: 'Struggle',
          items: ['coping'],
          method: 'sum',
          better: 'lower',
          minimumImportantChange: 1,
        },
      ],
    };
    checkMeasureDefinition(definition);
    expect([0, 1, 3].map((value) => scoreAnswers(definition, { coping: value })[0]!.value)).toEqual([3, 2, 0]);
  });

  it('gives one result per score, in the definition’s order', () => {
    const definition = buildCalmMeasure();
    definition.scores.unshift({
      key: 'settled-only',
      label: 'Settled',
      items: ['settled'],
      method: 'sum',
      better: 'higher',
      minimumImportantChange: 1,
    });
    checkMeasureDefinition(definition);
    expect(scoreAnswers(definition, { settled: 2, 'on-edge': 3, rested: 4 })).toEqual([
      { key: 'settled-only', label: 'Settled', value: 2, band: null },
      { key: 'calm', label: 'Calm', value: 13.35, band: 'Typical' },
    ]);
  });

  describe('refusals', () => {
    it('names every bad answer on a scale at once, then the unknown items', () => {
      const answers = { worthwhile: 4.5, happiness: 11, anxiety: -1, mood: 3 };
      expect(refusalOf(() => scoreAnswers(ons4, answers))).toEqual([
        {
          field: 'answers.life-satisfaction',
          message: 'No answer to “Overall, how satisfied are you with your life nowadays?”.',
          fix: ONS4_FIX,
        },
        {
          field: 'answers.worthwhile',
          message:
            'The answer to “Overall, to what extent do you feel that the things you do in your life are worthwhile?” must be a whole number; 4.5 is not.',
          fix: ONS4_FIX,
        },
        {
          field: 'answers.happiness',
          message: '11 is outside the scale of “Overall, how happy did you feel yesterday?”, 0 to 10.',
          fix: ONS4_FIX,
        },
        {
          field: 'answers.anxiety',
          message: '-1 is outside the scale of “Overall, how anxious did you feel yesterday?”, 0 to 10.',
          fix: ONS4_FIX,
        },
        {
          field: 'answers.mood',
          message: 'The measure “ONS personal wellbeing (ONS4)” has no item “mood”.',
          fix: 'Remove this answer, or use one of the item keys: “life-satisfaction”, “worthwhile”, “happiness” and “anxiety”.',
        },
      ]);
    });

    it('names every bad answer from a list at once, listing the allowed answers', () => {
      const answers = { companionship: 4, 'left-out': '2', isolated: null } as unknown as Record<string, number>;
      expect(refusalOf(() => scoreAnswers(ucla3, answers))).toEqual([
        {
          field: 'answers.companionship',
          message: '4 is not one of the answers to “How often do you feel that you lack companionship?”.',
          fix: UCLA3_FIX,
        },
        {
          field: 'answers.left-out',
          message: 'The answer to “How often do you feel left out?” must be a whole number; “2” is not.',
          fix: UCLA3_FIX,
        },
        {
          field: 'answers.isolated',
          message: 'No answer to “How often do you feel isolated from others?”.',
          fix: UCLA3_FIX,
        },
      ]);
    });

    it('accepts the ends of a scale and refuses just beyond them', () => {
      expect(scoreAnswers(ons4, { 'life-satisfaction': 0, worthwhile: 10, happiness: 0, anxiety: 10 })).toHaveLength(4);
      expect(
        fieldsOf(() => scoreAnswers(ons4, { 'life-satisfaction': -1, worthwhile: 11, happiness: 0, anxiety: 10 })),
      ).toEqual(['answers.life-satisfaction', 'answers.worthwhile']);
    });

    it('names fields under the prefix it is given', () => {
      expect(fieldsOf(() => scoreAnswers(findBuiltInMeasure('ons-loneliness')!, {}, 'body.answers'))).toEqual([
        'body.answers.lonely',
      ]);
    });
  });
});
