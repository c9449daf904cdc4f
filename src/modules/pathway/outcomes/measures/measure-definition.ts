import { Type, type Static } from 'typebox';

/*
 * A validated outcome measure as data: a scheme can add a measure it holds a licence for without code.
 * The schemas check only the shape (what a route body must look like); every rule about meaning
 * (keys, ranges, conversion tables, bands) lives in check-measure-definition.ts, which names the part,
 * says what is wrong and how to fix it. So numbers are `Number` and strings may be empty here on purpose.
 */

const WholeNumber = (description: string) => Type.Number({ description });

export const MeasureScaleSchema = Type.Object(
  {
    min: WholeNumber('The lowest answer, a whole number (0 on a 0–10 scale).'),
    max: WholeNumber('The highest answer, a whole number above min.'),
    minLabel: Type.Optional(Type.String({ maxLength: 100, description: 'What the lowest answer means.' })),
    maxLabel: Type.Optional(Type.String({ maxLength: 100, description: 'What the highest answer means.' })),
  },
  { additionalProperties: false },
);

export const MeasureAnswerSchema = Type.Object(
  {
    value: WholeNumber('The value scored for this answer, a whole number.'),
    label: Type.String({ maxLength: 200, description: 'The answer as read to the person.' }),
  },
  { additionalProperties: false },
);

export const MeasureItemSchema = Type.Object(
  {
    key: Type.String({ maxLength: 40, description: 'Unique within the measure; letters, digits, - and _.' }),
    text: Type.String({ maxLength: 1000, description: 'The question, word for word.' }),
    scale: Type.Optional(MeasureScaleSchema),
    answers: Type.Optional(
      Type.Array(MeasureAnswerSchema, { maxItems: 20, description: 'Fixed answers; give either these or a scale.' }),
    ),
    reverse: Type.Optional(
      Type.Boolean({ description: 'Scored as (min + max − value) before the score adds or averages.' }),
    ),
  },
  { additionalProperties: false },
);

export const MeasureBandSchema = Type.Object(
  {
    upTo: Type.Optional(Type.Number({ description: 'The highest score in the band (inclusive); not on the last.' })),
    label: Type.String({ maxLength: 100 }),
  },
  { additionalProperties: false },
);

export const MeasureScoreSchema = Type.Object(
  {
    key: Type.String({ maxLength: 40, description: 'Unique within the measure; letters, digits, - and _.' }),
    label: Type.String({ maxLength: 100, description: 'The score’s name in texts people read.' }),
    items: Type.Array(Type.String({ maxLength: 40 }), { maxItems: 100, description: 'The keys of its items.' }),
    method: Type.Enum(['sum', 'mean']),
    conversion: Type.Optional(
      Type.Record(Type.String(), Type.Number(), {
        maxProperties: 1000,
        description: 'Raw sum (as a string key) → reported score, for every possible raw sum; method must be sum.',
      }),
    ),
    better: Type.Enum(['higher', 'lower']),
    minimumImportantChange: Type.Number({ description: 'The smallest change that matters to the person; above 0.' }),
    bands: Type.Optional(
      Type.Array(MeasureBandSchema, {
        maxItems: 20,
        description: 'Ascending; every band but the last has upTo (inclusive); the last has none.',
      }),
    ),
    decimals: Type.Optional(
      WholeNumber('Decimal places of the reported score, 0 to 3; 0 for a plain sum and 2 otherwise when left out.'),
    ),
  },
  { additionalProperties: false },
);

export const MeasureDefinitionSchema = Type.Object(
  {
    key: Type.String({ maxLength: 40, description: 'Lower case letters, digits and hyphens, starting with a letter.' }),
    version: WholeNumber('The definition’s version, from 1; answers are scored with the version they were given in.'),
    name: Type.String({ maxLength: 200 }),
    shortName: Type.Optional(Type.String({ maxLength: 40 })),
    description: Type.Optional(Type.String({ maxLength: 2000 })),
    instructions: Type.Optional(Type.String({ maxLength: 4000, description: 'Read to the person before the items.' })),
    licence: Type.String({
      maxLength: 1000,
      description:
        'Who holds the copyright and the terms of use, e.g. "Crown copyright, Open Government Licence v3.0".',
    }),
    items: Type.Array(MeasureItemSchema, { maxItems: 100 }),
    scores: Type.Array(MeasureScoreSchema, { maxItems: 20 }),
  },
  { additionalProperties: false },
);

export type MeasureScale = Static<typeof MeasureScaleSchema>;
export type MeasureAnswer = Static<typeof MeasureAnswerSchema>;
export type MeasureItem = Static<typeof MeasureItemSchema>;
export type MeasureBand = Static<typeof MeasureBandSchema>;
export type MeasureScore = Static<typeof MeasureScoreSchema>;
export type MeasureDefinition = Static<typeof MeasureDefinitionSchema>;
