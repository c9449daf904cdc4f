import { apiRequest } from './client.ts';
import type { ResponseOf } from './contract.ts';

/** The coded lists every form chooses from (GET /api/codes). */
export type Codes = ResponseOf<'/api/codes/', 'get'>;
export type NeedCode = Codes['needs'][number];
export type CircumstanceCode = Codes['circumstances'][number];
export type CodeLabel = Codes['dischargeReasons'][number];

let cached: Promise<Codes> | null = null;

/** The coded lists; public, and the same for everyone, so fetched once per page load. */
export const codesApi = {
  get: (): Promise<Codes> => {
    if (!cached) {
      cached = apiRequest<Codes>('/api/codes', { expectUnauthorized: true });
      cached.catch(() => {
        cached = null;
      });
    }
    return cached;
  },
};

/** The words for a code, or the code itself when the list does not know it. */
export function labelFor(list: readonly { code: string; label: string }[], code: string): string {
  return list.find((item) => item.code === code)?.label ?? code;
}
