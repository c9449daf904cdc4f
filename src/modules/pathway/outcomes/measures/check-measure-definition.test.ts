import { describe, expect, it } from 'vitest';
import { checkMeasureDefinition, scoreRange } from './check-measure-definition.ts';
import { findBuiltInMeasure } from './built-in-measures.ts';
import type { MeasureDefinition, MeasureScore } from './measure-definition.ts';
import { buildCalmMeasure, fieldsOf, refusalOf } from './measure-test-helpers.ts';

/** A calm measure changed in place by `change`, then checked: the field paths it was refused with. */
function refusedFields(change: (definition: MeasureDefinition, score: MeasureScore) => void): string[] {
  const definition = buildCalmMeasure();
  change(definition, definition.scores[0]!);
  return fieldsOf(() => checkMeasureDefinition(definition));
}

describe('checkMeasureDefinition', () => {
  it('accepts a well-formed licensed-style measure with a conversion table', () => {
    expect(() => checkMeasureDefinition(buildCalmMeasure())).not.toThrow();
  });

  describe('the measure itself', () => {
    it.each([
      ['a key with spaces', { key: 'Calm 3' }, 'The measure key “Calm 3” is not allowed.'],
      ['an empty key', { key: '' }, 'The measure has no key.'],
      ['a one-letter key', { key: 'c' }, 'The measure key “c” is not allowed.'],
      ['a key of 41 characters', { key: `c${'a'.repeat(40)}` }, `The measure key “c${'a'.repeat(40)}” is not allowed.`],
    ])('refuses %s', (_, overrides, message) => {
      expect(refusalOf(() => checkMeasureDefinition(buildCalmMeasure(overrides)))).toEqual([
        {
          field: 'definition.key',
          message,
          fix: 'Use 2 to 40 lower case letters, digits and hyphens, starting with a letter, e.g. “ons4”.',
        },
      ]);
    });

    it('accepts a key of 40 characters with hyphens and digits', () => {
      expect(() => checkMeasureDefinition(buildCalmMeasure({ key: `c-2${'a'.repeat(37)}` }))).not.toThrow();
    });

    it.each([0, -1, 1.5])('refuses version %s', (version) => {
      expect(refusalOf(() => checkMeasureDefinition(buildCalmMeasure({ version })))).toEqual([
        {
          field: 'definition.version',
          message: `The version must be a whole number from 1; ${version} is not.`,
          fix: 'Give 1 for a new measure, and add 1 whenever its wording or scoring changes.',
        },
      ]);
    });

    it('refuses an empty name, short name and licence note, naming each', () => {
      const definition = buildCalmMeasure({ name: '  ', shortName: '', licence: '' });
      const errors = refusalOf(() => checkMeasureDefinition(definition));
      expect(errors.map((error) => [error.field, error.message])).toEqual([
        ['definition.name', 'The measure has no name.'],
        ['definition.shortName', 'The short name is empty.'],
        ['definition.licence', 'The measure has no licence note.'],
      ]);
    });

    it('refuses a measure with no items (and the score naming items it no longer has)', () => {
      expect(fieldsOf(() => checkMeasureDefinition(buildCalmMeasure({ items: [] })))).toEqual([
        'definition.items',
        'definition.scores[0].items[0]',
        'definition.scores[0].items[1]',
        'definition.scores[0].items[2]',
      ]);
    });

    it('refuses a measure with no scores', () => {
      expect(refusalOf(() => checkMeasureDefinition(buildCalmMeasure({ scores: [] })))).toEqual([
        {
          field: 'definition.scores',
          message: 'The measure has no scores.',
          fix: 'Add at least one score, naming the items it adds up or averages.',
        },
      ]);
    });

    it('names fields under the prefix it is given', () => {
      expect(fieldsOf(() => checkMeasureDefinition(buildCalmMeasure({ key: '' }), 'body'))).toEqual(['body.key']);
    });
  });

  describe('items', () => {
    it('refuses a duplicate item key, pointing at the second', () => {
      const errors = refusalOf(() =>
        checkMeasureDefinition(
          (() => {
            const definition = buildCalmMeasure();
            definition.items.push({ key: 'rested', text: 'Another question', scale: { min: 1, max: 5 } });
            return definition;
          })(),
        ),
      );
      expect(errors).toEqual([
        {
          field: 'definition.items[3].key',
          message: 'The item key “rested” is also used by item 3.',
          fix: 'Give each item its own key.',
        },
      ]);
    });

    it('refuses an item key that cannot be a field name', () => {
      expect(
        refusedFields((definition) => definition.items.push({ key: '9 lives', text: 'Q', scale: { min: 0, max: 1 } })),
      ).toEqual(['definition.items[3].key']);
    });

    it('refuses an item with no text', () => {
      expect(
        refusedFields((definition) => {
          definition.items[1]!.text = '';
        }),
      ).toEqual(['definition.items[1].text']);
    });

    it('refuses an item with both a scale and answers', () => {
      const errors = refusalOf(() =>
        checkMeasureDefinition(
          (() => {
            const definition = buildCalmMeasure();
            definition.items[0]!.answers = [
              { value: 1, label: 'No' },
              { value: 2, label: 'Yes' },
            ];
            return definition;
          })(),
        ),
      );
      expect(errors).toEqual([
        {
          field: 'definition.items[0]',
          message: 'The item has both a scale and a list of answers.',
          fix: 'Keep the scale for a numbered scale, or the answers for named answers, not both.',
        },
      ]);
    });

    it('refuses an item with neither a scale nor answers', () => {
      const errors = refusalOf(() =>
        checkMeasureDefinition(
          (() => {
            const definition = buildCalmMeasure();
            delete definition.items[0]!.scale;
            return definition;
          })(),
        ),
      );
      expect(errors.map((error) => [error.field, error.message])).toEqual([
        ['definition.items[0]', 'The item has neither a scale nor a list of answers.'],
      ]);
    });

    it('refuses scale ends that are not whole numbers', () => {
      expect(
        refusedFields((definition) => {
          definition.items[0]!.scale = { min: 0.5, max: 5.5 };
        }),
      ).toEqual(['definition.items[0].scale.min', 'definition.items[0].scale.max']);
    });

    it.each([
      [5, 1, 'The scale runs from 5 to 1: its lowest answer must be below its highest.'],
      [3, 3, 'The scale runs from 3 to 3: its lowest answer must be below its highest.'],
    ])('refuses a scale from %s to %s', (min, max, message) => {
      const definition = buildCalmMeasure();
      definition.items[0]!.scale = { min, max };
      expect(refusalOf(() => checkMeasureDefinition(definition))).toEqual([
        {
          field: 'definition.items[0].scale',
          message,
          fix: 'Give the lowest answer as min and the highest as max, e.g. min 0 and max 10.',
        },
      ]);
    });

    it('refuses empty scale labels', () => {
      expect(
        refusedFields((definition) => {
          definition.items[0]!.scale = { min: 1, max: 5, minLabel: ' ', maxLabel: '' };
        }),
      ).toEqual(['definition.items[0].scale.minLabel', 'definition.items[0].scale.maxLabel']);
    });

    it('refuses fewer than 2 answers', () => {
      const definition = buildCalmMeasure();
      definition.items.push({ key: 'extra', text: 'Anything else?', answers: [{ value: 1, label: 'Yes' }] });
      expect(refusalOf(() => checkMeasureDefinition(definition))).toEqual([
        {
          field: 'definition.items[3].answers',
          message: 'The item has only 1 answer; a question needs at least 2.',
          fix: 'List every answer the person can give, with the value each scores.',
        },
      ]);
      definition.items[3]!.answers = [];
      expect(refusalOf(() => checkMeasureDefinition(definition))[0]?.message).toBe(
        'The item has no answers; a question needs at least 2.',
      );
    });

    it('refuses duplicate, fractional and unlabelled answers all at once', () => {
      const definition = buildCalmMeasure();
      definition.items.push({
        key: 'extra',
        text: 'Anything else?',
        answers: [
          { value: 1, label: 'Yes' },
          { value: 1, label: 'No' },
          { value: 2.5, label: 'Maybe' },
          { value: 3, label: '' },
        ],
      });
      expect(refusalOf(() => checkMeasureDefinition(definition))).toEqual([
        {
          field: 'definition.items[3].answers[1].value',
          message: 'The value 1 is also given to answer 1 (“Yes”).',
          fix: 'Give each answer its own value.',
        },
        {
          field: 'definition.items[3].answers[2].value',
          message: 'The value of an answer must be a whole number; 2.5 is not.',
          fix: 'Give the whole number this answer scores, e.g. 1.',
        },
        {
          field: 'definition.items[3].answers[3].label',
          message: 'The answer has no label.',
          fix: 'Give the answer word for word, e.g. “Often”.',
        },
      ]);
    });
  });

  describe('scores', () => {
    it('refuses a duplicate score key', () => {
      const errors = refusalOf(() =>
        checkMeasureDefinition(
          (() => {
            const definition = buildCalmMeasure();
            definition.scores.push({ ...definition.scores[0]!, label: 'Calm again' });
            return definition;
          })(),
        ),
      );
      expect(errors.map((error) => [error.field, error.message])).toEqual([
        ['definition.scores[1].key', 'The score key “calm” is also used by score 1.'],
      ]);
    });

    it('refuses an empty score key and label', () => {
      expect(
        refusedFields((_, score) => {
          score.key = '';
          score.label = '';
        }),
      ).toEqual(['definition.scores[0].key', 'definition.scores[0].label']);
    });

    it('refuses an unknown method and direction', () => {
      expect(
        refusedFields((_, score) => {
          score.method = 'median' as MeasureScore['method'];
          score.better = 'up' as MeasureScore['better'];
        }),
      ).toEqual(['definition.scores[0].method', 'definition.scores[0].better']);
    });

    it('refuses a score with no items', () => {
      expect(
        refusalOf(() =>
          checkMeasureDefinition(
            (() => {
              const definition = buildCalmMeasure();
              definition.scores[0]!.items = [];
              return definition;
            })(),
          ),
        ),
      ).toEqual([
        {
          field: 'definition.scores[0].items',
          message: 'The score uses no items.',
          fix: 'List the keys of the items it adds up or averages.',
        },
      ]);
    });

    it('refuses a score naming an unknown item, listing the known ones', () => {
      const definition = buildCalmMeasure();
      definition.scores[0]!.items = ['settled', 'nope', 'rested'];
      expect(refusalOf(() => checkMeasureDefinition(definition))).toEqual([
        {
          field: 'definition.scores[0].items[1]',
          message: 'The score names an item the measure does not have: “nope”.',
          fix: 'Use one of the item keys: “settled”, “on-edge” and “rested”.',
        },
      ]);
    });

    it('refuses an item listed twice in a score', () => {
      expect(
        refusedFields((_, score) => {
          score.items = ['settled', 'settled', 'rested'];
        }),
      ).toEqual(['definition.scores[0].items[1]']);
    });

    it.each([4, -1, 1.5])('refuses %s decimal places', (decimals) => {
      const definition = buildCalmMeasure();
      definition.scores[0]!.decimals = decimals;
      expect(refusalOf(() => checkMeasureDefinition(definition))).toEqual([
        {
          field: 'definition.scores[0].decimals',
          message: `The score cannot be reported to ${decimals} decimal places.`,
          fix: 'Give a whole number from 0 to 3, or leave it out (0 for a plain sum, 2 otherwise).',
        },
      ]);
    });

    it.each([0, 3])('accepts %s decimal places', (decimals) => {
      const definition = buildCalmMeasure();
      definition.scores[0]!.decimals = decimals;
      expect(() => checkMeasureDefinition(definition)).not.toThrow();
    });
  });

  describe('conversion tables', () => {
    it('refuses a conversion table on a mean', () => {
      const definition = buildCalmMeasure();
      definition.scores[0]!.method = 'mean';
      expect(refusalOf(() => checkMeasureDefinition(definition))).toEqual([
        {
          field: 'definition.scores[0].conversion',
          message: 'A conversion table turns the raw sum into the reported score, but this score takes the mean.',
          fix: 'Set the method to “sum”, or remove the conversion table.',
        },
      ]);
    });

    it('refuses a table that misses possible raw totals, naming them', () => {
      const definition = buildCalmMeasure();
      delete definition.scores[0]!.conversion!['7'];
      delete definition.scores[0]!.conversion!['15'];
      expect(refusalOf(() => checkMeasureDefinition(definition))).toEqual([
        {
          field: 'definition.scores[0].conversion',
          message: 'The conversion table has no reported score for raw totals 7 and 15.',
          fix: 'Give a reported score for every raw total from 3 to 15.',
        },
      ]);
    });

    it('refuses keys the items cannot add up to, including non-canonical ones', () => {
      const definition = buildCalmMeasure();
      Object.assign(definition.scores[0]!.conversion!, { '16': 26, '2': 3, '07': 11 });
      expect(refusalOf(() => checkMeasureDefinition(definition))).toEqual([
        {
          field: 'definition.scores[0].conversion',
          message: 'The conversion table has raw totals the items cannot add up to: “2”, “16” and “07”.',
          fix: 'Remove them: the score’s items add up to whole numbers from 3 to 15.',
        },
      ]);
    });

    it('refuses a reported score that is not a number', () => {
      const definition = buildCalmMeasure();
      definition.scores[0]!.conversion!['9'] = 'high' as unknown as number;
      expect(refusalOf(() => checkMeasureDefinition(definition))).toEqual([
        {
          field: 'definition.scores[0].conversion["9"]',
          message: 'The reported score for raw total “9” must be a number; “high” is not.',
          fix: 'Give the number the published table reports for this raw total.',
        },
      ]);
    });

    it('judges the table against the raw totals after a change of scale', () => {
      const definition = buildCalmMeasure();
      definition.items[0]!.scale = { min: 0, max: 4 };
      expect(refusalOf(() => checkMeasureDefinition(definition)).map((error) => error.message)).toEqual([
        'The conversion table has raw totals the items cannot add up to: “15”.',
        'The conversion table has no reported score for raw total 2.',
      ]);
    });
  });

  describe('minimum important change', () => {
    it.each([0, -1])('refuses %s', (change) => {
      const definition = buildCalmMeasure();
      definition.scores[0]!.minimumImportantChange = change;
      expect(refusalOf(() => checkMeasureDefinition(definition))).toEqual([
        {
          field: 'definition.scores[0].minimumImportantChange',
          message: `The minimum important change must be above 0; ${change} is not.`,
          fix: 'Give the smallest change in this score that matters to a person, as published for the measure (1 for each ONS4 score).',
        },
      ]);
    });

    it('refuses one as wide as the converted range (5 to 24.5), accepts one just below', () => {
      const definition = buildCalmMeasure();
      definition.scores[0]!.minimumImportantChange = 19.5;
      expect(refusalOf(() => checkMeasureDefinition(definition)).map((error) => [error.field, error.message])).toEqual([
        [
          'definition.scores[0].minimumImportantChange',
          'The minimum important change, 19.5, is not smaller than the score’s whole range (5 to 24.5), so no change could reach it.',
        ],
      ]);
      definition.scores[0]!.minimumImportantChange = 19.4;
      expect(() => checkMeasureDefinition(definition)).not.toThrow();
    });
  });

  describe('bands', () => {
    const withBands = (bands: MeasureScore['bands']) => {
      const definition = buildCalmMeasure();
      definition.scores[0]!.bands = bands;
      return refusalOf(() => checkMeasureDefinition(definition));
    };

    it('refuses bands that do not ascend', () => {
      expect(withBands([{ upTo: 10, label: 'Low' }, { upTo: 10, label: 'Typical' }, { label: 'High' }])).toEqual([
        {
          field: 'definition.scores[0].bands[1].upTo',
          message: 'Band “Typical” ends at 10, not above the band before it (“Low”, up to 10).',
          fix: 'List the bands from lowest to highest, each ending above the one before.',
        },
      ]);
    });

    it('refuses a band ending below the lowest possible score', () => {
      expect(withBands([{ upTo: 4.9, label: 'Low' }, { label: 'High' }])).toEqual([
        {
          field: 'definition.scores[0].bands[0].upTo',
          message: 'Band “Low” ends at 4.9, below the lowest possible score, 5.',
          fix: 'Give an upper limit from 5 up to (not including) 24.5; the last band takes the scores above it.',
        },
      ]);
    });

    it('refuses a band ending at the highest possible score, which leaves the last band empty', () => {
      expect(withBands([{ upTo: 10, label: 'Low' }, { upTo: 24.5, label: 'Typical' }, { label: 'High' }])).toEqual([
        {
          field: 'definition.scores[0].bands[1].upTo',
          message:
            'Band “Typical” ends at 24.5, but the highest possible score is 24.5, so the bands after it could never be reached.',
          fix: 'Give an upper limit from 5 up to (not including) 24.5; the last band takes the scores above it.',
        },
      ]);
    });

    it('refuses a band before the last without an upper limit, and a last band with one', () => {
      expect(
        withBands([{ label: 'Low' }, { upTo: 18, label: 'Typical' }, { upTo: 20, label: 'High' }]).map((error) => [
          error.field,
          error.message,
        ]),
      ).toEqual([
        ['definition.scores[0].bands[0].upTo', 'Band “Low” has no upper limit; only the last band may leave it out.'],
        [
          'definition.scores[0].bands[2].upTo',
          'Band “High” is the last band but has an upper limit; the last band takes every score above the band before it.',
        ],
      ]);
    });

    it('refuses an empty list, an empty label and a repeated label', () => {
      expect(withBands([]).map((error) => error.field)).toEqual(['definition.scores[0].bands']);
      expect(
        withBands([{ upTo: 10, label: '' }, { upTo: 18, label: 'Typical' }, { label: 'Typical' }]).map((error) => [
          error.field,
          error.message,
        ]),
      ).toEqual([
        ['definition.scores[0].bands[0].label', 'The band has no label.'],
        ['definition.scores[0].bands[2].label', 'Band “Typical” is also the label of band 2.'],
      ]);
    });
  });

  it('lists every problem at once, in the order of the definition', () => {
    const definition = buildCalmMeasure({ key: 'X', licence: '' });
    definition.items[1]!.scale = { min: 5, max: 1 };
    definition.scores[0]!.minimumImportantChange = 0;
    definition.scores[0]!.bands = [{ label: 'Low' }, { label: 'High' }];
    expect(fieldsOf(() => checkMeasureDefinition(definition))).toEqual([
      'definition.key',
      'definition.licence',
      'definition.items[1].scale',
      'definition.scores[0].minimumImportantChange',
      'definition.scores[0].bands[0].upTo',
    ]);
  });
});

