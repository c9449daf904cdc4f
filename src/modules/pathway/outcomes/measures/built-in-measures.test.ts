import { describe, expect, it } from 'vitest';
import { BUILT_IN_MEASURES, findBuiltInMeasure } from './built-in-measures.ts';
import { checkMeasureDefinition } from './check-measure-definition.ts';
import type { MeasureDefinition } from './measure-definition.ts';
import { scoreAnswers } from './score-answers.ts';

const measure = (key: string): MeasureDefinition => {
  const found = findBuiltInMeasure(key);
  if (!found) throw new Error(`No built-in measure ${key}`);
  return found;
};

describe('BUILT_IN_MEASURES', () => {
  it('offers ONS4, the UCLA 3-item scale and the ONS direct question, in that order', () => {
    expect(BUILT_IN_MEASURES.map((definition) => [definition.key, definition.name])).toEqual([
      ['ons4', 'ONS personal wellbeing (ONS4)'],
      ['ucla3', 'UCLA 3-item loneliness scale'],
      ['ons-loneliness', 'ONS direct loneliness question'],
    ]);
  });

  it.each(BUILT_IN_MEASURES.map((definition) => [definition.key, definition] as const))(
    '%s passes the checker',
    (_, definition) => {
      expect(() => checkMeasureDefinition(definition)).not.toThrow();
    },
  );

  it('cannot be changed in place by one scheme for all the others', () => {
    const ons4 = measure('ons4');
    expect(Object.isFrozen(ons4)).toBe(true);
    expect(Object.isFrozen(ons4.items[0]!.scale)).toBe(true);
    expect(Object.isFrozen(ons4.scores[3]!.bands)).toBe(true);
    expect(() => {
      (ons4.scores[0] as { minimumImportantChange: number }).minimumImportantChange = 5;
    }).toThrow(TypeError);
  });

  it('finds nothing for an unknown key', () => {
    expect(findBuiltInMeasure('swemwbs')).toBeUndefined();
  });
});

describe('ONS4', () => {
  const ons4 = measure('ons4');

  it('uses the ONS wording, a 0 to 10 scale and the Open Government Licence', () => {
    expect(ons4.licence).toBe('Crown copyright; free to use under the Open Government Licence v3.0');
    expect(ons4.items.map((item) => [item.key, item.text])).toEqual([
      ['life-satisfaction', 'Overall, how satisfied are you with your life nowadays?'],
      ['worthwhile', 'Overall, to what extent do you feel that the things you do in your life are worthwhile?'],
      ['happiness', 'Overall, how happy did you feel yesterday?'],
      ['anxiety', 'Overall, how anxious did you feel yesterday?'],
    ]);
    for (const item of ons4.items) {
      expect(item.scale).toEqual({ min: 0, max: 10, minLabel: 'Not at all', maxLabel: 'Completely' });
    }
  });

  it('scores each question on its own, anxiety with lower as better', () => {
    expect(ons4.scores.map((score) => [score.key, score.items, score.better, score.minimumImportantChange])).toEqual([
      ['life-satisfaction', ['life-satisfaction'], 'higher', 1],
      ['worthwhile', ['worthwhile'], 'higher', 1],
      ['happiness', ['happiness'], 'higher', 1],
      ['anxiety', ['anxiety'], 'lower', 1],
    ]);
    expect(scoreAnswers(ons4, { 'life-satisfaction': 4, worthwhile: 5, happiness: 9, anxiety: 6 })).toEqual([
      { key: 'life-satisfaction', label: 'Life satisfaction', value: 4, band: 'Low' },
      { key: 'worthwhile', label: 'Worthwhile', value: 5, band: 'Medium' },
      { key: 'happiness', label: 'Happiness', value: 9, band: 'Very high' },
      { key: 'anxiety', label: 'Anxiety', value: 6, band: 'High' },
    ]);
  });

  const positive = ['Low', 'Low', 'Low', 'Low', 'Low', 'Medium', 'Medium', 'High', 'High', 'Very high', 'Very high'];
  const anxiety = ['Very low', 'Very low', 'Low', 'Low', 'Medium', 'Medium', 'High', 'High', 'High', 'High', 'High'];
  it.each(positive.map((band, value) => [value, band, anxiety[value]!]))(
    'bands %s as %s (life satisfaction, worthwhile, happiness) and %s (anxiety)',
    (value, band, anxietyBand) => {
      const scored = scoreAnswers(ons4, {
        'life-satisfaction': value,
        worthwhile: value,
        happiness: value,
        anxiety: value,
      });
      expect(scored.map((score) => [score.value, score.band])).toEqual([
        [value, band],
        [value, band],
        [value, band],
        [value, anxietyBand],
      ]);
    },
  );
});

describe('UCLA 3-item loneliness scale', () => {
  const ucla3 = measure('ucla3');

  it('asks the three ONS-recommended questions with the three answers, crediting Hughes et al. (2004)', () => {
    expect(ucla3.items.map((item) => item.text)).toEqual([
      'How often do you feel that you lack companionship?',
      'How often do you feel left out?',
      'How often do you feel isolated from others?',
    ]);
    for (const item of ucla3.items) {
      expect(item.answers).toEqual([
        { value: 1, label: 'Hardly ever or never' },
        { value: 2, label: 'Some of the time' },
        { value: 3, label: 'Often' },
      ]);
    }
    expect(ucla3.licence).toMatch(/Hughes.*\(2004\).*ONS.*national measures of loneliness.*free to use/);
  });

  it.each([
    [[1, 1, 1], 3, 'Less often lonely'],
    [[2, 2, 1], 5, 'Less often lonely'],
    [[2, 2, 2], 6, 'More often lonely'],
    [[3, 3, 3], 9, 'More often lonely'],
  ])('scores %j as %s (%s)', ([companionship, leftOut, isolated], value, band) => {
    expect(scoreAnswers(ucla3, { companionship: companionship!, 'left-out': leftOut!, isolated: isolated! })).toEqual([
      { key: 'loneliness', label: 'Loneliness', value, band },
    ]);
  });

  it('has lower as better and a minimum important change of 1', () => {
    expect([ucla3.scores[0]!.better, ucla3.scores[0]!.minimumImportantChange]).toEqual(['lower', 1]);
  });
});

describe('ONS direct loneliness question', () => {
  const direct = measure('ons-loneliness');

  it('asks the ONS question under Crown copyright', () => {
    expect(direct.items.map((item) => item.text)).toEqual(['How often do you feel lonely?']);
    expect(direct.licence).toBe('Crown copyright; free to use under the Open Government Licence v3.0');
    expect([direct.scores[0]!.better, direct.scores[0]!.minimumImportantChange]).toEqual(['lower', 1]);
  });

  it.each([
    [1, 'Never', 'Never lonely'],
    [2, 'Hardly ever', 'Hardly ever lonely'],
    [3, 'Occasionally', 'Occasionally lonely'],
    [4, 'Some of the time', 'Lonely some of the time'],
    [5, 'Often or always', 'Often or always lonely (chronic loneliness)'],
  ])('scores answer %s (%s) in the band “%s”', (value, label, band) => {
    expect(direct.items[0]!.answers?.find((answer) => answer.value === value)?.label).toBe(label);
    expect(scoreAnswers(direct, { lonely: value })).toEqual([{ key: 'loneliness', label: 'Loneliness', value, band }]);
  });
});
