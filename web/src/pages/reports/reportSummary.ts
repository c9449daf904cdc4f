import type { ReportFilters } from '../../api/reports.ts';
import type { SelectOption } from '../../components/form/Select.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { formatMonth } from './reportCells.ts';

export interface FilterNames {
  needs: readonly SelectOption[] | null;
  practices: readonly SelectOption[] | null;
  workers: readonly SelectOption[] | null;
}

function nameIn(list: readonly SelectOption[] | null, value: string): string {
  return list?.find((o) => o.value === value)?.text ?? value;
}

/** The months a report covers in words: "January 2026 to December 2026", or one month alone. */
export function rangeInWords(filters: Pick<ReportFilters, 'from' | 'to'>): string {
  return filters.from === filters.to
    ? formatMonth(filters.from)
    : `${formatMonth(filters.from)} to ${formatMonth(filters.to)}`;
}

/**
 * The report's range and filters in words, then how current the figures are, so a printed or shared page says
 * what it counts: "From April 2026 to March 2027; every practice, the need Bereavement and every link worker."
 */
export function reportSummary(filters: ReportFilters, generatedAt: string, names: FilterNames): string {
  const range = filters.from === filters.to ? `In ${rangeInWords(filters)}` : `From ${rangeInWords(filters)}`;
  const practice = filters.practice ? `the practice ${nameIn(names.practices, filters.practice)}` : 'every practice';
  const need = filters.need ? `the need ${nameIn(names.needs, filters.need)}` : 'every need';
  const worker = filters.worker ? `the link worker ${nameIn(names.workers, filters.worker)}` : 'every link worker';
  return `${range}; ${practice}, ${need} and ${worker}. The figures are exact to the last change, as at ${formatDateTime(generatedAt)}.`;
}