describe('scoreRange', () => {
  it('gives a built-in single-item sum its scale', () => {
    const ons4 = findBuiltInMeasure('ons4')!;
    expect(scoreRange(ons4, ons4.scores[3]!)).toEqual({ min: 0, max: 10 });
  });

  it('adds up answer values for a sum', () => {
    const ucla3 = findBuiltInMeasure('ucla3')!;
    expect(scoreRange(ucla3, ucla3.scores[0]!)).toEqual({ min: 3, max: 9 });
  });

  it('takes the lowest and highest converted score, not the ends of the table', () => {
    const definition = buildCalmMeasure();
    definition.scores[0]!.conversion = { ...definition.scores[0]!.conversion, '3': 6, '4': 5.5, '15': 20, '14': 21 };
    expect(scoreRange(definition, definition.scores[0]!)).toEqual({ min: 5.5, max: 21 });
  });

  it('averages for a mean, rounded like the score', () => {
    const definition = buildCalmMeasure();
    definition.items[0]!.scale = { min: 0, max: 5 };
    const mean: MeasureScore = { ...definition.scores[0]!, method: 'mean' };
    delete mean.conversion;
    expect(scoreRange(definition, mean)).toEqual({ min: 0.67, max: 5 });
    expect(scoreRange(definition, { ...mean, decimals: 1 })).toEqual({ min: 0.7, max: 5 });
  });

  it('refuses a score it cannot work out', () => {
    const definition = buildCalmMeasure();
    expect(fieldsOf(() => scoreRange(definition, { ...definition.scores[0]!, items: ['settled', 'missing'] }))).toEqual(
      ['scores.calm'],
    );
  });
});
