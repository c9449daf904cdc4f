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
