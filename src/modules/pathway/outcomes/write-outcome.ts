/**
 * Recording one asking of a measure on a case, inside the case's change: the measure, the timepoint and the day
 * are checked, the answers scored by the measure's definition (or the refusal and its reason kept), and the
 * recording and its scores written. The case's change pipeline has already checked who may do this.
 */
import type { Transaction } from 'kysely';
import type { DB, OutcomeTimepoint } from '../../../db/schema.ts';
import { fail } from '../../../platform/errors.ts';
import { formatLondonDate } from '../../../platform/format-london.ts';
import { isRealDate, londonDate } from '../../../platform/london-time.ts';
import { loadCatalogue } from './measure-catalogue.ts';
import { scoreAnswers } from './measures/score-answers.ts';
import type { OutcomeBody } from './outcomes.schemas.ts';
import { hasCompleted, insertRecord } from './outcomes.repository.ts';

export interface OutcomeCase {
  id: string;
  schemeId: string;
  patientId: string;
  referralReceivedAt: Date;
}

const TIMEPOINT_WORDS: Record<OutcomeTimepoint, string> = {
  baseline: 'baseline',
  review: 'review',
  discharge: 'discharge',
};

function checkAnsweredOn(value: string, kase: OutcomeCase, now: Date): void {
  if (!isRealDate(value))
    throw fail.field('answeredOn', `"${value}" is not a date.`, 'Give the day the person answered, as yyyy-mm-dd.');
  if (value > londonDate(now))
    throw fail.field(
      'answeredOn',
      'This day is in the future.',
      "Record answers the person has given: give today's date or an earlier one.",
    );
  if (value < londonDate(kase.referralReceivedAt))
    throw fail.field(
      'answeredOn',
      `This is before the referral was received (${formatLondonDate(kase.referralReceivedAt)}).`,
      'Check the date: give the day the person answered.',
    );
}

/** Checks and writes one recording; returns what the case's audit row and timeline say about it. */
export async function writeOutcome(
  trx: Transaction<DB>,
  kase: OutcomeCase,
  input: OutcomeBody,
  by: { userId: string | null; now: Date },
): Promise<{ recordId: string; measureName: string; status: 'completed' | 'declined' }> {
  const catalogue = await loadCatalogue(trx, kase.schemeId);
  const measure = catalogue.latest(input.measure);
  if (!measure)
    throw fail.field(
      'measure',
      `"${input.measure}" is not a measure this scheme can record.`,
      `Choose one of: ${catalogue.available.map((m) => `${m.key} (${m.shortName ?? m.name})`).join(', ')}.`,
    );
  checkAnsweredOn(input.answeredOn, kase, by.now);
  const reason = input.declinedReason?.trim() ?? '';
  const answers = input.answers;
  if (answers !== undefined && reason)
    throw fail.field(
      'declinedReason',
      'Both answers and a reason for declining were given.',
      'Give the answers if the person completed the measure, or only the reason if they declined it.',
    );
  if (answers === undefined && !reason)
    throw fail.field(
      input.declinedReason === undefined ? 'answers' : 'declinedReason',
      input.declinedReason === undefined
        ? 'There are no answers and no reason for declining.'
        : 'The reason for declining is empty.',
      'Give the answers, or record that the person declined and why (their words are fine).',
    );
  const scored = answers !== undefined ? scoreAnswers(measure, answers) : null;
  if (
    scored &&
    (input.timepoint === 'baseline' || input.timepoint === 'discharge') &&
    (await hasCompleted(trx, kase.id, measure.key, input.timepoint))
  )
    throw fail.field(
      'timepoint',
      `A ${TIMEPOINT_WORDS[input.timepoint]} ${measure.shortName ?? measure.name} has already been recorded for this person.`,
      input.timepoint === 'baseline'
        ? 'Record this asking as a review.'
        : 'A person is discharged once: record this asking as a review.',
    );
  const recordId = await insertRecord(
    trx,
    {
      schemeId: kase.schemeId,
      caseId: kase.id,
      patientId: kase.patientId,
      measureKey: measure.key,
      measureVersion: measure.version,
      timepoint: input.timepoint,
      status: scored ? 'completed' : 'declined',
      answeredOn: input.answeredOn,
      answers: answers ?? null,
      declinedReason: scored ? null : reason,
      recordedBy: by.userId,
      recordedAt: by.now,
    },
    (scored ?? []).map((s) => {
      const score = measure.scores.find((d) => d.key === s.key)!;
      return {
        key: s.key,
        value: s.value,
        band: s.band,
        better: score.better,
        minimumChange: score.minimumImportantChange,
      };
    }),
  );
  return { recordId, measureName: measure.shortName ?? measure.name, status: scored ? 'completed' : 'declined' };
}
