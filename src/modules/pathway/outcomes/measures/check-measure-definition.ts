import { fail, type FieldError } from '../../../../platform/errors.ts';
import { checkMeasureItems } from './check-measure-items.ts';
import { checkMeasureScores } from './check-measure-scores.ts';
import type { MeasureDefinition } from './measure-definition.ts';
import { hasText, shown, type Report } from './measure-text.ts';

export { scoreRange } from './score-range.ts';

const MEASURE_KEY = /^[a-z][a-z0-9-]{1,39}$/;

/**
 * Refuses a measure definition that could not be scored, listing every problem at once (which part,
 * what is wrong, how to fix it), so a scheme adding a licensed measure as data fixes it in one go.
 * Throws `validation-failed`; returns nothing when the definition is sound.
 */
export function checkMeasureDefinition(definition: MeasureDefinition, field = 'definition'): void {
  const errors: FieldError[] = [];
  const report: Report = (at, message, fix) => errors.push({ field: at, message, fix });
  checkHeader(definition, field, report);
  checkMeasureItems(definition.items, `${field}.items`, report);
  checkMeasureScores(definition, `${field}.scores`, report);
  if (errors.length > 0) throw fail.validation(errors);
}

function checkHeader(definition: MeasureDefinition, field: string, report: Report): void {
  if (typeof definition.key !== 'string' || !MEASURE_KEY.test(definition.key)) {
    report(
      `${field}.key`,
      definition.key === '' ? 'The measure has no key.' : `The measure key ${shown(definition.key)} is not allowed.`,
      'Use 2 to 40 lower case letters, digits and hyphens, starting with a letter, e.g. “ons4”.',
    );
  }
  if (!Number.isInteger(definition.version) || definition.version < 1) {
    report(
      `${field}.version`,
      `The version must be a whole number from 1; ${shown(definition.version)} is not.`,
      'Give 1 for a new measure, and add 1 whenever its wording or scoring changes.',
    );
  }
  if (!hasText(definition.name)) {
    report(`${field}.name`, 'The measure has no name.', 'Give its full name, e.g. “ONS personal wellbeing (ONS4)”.');
  }
  if (definition.shortName !== undefined && !hasText(definition.shortName)) {
    report(`${field}.shortName`, 'The short name is empty.', 'Give a short name such as “ONS4”, or leave it out.');
  }
  if (!hasText(definition.licence)) {
    report(
      `${field}.licence`,
      'The measure has no licence note.',
      'Say who holds the copyright and the terms your scheme uses it under, e.g. “Crown copyright, Open Government Licence v3.0”.',
    );
  }
  if (definition.items.length === 0) {
    report(`${field}.items`, 'The measure has no items.', 'Add each question, with its scale or its answers.');
  }
  if (definition.scores.length === 0) {
    report(
      `${field}.scores`,
      'The measure has no scores.',
      'Add at least one score, naming the items it adds up or averages.',
    );
  }
}
