import type { Evaluation, ReferralStatus } from '../../api/referrals.ts';
import { Tag, type TagColour } from '../../components/Tag.tsx';

const STATUS: Record<ReferralStatus, { text: string; colour: TagColour }> = {
  received: { text: 'Waiting for triage', colour: 'blue' },
  information_requested: { text: 'More information asked for', colour: 'yellow' },
  waiting: { text: 'Accepted, waiting for a link worker', colour: 'aqua-green' },
  declined: { text: 'Declined', colour: 'red' },
  allocated: { text: 'With a link worker', colour: 'green' },
  completed: { text: 'Completed', colour: 'grey' },
  cancelled: { text: 'Cancelled', colour: 'grey' },
};

const EVALUATION: Record<Evaluation, { text: string; colour: TagColour }> = {
  in_scope: { text: 'In scope', colour: 'green' },
  needs_review: { text: 'Needs review', colour: 'yellow' },
  out_of_scope: { text: 'Out of scope', colour: 'red' },
};

const SOURCE: Record<string, string> = {
  referrer: 'Referrer',
  self_referral: 'Self-referral',
  community_organisation: 'Community organisation',
  gp_system: 'GP system',
};

/** A referral's status in words. */
export function statusText(status: string): string {
  return STATUS[status as ReferralStatus]?.text ?? status.replace(/_/g, ' ');
}

export function StatusTag({ status }: { status: string }) {
  return <Tag colour={STATUS[status as ReferralStatus]?.colour ?? 'grey'}>{statusText(status)}</Tag>;
}

export function evaluationText(evaluation: string): string {
  return EVALUATION[evaluation as Evaluation]?.text ?? evaluation.replace(/_/g, ' ');
}

/** The criteria check's result as a tag: in scope, needs review or out of scope. */
export function EvaluationTag({ evaluation }: { evaluation: string }) {
  return <Tag colour={EVALUATION[evaluation as Evaluation]?.colour ?? 'grey'}>{evaluationText(evaluation)}</Tag>;
}

/** Where a referral came from, in words. */
export function sourceText(source: string): string {
  return SOURCE[source] ?? source.replace(/_/g, ' ');
}

/** "today", "yesterday" or "12 days ago". */
export function daysAgo(days: number): string {
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  return `${days} days ago`;
}

/** "1 day" or "12 days". */
export function dayCount(days: number): string {
  return days === 1 ? '1 day' : `${days} days`;
}

/** Whole days since a moment, for lists that do not carry a count. */
export function daysSince(iso: string, now: Date = new Date()): number {
  const then = new Date(iso).getTime();
  if (Number.isNaN(then)) return 0;
  return Math.max(0, Math.floor((now.getTime() - then) / 86_400_000));
}

/** A person's name with their age, as lists show them: "Ann Lee, 54". */
export function nameWithAge(name: string, age: number | null): string {
  return age === null ? name : `${name}, ${age}`;
}

/** NHS numbers read in groups of 3, 3 and 4 digits. */
export function formatNhsNumber(value: string | null): string {
  if (!value) return '';
  const digits = value.replace(/\s/g, '');
  return /^\d{10}$/.test(digits) ? `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}` : value;
}
