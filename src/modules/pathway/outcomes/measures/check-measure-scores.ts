import { PART_KEY } from './check-measure-items.ts';
import type { MeasureBand, MeasureDefinition, MeasureScore } from './measure-definition.ts';
import { hasText, listOf, shown, type Report } from './measure-text.ts';
import { rawSumRange, tryScoreRange, type Range } from './score-range.ts';

/**
 * Checks each score: its items, method, conversion table, minimum important change, bands and decimals,
 * reporting every problem. A score that cannot be worked out for every possible answer is refused here,
 * not discovered when a link worker records a person's answers.
 */
export function checkMeasureScores(definition: MeasureDefinition, field: string, report: Report): void {
  const firstWithKey = new Map<string, number>();
  definition.scores.forEach((score, index) => {
    const at = `${field}[${index}]`;
    if (typeof score.key !== 'string' || !PART_KEY.test(score.key)) {
      report(
        `${at}.key`,
        score.key === '' ? 'The score has no key.' : `The score key ${shown(score.key)} is not allowed.`,
        'Use up to 40 letters, digits, hyphens and underscores, starting with a letter, e.g. “wellbeing”.',
      );
    }
    const first = firstWithKey.get(score.key);
    if (first === undefined) firstWithKey.set(score.key, index);
    else {
      report(
        `${at}.key`,
        `The score key ${shown(score.key)} is also used by score ${first + 1}.`,
        'Give each score its own key.',
      );
    }
    if (!hasText(score.label)) {
      report(
        `${at}.label`,
        'The score has no label.',
        'Give the name used in letters and reports, e.g. “Life satisfaction”.',
      );
    }
    if (score.method !== 'sum' && score.method !== 'mean') {
      report(
        `${at}.method`,
        `The method ${shown(score.method)} is not known.`,
        'Use “sum” to add the items up or “mean” to average them.',
      );
    }
    if (score.better !== 'higher' && score.better !== 'lower') {
      report(
        `${at}.better`,
        `${shown(score.better)} is not a direction.`,
        'Use “higher” when a higher score is better for the person, or “lower” when a lower one is.',
      );
    }
    checkScoreItems(definition, score, at, report);
    const decimalsValid = checkDecimals(score, at, report);
    checkConversion(definition, score, at, report);
    const range = tryScoreRange(definition, decimalsValid ? score : { ...score, decimals: undefined });
    checkMinimumImportantChange(score, range, at, report);
    if (score.bands) checkBands(score.bands, range, `${at}.bands`, report);
  });
}

function checkScoreItems(definition: MeasureDefinition, score: MeasureScore, at: string, report: Report): void {
  if (score.items.length === 0) {
    report(`${at}.items`, 'The score uses no items.', 'List the keys of the items it adds up or averages.');
    return;
  }
  const known = definition.items.map((item) => item.key);
  const seen = new Set<string>();
  score.items.forEach((key, index) => {
    if (!known.includes(key)) {
      report(
        `${at}.items[${index}]`,
        `The score names an item the measure does not have: ${shown(key)}.`,
        `Use one of the item keys: ${listOf(known.map(shown), 40)}.`,
      );
    } else if (seen.has(key)) {
      report(
        `${at}.items[${index}]`,
        `The item ${shown(key)} is listed twice, so it would count twice.`,
        'List each item once.',
      );
    }
    seen.add(key);
  });
}

function checkDecimals(score: MeasureScore, at: string, report: Report): boolean {
  const { decimals } = score;
  if (decimals === undefined || (Number.isInteger(decimals) && decimals >= 0 && decimals <= 3)) return true;
  report(
    `${at}.decimals`,
    `The score cannot be reported to ${shown(decimals)} decimal places.`,
    'Give a whole number from 0 to 3, or leave it out (0 for a plain sum, 2 otherwise).',
  );
  return false;
}

