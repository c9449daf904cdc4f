import { apiRequest, toQuery } from './client.ts';
import type { ResponseOf } from './contract.ts';

/** Shapes of src/modules/reporting/reports/practice-summary.schemas.ts, from the server's contract. */
export type PracticeSummary = ResponseOf<'/api/schemes/{slug}/reports/practices/{ods}/summary', 'get'>;
export type PracticeFigure = PracticeSummary['figures'][number];

/** One GP practice's month at a glance beside the scheme's, for printing. */
export const practiceSummaryApi = {
  get: (slug: string, ods: string, month: string | null) =>
    apiRequest<PracticeSummary>(
      `/api/schemes/${encodeURIComponent(slug)}/reports/practices/${encodeURIComponent(ods)}/summary${toQuery({ month })}`,
    ),
};
