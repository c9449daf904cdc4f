import type { ContactChannel, ContactOutcome } from '../../../db/schema.ts';
import { formatLondonDate } from '../../../platform/format-london.ts';
import { addDays, londonDate, sameLondonTimeOn } from '../../../platform/london-time.ts';
import type { ContactPolicy } from '../../scheme/scheme-settings/index.ts';

export interface Attempt {
  at: Date;
  channel: ContactChannel;
  outcome: ContactOutcome;
}

export type ContactStep =
  | { step: 'in-contact'; message: string }
  | { step: 'declined'; message: string }
  | { step: 'attempt'; attemptNumber: number; dueBy: Date; message: string }
  | { step: 'letter'; message: string }
  | { step: 'await-letter'; closeFrom: Date; message: string }
  | { step: 'close'; message: string };

/** The same London time of day some calendar days later, so "14 days after the letter" is not an hour out across a clock change. */
function daysAfter(at: Date, days: number): Date {
  return sameLondonTimeOn(at, addDays(londonDate(at), days));
}

/**
 * The scheme's contact policy as a next step: persistence matters (people hang up), so the
 * worker is prompted through each attempt, then a letter, and only then may close the case as
 * "unable to contact" — which sends a message back to the referrer.
 */
export function nextContactStep(
  policy: ContactPolicy,
  allocatedAt: Date,
  attempts: readonly Attempt[],
  now: Date,
): ContactStep {
  if (attempts.some((a) => a.outcome === 'reached'))
    return { step: 'in-contact', message: 'The person has been reached.' };
  if (attempts.some((a) => a.outcome === 'declined_service')) {
    return {
      step: 'declined',
      message:
        'The person said they do not want the service. Discharge the case with the reason "Person chose to stop" so the referrer is told.',
    };
  }
  const letter = attempts.find((a) => a.channel === 'letter');
  if (letter) {
    const closeFrom = daysAfter(letter.at, policy.letterWaitDays);
    if (now < closeFrom) {
      return {
        step: 'await-letter',
        closeFrom,
        message: `A letter was sent. If there is no answer, the case can be closed as unable to contact from ${formatLondonDate(closeFrom)}.`,
      };
    }
    return {
      step: 'close',
      message: `No answer ${policy.letterWaitDays} days after the letter: close the case as unable to contact. The referrer will be told.`,
    };
  }
  const failed = attempts.filter((a) => a.channel !== 'letter').length;
  if (failed < policy.attempts) {
    const spacing = policy.attempts > 1 ? policy.windowDays / (policy.attempts - 1) : 0;
    const dueBy = daysAfter(allocatedAt, Math.round(spacing * failed) + 2);
    return {
      step: 'attempt',
      attemptNumber: failed + 1,
      dueBy,
      message: `Make contact attempt ${failed + 1} of ${policy.attempts} by ${formatLondonDate(dueBy)}. Try a different time of day or channel.`,
    };
  }
  return {
    step: 'letter',
    message: `${failed} attempts without reaching the person: send a letter and record it as a contact attempt by letter.`,
  };
}
