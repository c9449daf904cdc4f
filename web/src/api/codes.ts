import { apiRequest } from './client.ts';

export interface NeedCode {
  code: string;
  label: string;
  snomed: { code: string; display: string } | null;
}

export interface CircumstanceCode {
  code: string;
  label: string;
  /** The alternative pathway suggested by default when a scheme excludes this circumstance. */
  defaultAlternative: string;
}

export interface CodeLabel {
  code: string;
  label: string;
}

/** The coded lists every form chooses from (GET /api/codes). */
export interface Codes {
  needs: NeedCode[];
  circumstances: CircumstanceCode[];
  ethnicCategories: CodeLabel[];
  dischargeReasons: CodeLabel[];
}

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
