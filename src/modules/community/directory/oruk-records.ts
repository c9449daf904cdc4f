import type { OrukKind } from './oruk-validate.ts';

export type OrukObject = Record<string, unknown>;

/** One top-level ORUK record read from a file, with where it came from for problem reports. */
export interface OrukRecord {
  kind: OrukKind;
  data: OrukObject;
  origin: string;
}

/** A record the import could not use: its id (when known), the JSON path and the reason. */
export interface ImportProblem {
  kind: OrukKind | 'file';
  id: string | null;
  origin: string;
  path: string;
  reason: string;
}

/** What a reader hands the import: the records it understood and the problems it met on the way. */
export interface OrukReadResult {
  source: string;
  format: 'json' | 'csv' | 'api';
  records: OrukRecord[];
  problems: ImportProblem[];
}

/** One thing a reader met, in reading order: a record to import, or a problem to report. */
export type OrukReadItem = { record: OrukRecord; problem?: undefined } | { problem: ImportProblem; record?: undefined };

/**
 * What a streaming reader hands the import: records and problems as the reader meets them, so a
 * large file is never held whole. Parents come before the records that refer to them.
 */
export interface OrukReadStream {
  source: string;
  format: 'json' | 'csv' | 'api';
  items: AsyncIterable<OrukReadItem>;
}

export function isObject(value: unknown): value is OrukObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function recordId(data: unknown): string | null {
  return isObject(data) && typeof data.id === 'string' ? data.id : null;
}
