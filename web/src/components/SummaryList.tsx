import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';

/** The NHS.UK summary list: key and value pairs, for reading a record's details. */
export function SummaryList({ children, noBorder }: { children: ReactNode; noBorder?: boolean }) {
  return (
    <dl className={noBorder ? 'nhsuk-summary-list nhsuk-summary-list--no-border' : 'nhsuk-summary-list'}>{children}</dl>
  );
}

interface SummaryRowProps {
  label: string;
  children: ReactNode;
  /** A "Change" link; `what` names the row for screen readers ("Change date of birth"). */
  action?: { to: string; text?: string; what?: string };
}

/** One row of a summary list; empty values read "Not given" rather than a blank. */
export function SummaryRow({ label, children, action }: SummaryRowProps) {
  const empty = children === null || children === undefined || children === '';
  return (
    <div className={action ? 'nhsuk-summary-list__row' : 'nhsuk-summary-list__row nhsuk-summary-list__row--no-actions'}>
      <dt className="nhsuk-summary-list__key">{label}</dt>
      <dd className="nhsuk-summary-list__value">{empty ? 'Not given' : children}</dd>
      {action ? (
        <dd className="nhsuk-summary-list__actions">
          <Link to={action.to}>
            {action.text ?? 'Change'}
            <span className="nhsuk-u-visually-hidden"> {action.what ?? label.toLowerCase()}</span>
          </Link>
        </dd>
      ) : null}
    </div>
  );
}
