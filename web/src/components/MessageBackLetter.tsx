import { useRef } from 'react';
import { formatDateTime } from '../lib/format.ts';
import { Button } from './Button.tsx';

/** A message back to the GP and referrer (PRSB Social Prescribing Information Standard headings). */
export interface LetterMessage {
  id: string;
  kind: string;
  code: { system: string; code: string; display: string };
  createdAt: string;
  body: { heading: string; summary: string; sections: { title: string; text: string }[] };
}

const KINDS: Record<string, string> = {
  declined: 'Referral declined',
  discharged: 'Discharge summary',
  unable_to_contact: 'Unable to contact',
  information_requested: 'More information needed',
};

/**
 * Prints this letter alone: the print style sheet hides everything else on the page while the
 * body carries `linkwork-print-one` and the letter carries `linkwork-printing`.
 */
function printLetter(letter: HTMLElement | null) {
  if (!letter) {
    window.print();
    return;
  }
  const done = () => {
    document.body.classList.remove('linkwork-print-one');
    letter.classList.remove('linkwork-printing');
    window.removeEventListener('afterprint', done);
  };
  document.body.classList.add('linkwork-print-one');
  letter.classList.add('linkwork-printing');
  window.addEventListener('afterprint', done);
  window.print();
}

interface MessageBackLetterProps {
  message: LetterMessage;
  /** The letter's heading level: 2 on a page of its own, 3 under a "Messages back" heading. */
  headingLevel?: 2 | 3;
}

/** A message back shown as a letter, with its SNOMED CT code and a button to print it. */
export function MessageBackLetter({ message, headingLevel = 3 }: MessageBackLetterProps) {
  const ref = useRef<HTMLElement>(null);
  const headingId = `letter-${message.id}-heading`;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const SectionHeading = headingLevel === 2 ? 'h3' : 'h4';
  return (
    <section className="linkwork-letter" aria-labelledby={headingId} ref={ref}>
      <p className="nhsuk-caption-m">{KINDS[message.kind] ?? 'Message back'}</p>
      <Heading className="nhsuk-heading-m" id={headingId}>
        {message.body.heading}
      </Heading>
      <dl className="nhsuk-summary-list nhsuk-summary-list--no-border linkwork-letter__meta">
        <div className="nhsuk-summary-list__row nhsuk-summary-list__row--no-actions">
          <dt className="nhsuk-summary-list__key">Sent</dt>
          <dd className="nhsuk-summary-list__value">{formatDateTime(message.createdAt)}</dd>
        </div>
        <div className="nhsuk-summary-list__row nhsuk-summary-list__row--no-actions">
          <dt className="nhsuk-summary-list__key">Code</dt>
          <dd className="nhsuk-summary-list__value">
            SNOMED CT {message.code.code} {message.code.display}
          </dd>
        </div>
      </dl>
      <p className="nhsuk-body-l">{message.body.summary}</p>
      {message.body.sections.map((section, index) => (
        <div key={`${index}:${section.title}`}>
          <SectionHeading className="nhsuk-heading-s">{section.title}</SectionHeading>
          <p className="linkwork-pre-line">{section.text}</p>
        </div>
      ))}
      <div className="linkwork-no-print">
        <Button type="button" variant="secondary" onClick={() => printLetter(ref.current)}>
          Print this letter
        </Button>
      </div>
    </section>
  );
}
