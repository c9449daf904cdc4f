import type { ReferralEventView } from '../../api/referrals.ts';
import { formatDateTime } from '../../lib/format.ts';
import { evaluationText, sourceText, statusText } from './labels.tsx';

const KINDS: Record<string, string> = {
  received: 'Referral received',
  accept: 'Accepted onto the waiting list',
  decline: 'Declined',
  'request-information': 'More information asked for',
  'provide-information': 'More information given',
  'possible-crisis': 'Flagged as a possible crisis: review today',
  allocate: 'Allocated to a link worker',
  complexity: 'Complexity flags set',
  complete: 'Completed',
  cancel: 'Cancelled',
};

const DETAIL_LABELS: Record<string, string> = {
  question: 'Question',
  answer: 'Answer',
  reason: 'Reason',
  alternative: 'Suggested alternative',
  workerName: 'Link worker',
  worker: 'Link worker',
  evaluation: 'Criteria check',
  source: 'Came from',
  complexity: 'Complexity',
  trainingMissing: 'Training missing or lapsed',
  overrideReason: 'Manager’s reason for allocating anyway',
  acceptReason: 'Reason for accepting despite the criteria check',
  riskLanguage: 'Words that suggest a risk of harm',
};

function detailValue(key: string, value: string): string {
  if (key === 'evaluation') return evaluationText(value);
  if (key === 'source') return sourceText(value);
  return value;
}

/** The details worth reading: words the server recorded, never internal ids. */
function details(detail: Record<string, unknown>): { label: string; text: string }[] {
  return Object.entries(detail)
    .filter(
      (entry): entry is [string, string] =>
        typeof entry[1] === 'string' && entry[1].trim() !== '' && entry[0] in DETAIL_LABELS,
    )
    .map(([key, value]) => ({ label: DETAIL_LABELS[key] ?? key, text: detailValue(key, value) }));
}

/** What happened to the referral, oldest first, with who did it. */
export function ReferralTimeline({ events }: { events: readonly ReferralEventView[] }) {
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Timeline</h2>
      {events.length === 0 ? (
        <p>Nothing has happened to this referral yet.</p>
      ) : (
        <ol className="nhsuk-list linkwork-timeline">
          {events.map((event, index) => (
            <li key={`${event.at}:${index}`} className="linkwork-timeline__item">
              <h3 className="nhsuk-heading-xs linkwork-timeline__title">
                {KINDS[event.kind] ?? statusText(event.status)}
              </h3>
              <p className="nhsuk-body-s linkwork-timeline__when">
                {formatDateTime(event.at)}
                {event.by ? ` by ${event.by}` : ''}
              </p>
              {details(event.detail).map((d) => (
                <p key={d.label} className="linkwork-pre-line">
                  <strong>{d.label}:</strong> {d.text}
                </p>
              ))}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