function checkConversion(definition: MeasureDefinition, score: MeasureScore, at: string, report: Report): void {
  const table = score.conversion;
  if (!table) return;
  if (score.method === 'mean') {
    report(
      `${at}.conversion`,
      'A conversion table turns the raw sum into the reported score, but this score takes the mean.',
      'Set the method to “sum”, or remove the conversion table.',
    );
    return;
  }
  const raw = rawSumRange(definition, score);
  for (const [key, value] of Object.entries(table)) {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      report(
        `${at}.conversion["${key}"]`,
        `The reported score for raw total ${shown(key)} must be a number; ${shown(value)} is not.`,
        'Give the number the published table reports for this raw total.',
      );
    }
  }
  if (!raw) return; // the score's items are wrong: reported above; the table cannot be judged yet
  const outside = Object.keys(table).filter((key) => !isTotalWithin(key, raw));
  if (outside.length > 0) {
    report(
      `${at}.conversion`,
      `The conversion table has raw totals the items cannot add up to: ${listOf(outside.map(shown))}.`,
      `Remove them: the score’s items add up to whole numbers from ${raw.min} to ${raw.max}.`,
    );
  }
  const missing: number[] = [];
  for (let total = raw.min; total <= raw.max; total += 1) {
    if (!Object.hasOwn(table, String(total))) missing.push(total);
  }
  if (missing.length > 0) {
    report(
      `${at}.conversion`,
      `The conversion table has no reported score for raw ${missing.length === 1 ? 'total' : 'totals'} ${listOf(missing)}.`,
      `Give a reported score for every raw total from ${raw.min} to ${raw.max}.`,
    );
  }
}

/** A key is a raw total only in its plain form: "12", not "012", "12.0" or " 12". */
function isTotalWithin(key: string, raw: Range): boolean {
  const total = Number(key);
  return Number.isInteger(total) && String(total) === key && total >= raw.min && total <= raw.max;
}

function checkMinimumImportantChange(score: MeasureScore, range: Range | null, at: string, report: Report): void {
  const change = score.minimumImportantChange;
  const fix =
    'Give the smallest change in this score that matters to a person, as published for the measure (1 for each ONS4 score).';
  if (typeof change !== 'number' || !Number.isFinite(change) || change <= 0) {
    report(
      `${at}.minimumImportantChange`,
      `The minimum important change must be above 0; ${shown(change)} is not.`,
      fix,
    );
    return;
  }
  if (range && change >= range.max - range.min) {
    report(
      `${at}.minimumImportantChange`,
      `The minimum important change, ${change}, is not smaller than the score’s whole range (${range.min} to ${range.max}), so no change could reach it.`,
      fix,
    );
  }
}

function checkBands(bands: readonly MeasureBand[], range: Range | null, at: string, report: Report): void {
  if (bands.length === 0) {
    report(at, 'The list of bands is empty.', 'Give the bands from lowest to highest, or leave bands out.');
    return;
  }
  const last = bands.length - 1;
  const firstWithLabel = new Map<string, number>();
  let previous: { upTo: number; label: string } | null = null;
  bands.forEach((band, index) => {
    const bandAt = `${at}[${index}]`;
    const name = hasText(band.label) ? `Band ${shown(band.label)}` : `Band ${index + 1}`;
    if (!hasText(band.label)) {
      report(
        `${bandAt}.label`,
        'The band has no label.',
        'Give the words shown with a score in this band, e.g. “Low”.',
      );
    } else if (firstWithLabel.has(band.label)) {
      report(
        `${bandAt}.label`,
        `${name} is also the label of band ${(firstWithLabel.get(band.label) ?? 0) + 1}.`,
        'Give each band its own label.',
      );
    } else firstWithLabel.set(band.label, index);
    if (index === last) {
      if (band.upTo !== undefined) {
        report(
          `${bandAt}.upTo`,
          `${name} is the last band but has an upper limit; the last band takes every score above the band before it.`,
          'Remove upTo from the last band.',
        );
      }
      return;
    }
    if (band.upTo === undefined || !Number.isFinite(band.upTo)) {
      report(
        `${bandAt}.upTo`,
        `${name} has no upper limit; only the last band may leave it out.`,
        'Give the highest score in this band (inclusive).',
      );
      return;
    }
    if (previous && band.upTo <= previous.upTo) {
      report(
        `${bandAt}.upTo`,
        `${name} ends at ${band.upTo}, not above the band before it (${shown(previous.label)}, up to ${previous.upTo}).`,
        'List the bands from lowest to highest, each ending above the one before.',
      );
    } else if (range && (band.upTo < range.min || band.upTo >= range.max)) {
      report(
        `${bandAt}.upTo`,
        band.upTo < range.min
          ? `${name} ends at ${band.upTo}, below the lowest possible score, ${range.min}.`
          : `${name} ends at ${band.upTo}, but the highest possible score is ${range.max}, so the bands after it could never be reached.`,
        `Give an upper limit from ${range.min} up to (not including) ${range.max}; the last band takes the scores above it.`,
      );
    }
    previous = { upTo: band.upTo, label: band.label };
  });
}
