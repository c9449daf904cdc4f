import type { ApiError } from '../../api/client.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';

/** What a page shows when its data could not be loaded for a reason other than access. */
export function ProblemContent({ error }: { error: ApiError }) {
  usePageTitle('Sorry, there is a problem with the service');
  return (
    <>
      <h1>Sorry, there is a problem with the service</h1>
      <p>{error.problem.detail ?? 'Try again later.'}</p>
      {error.problem.requestId ? (
        <p className="nhsuk-body-s">
          If you contact support, give them this reference: <code>{error.problem.requestId}</code>
        </p>
      ) : null}
    </>
  );
}
