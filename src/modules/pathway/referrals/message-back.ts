import type { MessageBackKind } from '../../../db/schema.ts';
import { SNOMED } from '../../scheme/codes/index.ts';
import { findNeed } from '../../scheme/codes/index.ts';
import { formatLondonDate } from '../../../platform/format-london.ts';

/** The message back's content, following the PRSB Social Prescribing Information Standard's headings. */
export interface MessageBody {
  heading: string;
  summary: string;
  sections: { title: string; text: string }[];
}

export interface MessageBack {
  kind: MessageBackKind;
  code: { system: string; code: string; display: string };
  body: MessageBody;
}

interface Person {
  name: string;
  nhsNumber: string | null;
  dateOfBirth: string | null;
}

interface ReferralFacts {
  receivedAt: Date;
  needs: readonly string[];
  schemeName: string;
}

const personSection = (p: Person) => ({
  title: 'Person',
  text: `${p.name}${p.nhsNumber ? `, NHS number ${p.nhsNumber.replace(/(\d{3})(\d{3})(\d{4})/, '$1 $2 $3')}` : ''}${p.dateOfBirth ? `, born ${p.dateOfBirth}` : ''}`,
});
const referralSection = (r: ReferralFacts) => ({
  title: 'Referral',
  text: `Referred to ${r.schemeName} on ${formatLondonDate(r.receivedAt)} for: ${r.needs.map((n) => findNeed(n)?.label ?? n).join(', ') || 'no need named'}.`,
});

/** A decline goes back with the reason and the pathway to use instead. */
export function declinedMessage(
  person: Person,
  referral: ReferralFacts,
  reason: string,
  alternative: string,
): MessageBack {
  return {
    kind: 'declined',
    code: SNOMED.declined,
    body: {
      heading: `Social prescribing referral declined: ${person.name}`,
      summary: `${referral.schemeName} cannot take this referral. ${reason}`,
      sections: [
        personSection(person),
        referralSection(referral),
        { title: 'Reason', text: reason },
        { title: 'Suggested alternative', text: alternative || 'None suggested.' },
      ],
    },
  };
}

export function informationRequestedMessage(person: Person, referral: ReferralFacts, question: string): MessageBack {
  return {
    kind: 'information_requested',
    code: SNOMED.referral,
    body: {
      heading: `More information needed: ${person.name}`,
      summary: `${referral.schemeName} needs more information before it can decide on this referral.`,
      sections: [personSection(person), referralSection(referral), { title: 'Question', text: question }],
    },
  };
}

export interface DischargeFacts {
  reasonLabel: string;
  summary: string;
  arranged: string;
  sessionsHeld: number;
  didNotAttend: number;
  firstContactAt: Date | null;
  closedAt: Date;
  workerName: string;
  goals: { description: string; status: string; progress: number | null }[];
  /** Onward referrals to community services with their status and outcome, one a line. */
  onwardReferrals?: string;
  /** Outcome measures: the change from the baseline to the latest score, one score a line. */
  outcomes?: string;
}

/** The discharge summary to the GP and the referrer: what happened, what was arranged. */
export function dischargedMessage(person: Person, referral: ReferralFacts, d: DischargeFacts): MessageBack {
  const goals = d.goals.length
    ? d.goals
        .map(
          (g) =>
            `${g.description} — ${g.status.replace(/_/g, ' ')}${g.progress !== null ? ` (progress ${g.progress}/10)` : ''}`,
        )
        .join('\n')
    : 'No goals were recorded.';
  return {
    kind: 'discharged',
    code: SNOMED.referral,
    body: {
      heading: `Social prescribing discharge summary: ${person.name}`,
      summary: `${person.name} was discharged from ${referral.schemeName} on ${formatLondonDate(d.closedAt)}: ${d.reasonLabel}.`,
      sections: [
        personSection(person),
        referralSection(referral),
        {
          title: 'Contact',
          text: `First contact ${d.firstContactAt ? formatLondonDate(d.firstContactAt) : 'not made'}; ${d.sessionsHeld} session(s) held; ${d.didNotAttend} not attended. Link worker: ${d.workerName}.`,
        },
        { title: 'Discharge reason', text: d.reasonLabel },
        { title: 'Summary', text: d.summary },
        { title: 'Goals and progress', text: goals },
        ...(d.outcomes ? [{ title: 'Outcome measures', text: d.outcomes }] : []),
        { title: 'What was arranged', text: d.arranged || 'Nothing further was arranged.' },
        ...(d.onwardReferrals ? [{ title: 'Onward referrals', text: d.onwardReferrals }] : []),
      ],
    },
  };
}

export function unableToContactMessage(
  person: Person,
  referral: ReferralFacts,
  attempts: number,
  closedAt: Date,
): MessageBack {
  return {
    kind: 'unable_to_contact',
    code: SNOMED.referral,
    body: {
      heading: `Unable to contact: ${person.name}`,
      summary: `${referral.schemeName} could not reach ${person.name} after ${attempts} attempt(s), including a letter, and closed the referral on ${formatLondonDate(closedAt)}. The person can be referred again at any time.`,
      sections: [
        personSection(person),
        referralSection(referral),
        { title: 'Contact attempts', text: `${attempts} attempt(s), the last by letter.` },
      ],
    },
  };
}
