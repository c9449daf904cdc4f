import type { MeasureDefinition, MeasureScore } from './measure-definition.ts';

/*
 * The measures every scheme has: only those free to use. A licensed measure (SWEMWBS, MYCaW, PAM, the
 * Wellbeing Star…) is added by a scheme that holds a licence for it, as data; we ship none of their wording.
 */

const OGL = 'Crown copyright; free to use under the Open Government Licence v3.0';

const ONS4_POSITIVE_BANDS = [
  { upTo: 4, label: 'Low' },
  { upTo: 6, label: 'Medium' },
  { upTo: 8, label: 'High' },
  { label: 'Very high' },
];
const ONS4_ANXIETY_BANDS = [
  { upTo: 1, label: 'Very low' },
  { upTo: 3, label: 'Low' },
  { upTo: 5, label: 'Medium' },
  { label: 'High' },
];

function ons4Score(key: string, label: string, better: MeasureScore['better']): MeasureScore {
  return {
    key,
    label,
    items: [key],
    method: 'sum',
    better,
    minimumImportantChange: 1,
    bands: better === 'higher' ? ONS4_POSITIVE_BANDS : ONS4_ANXIETY_BANDS,
  };
}

const ONS4_SCALE = { min: 0, max: 10, minLabel: 'Not at all', maxLabel: 'Completely' };

const ONS4: MeasureDefinition = {
  key: 'ons4',
  version: 1,
  name: 'ONS personal wellbeing (ONS4)',
  shortName: 'ONS4',
  description: 'The four Office for National Statistics personal wellbeing questions, each answered from 0 to 10.',
  instructions:
    'Next I would like to ask you four questions about your feelings on aspects of your life. There are no right or wrong answers. For each of these questions I’d like you to give an answer on a scale of 0 to 10, where 0 is “not at all” and 10 is “completely”.',
  licence: OGL,
  items: [
    { key: 'life-satisfaction', text: 'Overall, how satisfied are you with your life nowadays?', scale: ONS4_SCALE },
    {
      key: 'worthwhile',
      text: 'Overall, to what extent do you feel that the things you do in your life are worthwhile?',
      scale: ONS4_SCALE,
    },
    { key: 'happiness', text: 'Overall, how happy did you feel yesterday?', scale: ONS4_SCALE },
    { key: 'anxiety', text: 'Overall, how anxious did you feel yesterday?', scale: ONS4_SCALE },
  ],
  scores: [
    ons4Score('life-satisfaction', 'Life satisfaction', 'higher'),
    ons4Score('worthwhile', 'Worthwhile', 'higher'),
    ons4Score('happiness', 'Happiness', 'higher'),
    ons4Score('anxiety', 'Anxiety', 'lower'),
  ],
};

const UCLA3_ANSWERS = [
  { value: 1, label: 'Hardly ever or never' },
  { value: 2, label: 'Some of the time' },
  { value: 3, label: 'Often' },
];

const UCLA3: MeasureDefinition = {
  key: 'ucla3',
  version: 1,
  name: 'UCLA 3-item loneliness scale',
  shortName: 'UCLA-3',
  description: 'Three questions about loneliness, scored from 3 (least lonely) to 9 (most lonely).',
  instructions:
    'The next questions are about how you feel about different aspects of your life. For each one, tell me how often you feel that way.',
  licence:
    'Hughes, Waite, Hawkley and Cacioppo (2004), “A short scale for measuring loneliness in large surveys”, Research on Aging 26(6); the questions the ONS recommends in its national measures of loneliness; free to use.',
  items: [
    { key: 'companionship', text: 'How often do you feel that you lack companionship?', answers: UCLA3_ANSWERS },
    { key: 'left-out', text: 'How often do you feel left out?', answers: UCLA3_ANSWERS },
    { key: 'isolated', text: 'How often do you feel isolated from others?', answers: UCLA3_ANSWERS },
  ],
  scores: [
    {
      key: 'loneliness',
      label: 'Loneliness',
      items: ['companionship', 'left-out', 'isolated'],
      method: 'sum',
      better: 'lower',
      minimumImportantChange: 1,
      bands: [{ upTo: 5, label: 'Less often lonely' }, { label: 'More often lonely' }],
    },
  ],
};

const ONS_LONELINESS: MeasureDefinition = {
  key: 'ons-loneliness',
  version: 1,
  name: 'ONS direct loneliness question',
  description: 'The Office for National Statistics’ single direct question about how often a person feels lonely.',
  licence: OGL,
  items: [
    {
      key: 'lonely',
      text: 'How often do you feel lonely?',
      answers: [
        { value: 1, label: 'Never' },
        { value: 2, label: 'Hardly ever' },
        { value: 3, label: 'Occasionally' },
        { value: 4, label: 'Some of the time' },
        { value: 5, label: 'Often or always' },
      ],
    },
  ],
  scores: [
    {
      key: 'loneliness',
      label: 'Loneliness',
      items: ['lonely'],
      method: 'sum',
      better: 'lower',
      minimumImportantChange: 1,
      bands: [
        { upTo: 1, label: 'Never lonely' },
        { upTo: 2, label: 'Hardly ever lonely' },
        { upTo: 3, label: 'Occasionally lonely' },
        { upTo: 4, label: 'Lonely some of the time' },
        { label: 'Often or always lonely (chronic loneliness)' },
      ],
    },
  ],
};

/** Frozen all the way down: every scheme shares these objects, so nobody may change one in place. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** The free measures every scheme can record, in the order they are offered. */
export const BUILT_IN_MEASURES: readonly MeasureDefinition[] = deepFreeze([ONS4, UCLA3, ONS_LONELINESS]);

/** A built-in measure by its key, or undefined: a scheme's own measures are looked up elsewhere. */
export function findBuiltInMeasure(key: string): MeasureDefinition | undefined {
  return BUILT_IN_MEASURES.find((measure) => measure.key === key);
}
