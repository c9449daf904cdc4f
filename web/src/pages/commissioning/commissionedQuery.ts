import type { CommissionedFilterValues } from '../../api/commissioning.ts';
import type { ReportFilters, ReportName } from '../../api/reports.ts';
import type { SelectOption } from '../../components/form/Select.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { rangeInWords } from '../reports/reportSummary.ts';

/** The filters a commissioner's report reads from its address; `schemes` is comma-separated slugs, none for all. */
export const COMMISSIONED_FILTERS = ['from', 'to', 'practice', 'need', 'schemes'] as const;

/** The report's filters as the address holds them, so a filtered report can be bookmarked and shared. */
export function commissionedFiltersIn(params: URLSearchParams): CommissionedFilterValues {
  const values: CommissionedFilterValues = {};
  for (const name of COMMISSIONED_FILTERS) values[name] = params.get(name) ?? '';
  return values;
}

/** The report page's address for a report and schemes (none: every granted scheme). */
export function reportAddress(report: ReportName, slugs: readonly string[]): string {
  const query = slugs.length ? `?${new URLSearchParams({ schemes: slugs.join(',') }).toString()}` : '';
  return `/commissioning/reports/${report}${query}`;
}

/**
 * The report's range and filters in words, then how current the figures are; as the manager's summary says it,
 * without a link worker, since a commissioner never sees one: "From April 2026 to March 2027; every practice and
 * every need."
 */
export function commissionedSummary(
  filters: ReportFilters,
  generatedAt: string,
  needs: readonly SelectOption[] | null,
): string {
  const range = filters.from === filters.to ? `In ${rangeInWords(filters)}` : `From ${rangeInWords(filters)}`;
  const practice = filters.practice ? `the practice ${filters.practice}` : 'every practice';
  const needName = needs?.find((n) => n.value === filters.need)?.text ?? filters.need;
  const need = filters.need ? `the need ${needName}` : 'every need';
  return `${range}; ${practice} and ${need}. The figures are as at ${formatDateTime(generatedAt)}.`;
}
