import { adminApi } from '../../api/admin.ts';
import { useApiData } from '../../hooks/useApiData.ts';

/** Loads the user named in the page address. */
export function useAdminUser(id: string) {
  return useApiData(`user:${id}`, () => adminApi.getUser(id));
}
