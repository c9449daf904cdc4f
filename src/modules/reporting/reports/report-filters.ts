/**
 * The filters every report takes: a range of whole London calendar months, and optionally one practice, one need
 * and one link worker. Checked here once, with a clear error per field; the rollups are monthly, so are the ranges.
 */
import { Type, type Static } from 'typebox';
import { fail, type FieldError } from '../../../platform/errors.ts';
import { londonDate } from '../../../platform/london-time.ts';

const Month = Type.String({ maxLength: 7, description: 'A month as yyyy-mm (London calendar)' });

export const ReportQuery = Type.Object(
  {
    from: Type.Optional(Month),
    to: Type.Optional(Month),
    practice: Type.Optional(Type.String({ maxLength: 20, description: "A practice's ODS code" })),
    need: Type.Optional(Type.String({ maxLength: 60, description: 'A need code' })),
    worker: Type.Optional(Type.String({ maxLength: 40, description: "A link worker's user id" })),
  },
  { additionalProperties: false },
);
export type ReportQuery = Static<typeof ReportQuery>;

/** A commissioner's query: the same filters but a worker, and the schemes to sum over (slugs, comma-separated). */
export const CommissionedQuery = Type.Object(
  {
    from: Type.Optional(Month),
    to: Type.Optional(Month),
    practice: Type.Optional(Type.String({ maxLength: 20, description: "A practice's ODS code" })),
    need: Type.Optional(Type.String({ maxLength: 60, description: 'A need code' })),
    worker: Type.Optional(
      Type.String({ maxLength: 40, description: 'Refused: commissioners see no one member of staff' }),
    ),
    schemes: Type.Optional(
      Type.String({ maxLength: 2000, description: 'Scheme slugs, comma-separated; all your schemes when left out' }),
    ),
  },
  { additionalProperties: false },
);

export interface ReportFilters {
  /** First day of the first month, and of the last month, inclusive ('yyyy-mm-01'). */
  fromMonth: string;
  toMonth: string;
  practice: string | null;
  need: string | null;
  worker: string | null;
  /**
   * The link workers whose work the reader may see: a supervisor's supervisees, or null for everyone (a manager, a
   * commissioner). Set from who is reading, never from the query.
   */
  workers: readonly string[] | null;
  /**
   * Who the tables are for: the scheme's own staff, or a commissioner, whose tables must not list any one member of
   * staff (a table of figures per link worker is left out for them). Set from who is reading, never from the query.
   */
  audience: 'scheme' | 'commissioner';
  /** The London day the report is read ('yyyy-mm-dd'): what is measured "as at now" (a practice's weeks without referrals). */
  today: string;
}

/** The longest range a report covers: ten years of months. */
export const MAX_MONTHS = 120;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Months from one yyyy-mm-01 to another, counting both. */
export function monthsBetween(fromMonth: string, toMonth: string): number {
  const [fy, fm] = fromMonth.split('-').map(Number);
  const [ty, tm] = toMonth.split('-').map(Number);
  return (ty! - fy!) * 12 + (tm! - fm!) + 1;
}

/** yyyy-mm-01 some months on. */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number);
  const at = new Date(Date.UTC(y!, m! - 1 + n, 1));
  return at.toISOString().slice(0, 10);
}

/**
 * Checks the query and fills the defaults: the last twelve months up to this one. Codes for practice and need are
 * checked against what the scheme knows by the caller, which has the lists.
 */
export function reportFilters(query: ReportQuery, now: Date): ReportFilters {
  const errors: FieldError[] = [];
  const thisMonth = `${londonDate(now).slice(0, 7)}-01`;
  const month = (field: 'from' | 'to', value: string | undefined, fallback: string): string => {
    if (value === undefined || value === '') return fallback;
    if (!MONTH.test(value)) {
      errors.push({
        field,
        message: `"${value}" is not a month.`,
        fix: 'Give the month as yyyy-mm, for example 2026-04.',
      });
      return fallback;
    }
    return `${value}-01`;
  };
  const toMonth = month('to', query.to, thisMonth);
  const fromMonth = month('from', query.from, addMonths(toMonth, -11));
  if (!errors.length && fromMonth > toMonth)
    errors.push({
      field: 'from',
      message: `The range starts (${fromMonth.slice(0, 7)}) after it ends (${toMonth.slice(0, 7)}).`,
      fix: 'Give a "from" month on or before the "to" month.',
    });
  else if (!errors.length && monthsBetween(fromMonth, toMonth) > MAX_MONTHS)
    errors.push({
      field: 'from',
      message: `The range covers ${monthsBetween(fromMonth, toMonth)} months; a report covers at most ${MAX_MONTHS}.`,
      fix: 'Choose a range of ten years or less.',
    });
  if (query.worker !== undefined && query.worker !== '' && !UUID.test(query.worker))
    errors.push({
      field: 'worker',
      message: `"${query.worker}" is not a link worker's id.`,
      fix: 'Choose a link worker from the list, or leave the filter empty for everyone.',
    });
  if (errors.length) throw fail.validation(errors);
  return {
    fromMonth,
    toMonth,
    practice: query.practice || null,
    need: query.need || null,
    worker: query.worker || null,
    workers: null,
    audience: 'scheme',
    today: londonDate(now),
  };
}
