import { Link } from 'react-router-dom';
import { usePageTitle } from '../../hooks/usePageTitle.ts';

/** Shown for any address Linkwork does not know, and for records that do not exist. */
export function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <>
      <h1>Page not found</h1>
      <p>If you typed the web address, check it is correct.</p>
      <p>If you pasted the web address, check you copied the entire address.</p>
      <p>
        <Link to="/">Go to the home page</Link>
      </p>
    </>
  );
}
