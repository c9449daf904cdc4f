import { Link } from 'react-router-dom';

/** The NHS.UK back link, to an explicit page rather than browser history. */
export function BackLink({ to, children = 'Back' }: { to: string; children?: string }) {
  return (
    <Link className="nhsuk-back-link" to={to}>
      {children}
    </Link>
  );
}
