import { apiRequest } from './client.ts';
import type { BodyOf, ResponseOf } from './contract.ts';
import type { CaseView } from './cases.ts';

/** Shapes of src/modules/pathway/outcomes/outcomes.schemas.ts, from the server's contract. */

/** The scheme's measures: what it asks, and every definition a recording form needs. */
export type OutcomeMeasures = ResponseOf<'/api/schemes/{slug}/outcome-measures', 'get'>;
export type MeasureDefinition = OutcomeMeasures['measures'][number]['definition'];
export type MeasureItem = MeasureDefinition['items'][number];

/** A measure on the case page: whether it is due, every asking, and the change since the baseline. */
export type CaseMeasure = CaseView['outcomes']['measures'][number];
export type MeasureRecord = CaseMeasure['records'][number];
export type MeasureChange = CaseMeasure['change'][number];
export type MeasureScoreShape = CaseMeasure['scores'][number];
export type Timepoint = MeasureRecord['timepoint'];

/** Recording a measure with the person, or their reason for declining it. */
export type OutcomeBody = BodyOf<'/api/schemes/{slug}/cases/{id}/outcomes', 'post'>;

const schemePath = (slug: string) => `/api/schemes/${encodeURIComponent(slug)}`;

/** Calls about outcome measures: the scheme's definitions, and recording one on a case. */
export const outcomesApi = {
  measures: (slug: string) => apiRequest<OutcomeMeasures>(`${schemePath(slug)}/outcome-measures`),
  record: (slug: string, caseId: string, body: OutcomeBody) =>
    apiRequest<CaseView>(`${schemePath(slug)}/cases/${encodeURIComponent(caseId)}/outcomes`, { method: 'POST', body }),
};
