import type { MeasureAnswer, MeasureItem, MeasureScale } from './measure-definition.ts';
import { hasText, shown, type Report } from './measure-text.ts';

/** Item and score keys: used in field paths (`answers.<key>`) and stored with every answer. */
export const PART_KEY = /^[A-Za-z][A-Za-z0-9_-]{0,39}$/;

/** Checks each item's key, text and answer format, reporting every problem (they are the questions asked). */
export function checkMeasureItems(items: readonly MeasureItem[], field: string, report: Report): void {
  const firstWithKey = new Map<string, number>();
  items.forEach((item, index) => {
    const at = `${field}[${index}]`;
    if (typeof item.key !== 'string' || !PART_KEY.test(item.key)) {
      report(
        `${at}.key`,
        item.key === '' ? 'The item has no key.' : `The item key ${shown(item.key)} is not allowed.`,
        'Use up to 40 letters, digits, hyphens and underscores, starting with a letter, e.g. “life-satisfaction”.',
      );
    }
    const first = firstWithKey.get(item.key);
    if (first === undefined) firstWithKey.set(item.key, index);
    else {
      report(
        `${at}.key`,
        `The item key ${shown(item.key)} is also used by item ${first + 1}.`,
        'Give each item its own key.',
      );
    }
    if (!hasText(item.text)) {
      report(`${at}.text`, 'The item has no text.', 'Give the question word for word, as the measure publishes it.');
    }
    if (item.scale && item.answers) {
      report(
        at,
        'The item has both a scale and a list of answers.',
        'Keep the scale for a numbered scale, or the answers for named answers, not both.',
      );
    } else if (!item.scale && !item.answers) {
      report(
        at,
        'The item has neither a scale nor a list of answers.',
        'Give a scale (e.g. min 0, max 10) or the answers with the value each scores.',
      );
    }
    if (item.scale) checkScale(item.scale, `${at}.scale`, report);
    if (item.answers) checkAnswers(item.answers, `${at}.answers`, report);
  });
}

function checkScale(scale: MeasureScale, at: string, report: Report): void {
  const ends = [
    ['min', scale.min, 'lowest'],
    ['max', scale.max, 'highest'],
  ] as const;
  for (const [name, value, which] of ends) {
    if (!Number.isInteger(value)) {
      report(
        `${at}.${name}`,
        `The scale’s ${which} answer must be a whole number; ${shown(value)} is not.`,
        'Give a whole number, such as 0 or 10.',
      );
    }
  }
  if (Number.isInteger(scale.min) && Number.isInteger(scale.max) && scale.min >= scale.max) {
    report(
      at,
      `The scale runs from ${scale.min} to ${scale.max}: its lowest answer must be below its highest.`,
      'Give the lowest answer as min and the highest as max, e.g. min 0 and max 10.',
    );
  }
  const labels = [
    ['minLabel', scale.minLabel, 'lowest', 'Not at all'],
    ['maxLabel', scale.maxLabel, 'highest', 'Completely'],
  ] as const;
  for (const [name, label, which, example] of labels) {
    if (label !== undefined && !hasText(label)) {
      report(
        `${at}.${name}`,
        `The label of the ${which} answer is empty.`,
        `Say what the ${which} answer means, e.g. “${example}”, or leave the label out.`,
      );
    }
  }
}

function checkAnswers(answers: readonly MeasureAnswer[], at: string, report: Report): void {
  if (answers.length < 2) {
    report(
      at,
      `The item has ${answers.length === 0 ? 'no answers' : 'only 1 answer'}; a question needs at least 2.`,
      'List every answer the person can give, with the value each scores.',
    );
  }
  const firstWithValue = new Map<number, number>();
  answers.forEach((answer, index) => {
    if (!Number.isInteger(answer.value)) {
      report(
        `${at}[${index}].value`,
        `The value of an answer must be a whole number; ${shown(answer.value)} is not.`,
        'Give the whole number this answer scores, e.g. 1.',
      );
    } else {
      const first = firstWithValue.get(answer.value);
      if (first === undefined) firstWithValue.set(answer.value, index);
      else {
        report(
          `${at}[${index}].value`,
          `The value ${answer.value} is also given to answer ${first + 1} (${shown(answers[first]?.label)}).`,
          'Give each answer its own value.',
        );
      }
    }
    if (!hasText(answer.label)) {
      report(`${at}[${index}].label`, 'The answer has no label.', 'Give the answer word for word, e.g. “Often”.');
    }
  });
}
