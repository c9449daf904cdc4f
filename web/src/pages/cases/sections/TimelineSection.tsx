import type { TimelineEntry } from '../../../api/cases.ts';
import { Tag } from '../../../components/Tag.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { SECTIONS } from './sectionTypes.ts';

/** Everything that has happened on the referral and the case, oldest first; risk events (recorded, escalated, actions, closed) are tagged. */
export function TimelineSection({ entries }: { entries: TimelineEntry[] }) {
  return (
    <section className="linkwork-case-section" aria-labelledby={SECTIONS.timeline.id}>
      <h2 id={SECTIONS.timeline.id}>{SECTIONS.timeline.title}</h2>
      {entries.length === 0 ? (
        <p>Nothing has happened yet.</p>
      ) : (
        <ol className="nhsuk-list linkwork-case-timeline" aria-label="Events, oldest first">
          {entries.map((entry, index) => (
            <li className="linkwork-case-timeline__item" key={`${entry.at}:${entry.kind}:${index}`}>
              <p className="nhsuk-body-s linkwork-case-timeline__when">
                <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
                {entry.by ? ` – ${entry.by}` : ''}
              </p>
              <p className="linkwork-case-text linkwork-case-timeline__text">
                {entry.kind.startsWith('risk.') ? (
                  <>
                    <Tag colour="red">Risk</Tag>{' '}
                  </>
                ) : null}
                {entry.text}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
