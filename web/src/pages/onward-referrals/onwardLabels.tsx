import type { Attended, OnwardEvent, OnwardStatus } from '../../api/onwardReferrals.ts';
import { Tag, type TagColour } from '../../components/Tag.tsx';
import { formatDateTime } from '../../lib/format.ts';

const STATUS: Record<OnwardStatus, { text: string; colour: TagColour }> = {
  requested: { text: 'Waiting for an answer', colour: 'blue' },
  received: { text: 'Received', colour: 'blue' },
  accepted: { text: 'Accepted', colour: 'aqua-green' },
  rejected: { text: 'Declined', colour: 'red' },
  'in-progress': { text: 'In progress', colour: 'green' },
  'on-hold': { text: 'On hold', colour: 'yellow' },
  completed: { text: 'Completed', colour: 'green' },
  cancelled: { text: 'Cancelled', colour: 'grey' },
  failed: { text: 'Not completed', colour: 'orange' },
};

export const statusText = (s: OnwardStatus | string) => STATUS[s as OnwardStatus]?.text ?? s;

/** The onward referral's status as an NHS.UK tag: the words carry the meaning. */
export function OnwardStatusTag({ status }: { status: OnwardStatus }) {
  return <Tag colour={STATUS[status].colour}>{STATUS[status].text}</Tag>;
}

export const ATTENDED: Record<Attended, string> = {
  yes: 'Yes, they attended',
  no: 'No, they did not attend',
  unknown: 'Not known',
};

const KIND: Record<string, string> = {
  sent: 'Sent',
  reminded: 'Reminder sent: no answer yet',
  'auto-declined': 'Declined automatically: no answer in time',
  'recorded-by-hand': 'Recorded by hand',
  'business-status': 'Status note updated',
  'fhir-update': 'Updated by the organisation’s system',
};

/** The history of an onward referral, oldest first. */
export function OnwardHistory({ events }: { events: OnwardEvent[] }) {
  return (
    <ul className="nhsuk-list nhsuk-list--border">
      {events.map((e, i) => (
        <li key={`${e.at}-${i}`}>
          <strong>{formatDateTime(e.at)}</strong>:{' '}
          {KIND[e.kind]
            ? `${KIND[e.kind]}${e.kind === 'sent' || e.kind === 'reminded' ? '' : ` (${statusText(e.to).toLowerCase()})`}`
            : statusText(e.to)}
          {e.note ? ` — ${e.note}` : ''} ({e.by})
        </li>
      ))}
    </ul>
  );
}

/** "2 hours", "3 days": a median response time in words. */
export function hoursText(hours: number): string {
  if (hours < 1) return 'under an hour';
  if (hours < 48) return `${Math.round(hours)} hour${Math.round(hours) === 1 ? '' : 's'}`;
  return `${Math.round(hours / 24)} days`;
}
