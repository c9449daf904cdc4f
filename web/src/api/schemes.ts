import { apiRequest } from './client.ts';
import type { SchemeOverview } from './types.ts';

/** Calls for people working in a scheme (every role but administrator, for their active scheme). */
export const schemesApi = {
  getScheme: (slug: string) => apiRequest<SchemeOverview>(`/api/schemes/${encodeURIComponent(slug)}`),
};
