import type { CapacityStatus, ChangeKind, FreshnessState, OrukService, ServiceResult } from '../../api/directory.ts';
import { Tag, type TagColour } from '../../components/Tag.tsx';
import { formatDate } from '../../lib/format.ts';

const CAPACITY: Record<CapacityStatus | 'unknown', { text: string; colour: TagColour }> = {
  capacity: { text: 'Taking people on', colour: 'green' },
  waitlist: { text: 'Waiting list', colour: 'yellow' },
  no_capacity: { text: 'Not taking people on', colour: 'red' },
  unknown: { text: 'Capacity not known', colour: 'grey' },
};

export const CAPACITY_OPTIONS = (['capacity', 'waitlist', 'no_capacity', 'unknown'] as const).map((value) => ({
  value,
  text: CAPACITY[value].text,
}));

/** The capacity tag: the words carry the meaning, the colour only helps. */
export function CapacityTag({ status }: { status: CapacityStatus | null }) {
  const c = CAPACITY[status ?? 'unknown'];
  return <Tag colour={c.colour}>{c.text}</Tag>;
}

/** "Details not confirmed for over a year" and "never confirmed" say so; fresh entries show nothing. */
export function FreshnessTag({ state }: { state: FreshnessState }) {
  if (state === 'stale') return <Tag colour="orange">Stale: not confirmed for over 12 months</Tag>;
  if (state === 'unknown') return <Tag colour="grey">Never confirmed</Tag>;
  return null;
}

/** The service's status when it is not simply active. */
export function StatusTag({ status }: { status: string }) {
  if (status === 'active') return null;
  return (
    <Tag colour="red">
      {status === 'temporarily closed' ? 'Temporarily closed' : status === 'inactive' ? 'Inactive' : 'Closed for good'}
    </Tag>
  );
}

/** When the details were last confirmed, in words. */
export function freshnessText(f: ServiceResult['freshness']): string {
  if (!f.assuredDate) return 'The details have never been confirmed.';
  return `Details confirmed ${formatDate(f.assuredDate)}${f.state === 'stale' ? ' (over 12 months ago: check before referring)' : ''}.`;
}

/** How quickly and how often the service takes up onward referrals, in words. */
export function referralsText(r: ServiceResult['referrals']): string {
  if (r.answered === 0) return 'No onward referrals answered yet.';
  const hours = r.medianResponseHours;
  const time =
    hours === null
      ? 'response time not known'
      : hours < 1
        ? 'usually answers within an hour'
        : hours < 48
          ? `usually answers in about ${Math.round(hours)} hours`
          : `usually answers in about ${Math.round(hours / 24)} days`;
  const rate = r.acceptanceRate === null ? '' : `, accepts ${Math.round(r.acceptanceRate * 100)} in 100`;
  return `${time[0]!.toUpperCase()}${time.slice(1)}${rate} (from ${r.answered} answered referral${r.answered === 1 ? '' : 's'}).`;
}

/** The age range, in words. */
export function ageText(a: ServiceResult['ageRange']): string {
  if (a.minimum !== null && a.maximum !== null) return `Ages ${a.minimum} to ${a.maximum}`;
  if (a.minimum !== null) return `Ages ${a.minimum} and over`;
  if (a.maximum !== null) return `Ages up to ${a.maximum}`;
  return 'Any age';
}

/** Languages as names. */
export function languagesText(languages: { name: string | null; code: string | null }[]): string {
  if (languages.length === 0) return 'Not stated';
  return languages
    .map((l) => l.name ?? l.code ?? '')
    .filter(Boolean)
    .join(', ');
}

export const DAYS: { code: string; name: string }[] = [
  { code: 'MO', name: 'Monday' },
  { code: 'TU', name: 'Tuesday' },
  { code: 'WE', name: 'Wednesday' },
  { code: 'TH', name: 'Thursday' },
  { code: 'FR', name: 'Friday' },
  { code: 'SA', name: 'Saturday' },
  { code: 'SU', name: 'Sunday' },
];
const DAY_NAME = new Map(DAYS.map((d) => [d.code, d.name]));
const ORDINAL: Record<string, string> = { '1': 'first', '2': 'second', '3': 'third', '4': 'fourth', '-1': 'last' };

function list(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** "10am", "1:30pm" from "13:30:00". */
export function timeText(time: string): string {
  const [h = 0, m = 0] = time.split(':').map(Number);
  return `${((h + 11) % 12) + 1}${m ? `:${String(m).padStart(2, '0')}` : ''}${h < 12 ? 'am' : 'pm'}`;
}

/**
 * An ORUK schedule (iCal-style: freq, interval, byday such as "MO,WE" or "1TU", opens_at and
 * closes_at) in words; falls back to its own description when the rule cannot be read.
 */
export function scheduleText(s: NonNullable<OrukService['schedules']>[number]): string {
  const days = (s.byday ?? '')
    .split(',')
    .map((d) => d.trim().toUpperCase())
    .filter(Boolean);
  const parsed = days.map((d) => {
    const match = /^(-?\d)?([A-Z]{2})$/.exec(d);
    const name = match ? DAY_NAME.get(match[2]!) : undefined;
    if (!match || !name) return null;
    return match[1] ? `the ${ORDINAL[match[1]] ?? `${match[1]}th`} ${name} of the month` : name;
  });
  const hours = s.opens_at && s.closes_at ? `, ${timeText(s.opens_at)} to ${timeText(s.closes_at)}` : '';
  if (days.length > 0 && parsed.every((p) => p !== null)) {
    const every =
      s.freq === 'MONTHLY' || days.some((d) => /^-?\d/.test(d))
        ? ''
        : s.interval && s.interval > 1
          ? `Every ${s.interval} weeks on `
          : 'Every ';
    return `${every}${list(parsed as string[])}${hours}`;
  }
  if (s.freq === 'MONTHLY' && s.bymonthday) return `Monthly on day ${s.bymonthday}${hours}`;
  return s.description ?? 'Times not stated';
}

export const CHANGE_KINDS: { value: ChangeKind; text: string }[] = [
  { value: 'closed', text: 'It has closed' },
  { value: 'wrong_contact', text: 'The phone number, email or website is wrong' },
  { value: 'wrong_times', text: 'The days or times are wrong' },
  { value: 'other', text: 'Something else' },
];
export const changeKindText = (kind: ChangeKind) => CHANGE_KINDS.find((k) => k.value === kind)?.text ?? kind;
