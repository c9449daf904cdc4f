import { apiRequest } from '../../api/client.ts';
import type { BodyOf } from '../../api/contract.ts';
import type { OutcomeMeasures } from '../../api/outcomes.ts';

/** Choosing the measures asked of everyone and the review interval, with the version last seen. */
export type OutcomeSettingsBody = BodyOf<'/api/schemes/{slug}/outcome-measures/settings', 'put'>;
/** A licensed measure the scheme adds as a JSON definition. */
export type AddMeasureBody = BodyOf<'/api/schemes/{slug}/outcome-measures', 'post'>;

const measuresPath = (slug: string) => `/api/schemes/${encodeURIComponent(slug)}/outcome-measures`;

/** The scheme manager's calls about outcome measures; both answer with every measure and the settings. */
export const outcomeSettingsApi = {
  save: (slug: string, body: OutcomeSettingsBody) =>
    apiRequest<OutcomeMeasures>(`${measuresPath(slug)}/settings`, { method: 'PUT', body }),
  add: (slug: string, body: AddMeasureBody) =>
    apiRequest<OutcomeMeasures>(measuresPath(slug), { method: 'POST', body }),
};
