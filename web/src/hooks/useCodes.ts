import { codesApi } from '../api/codes.ts';
import { useApiData } from './useApiData.ts';

/** The coded lists (needs, circumstances, ethnic categories, discharge reasons). */
export function useCodes() {
  return useApiData('codes', () => codesApi.get());
}
