import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_MEASURES } from './built-in-measures.ts';
import { MeasureDefinitionSchema } from './measure-definition.ts';
import { buildCalmMeasure } from './measure-test-helpers.ts';

// The options the app's route validation uses (src/app.ts), so this is what a request body meets.
const validate = new Ajv({ removeAdditional: false, coerceTypes: 'array', allErrors: true, strict: false }).compile(
  MeasureDefinitionSchema,
);

describe('MeasureDefinitionSchema', () => {
  it.each(BUILT_IN_MEASURES.map((definition) => [definition.key, definition] as const))(
    'accepts the built-in %s as a request body',
    (_, definition) => {
      expect(validate(structuredClone(definition))).toBe(true);
    },
  );

  it('lets semantic problems through to the checker, which explains them better', () => {
    const definition = buildCalmMeasure({ key: 'Bad Key', version: 1.5, name: '' });
    definition.items[0]!.scale = { min: 5, max: 0.5 };
    definition.items[1]!.answers = [{ value: 1, label: '' }];
    definition.scores[0]!.minimumImportantChange = -1;
    definition.scores[0]!.bands = [{ label: 'Low' }, { upTo: 3, label: 'High' }];
    expect(validate(definition)).toBe(true);
  });

  it('refuses a misspelt property, which would otherwise be silently ignored', () => {
    const definition = { ...buildCalmMeasure(), license: 'Crown copyright' };
    expect(validate(definition)).toBe(false);
    expect(validate.errors?.map((error) => [error.instancePath, error.params])).toEqual([
      ['', { additionalProperty: 'license' }],
    ]);
  });

  it('refuses an unknown method', () => {
    const definition = buildCalmMeasure();
    (definition.scores[0] as { method: string }).method = 'median';
    expect(validate(definition)).toBe(false);
    expect(validate.errors?.[0]?.instancePath).toBe('/scores/0/method');
  });
});
