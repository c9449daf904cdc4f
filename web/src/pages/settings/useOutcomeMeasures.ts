import { outcomesApi } from '../../api/outcomes.ts';
import { useApiData } from '../../hooks/useApiData.ts';
import { useScheme } from '../referrals/SchemeContext.tsx';

/** The scheme's measures and settings, for the manager's form and the settings page's summary. */
export function useOutcomeMeasures() {
  const scheme = useScheme();
  return useApiData(`outcome-measures:${scheme.slug}`, () => outcomesApi.measures(scheme.slug));
}
