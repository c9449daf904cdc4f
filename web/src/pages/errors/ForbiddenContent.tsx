import { Link } from 'react-router-dom';
import { usePageTitle } from '../../hooks/usePageTitle.ts';

/** What a page shows when the server (or the active role) does not allow it. */
export function ForbiddenContent({ detail }: { detail?: string }) {
  usePageTitle('You do not have access');
  return (
    <>
      <h1>You do not have access</h1>
      {detail ? <p>{detail}</p> : null}
      <p>
        <Link to="/">Go to the home page</Link>
      </p>
    </>
  );
}
