import type { ApiError } from '../api/client.ts';
import { ForbiddenContent } from '../pages/errors/ForbiddenContent.tsx';
import { NotFoundPage } from '../pages/errors/NotFoundPage.tsx';
import { ProblemContent } from '../pages/errors/ProblemContent.tsx';

/** Turns a failed page load into the right NHS error page content. */
export function LoadFailure({ error }: { error: ApiError }) {
  if (error.status === 401) return null;
  if (error.status === 403) return <ForbiddenContent detail={error.problem.detail} />;
  if (error.status === 404) return <NotFoundPage />;
  return <ProblemContent error={error} />;
}

/**
 * The same decision for data that is only one part of a page (under its own h2): the page keeps its
 * h1 and title, and the part says why it could not be shown.
 */
export function SectionLoadFailure({ error, what }: { error: ApiError; what: string }) {
  if (error.status === 401) return null;
  let message: string;
  if (error.status === 403) message = `You do not have access to ${what}. ${error.problem.detail ?? ''}`.trim();
  else if (error.status === 404) message = `${what[0]?.toUpperCase() ?? ''}${what.slice(1)} could not be found.`;
  else message = `Sorry, ${what} could not be loaded. ${error.problem.detail ?? 'Try again later.'}`;
  return (
    <div className="nhsuk-inset-text">
      <span className="nhsuk-u-visually-hidden">Information: </span>
      <p>{message}</p>
      {error.problem.requestId ? (
        <p className="nhsuk-body-s">
          If you contact support, give them this reference: <code>{error.problem.requestId}</code>
        </p>
      ) : null}
    </div>
  );
}
