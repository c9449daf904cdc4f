import { fail, type FieldError } from '../../../../platform/errors.ts';
import type { MeasureDefinition, MeasureItem, MeasureScore } from './measure-definition.ts';
import { listOf, shown } from './measure-text.ts';
import { itemRange, roundScore, scoreDecimals } from './score-range.ts';

/** One reported score: its value after reversal, method, conversion and rounding, and its band. */
export interface ScoredMeasure {
  key: string;
  label: string;
  value: number;
  band: string | null;
}

/**
 * Scores a person's answers to a checked measure, one result per score in the definition's order.
 * Every bad answer is refused at once (`answers.<itemKey>`), with the allowed answers in the fix, so the
 * link worker corrects the form in one go; nothing half-scored is ever stored.
 */
export function scoreAnswers(
  definition: MeasureDefinition,
  answers: Record<string, number>,
  field = 'answers',
): ScoredMeasure[] {
  const errors: FieldError[] = [];
  const values = new Map<string, number>();
  for (const item of definition.items) {
    const problem = answerProblem(item, answers[item.key], Object.hasOwn(answers, item.key));
    if (problem) errors.push({ field: `${field}.${item.key}`, message: problem, fix: answerFix(item) });
    else values.set(item.key, answers[item.key] as number);
  }
  const known = definition.items.map((item) => item.key);
  for (const key of Object.keys(answers)) {
    if (known.includes(key)) continue;
    errors.push({
      field: `${field}.${key}`,
      message: `The measure “${definition.name}” has no item ${shown(key)}.`,
      fix: `Remove this answer, or use one of the item keys: ${listOf(known.map(shown), 40)}.`,
    });
  }
  if (errors.length > 0) throw fail.validation(errors);
  return definition.scores.map((score, index) => scoreOne(definition, score, values, `definition.scores[${index}]`));
}

function answerProblem(item: MeasureItem, answer: unknown, given: boolean): string | null {
  if (!given || answer === undefined || answer === null) return `No answer to “${item.text}”.`;
  if (typeof answer !== 'number' || !Number.isInteger(answer)) {
    return `The answer to “${item.text}” must be a whole number; ${shown(answer)} is not.`;
  }
  if (item.scale) {
    const { min, max } = item.scale;
    if (answer < min || answer > max) return `${answer} is outside the scale of “${item.text}”, ${min} to ${max}.`;
    return null;
  }
  const allowed = item.answers ?? [];
  if (!allowed.some((choice) => choice.value === answer))
    return `${answer} is not one of the answers to “${item.text}”.`;
  return null;
}

function answerFix(item: MeasureItem): string {
  if (item.scale) {
    return `Choose a whole number from ${item.scale.min} to ${item.scale.max}, or record that the person declined the measure.`;
  }
  const choices = (item.answers ?? []).map((choice) => `${choice.value} (${choice.label})`);
  return `Choose ${choices.length > 1 ? 'one of ' : ''}${listOf(choices, 20, 'or')}, or record that the person declined the measure.`;
}

function scoreOne(
  definition: MeasureDefinition,
  score: MeasureScore,
  values: ReadonlyMap<string, number>,
  at: string,
): ScoredMeasure {
  let raw = 0;
  for (const key of score.items) {
    const item = definition.items.find((candidate) => candidate.key === key);
    const range = item ? itemRange(item) : null;
    const value = values.get(key);
    if (!item || !range || value === undefined) throw unscorable(definition, score, `${at}.items`);
    raw += item.reverse ? range.min + range.max - value : value;
  }
  let value = score.method === 'mean' ? raw / score.items.length : raw;
  if (score.conversion) {
    const converted = score.conversion[String(raw)];
    if (typeof converted !== 'number') throw unscorable(definition, score, `${at}.conversion`);
    value = converted;
  }
  value = roundScore(value, scoreDecimals(score));
  const band = score.bands?.find((candidate) => candidate.upTo === undefined || value <= candidate.upTo);
  return { key: score.key, label: score.label, value, band: band?.label ?? null };
}

/** Only an unchecked definition gets here: say so rather than store a wrong score. */
function unscorable(definition: MeasureDefinition, score: MeasureScore, field: string) {
  return fail.field(
    field,
    `The score “${score.label}” of “${definition.name}” cannot be worked out from these answers.`,
    'Check the definition with checkMeasureDefinition and correct what it names.',
  );
}
