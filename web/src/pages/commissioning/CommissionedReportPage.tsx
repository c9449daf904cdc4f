import { useMemo } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { commissioningApi, type CommissionedFilterValues } from '../../api/commissioning.ts';
import { isReportName, type ReportName } from '../../api/reports.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import type { SelectOption } from '../../components/form/Select.tsx';
import { LoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useApiData } from '../../hooks/useApiData.ts';
import { useCodes } from '../../hooks/useCodes.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { NotFoundPage } from '../errors/NotFoundPage.tsx';
import { ReportFilterForm, type FilterName, type FilterValues } from '../reports/ReportFilterForm.tsx';
import { ReportTableSection } from '../reports/ReportTableSection.tsx';
import { REPORT_TITLES } from '../reports/reportTitles.ts';
import { commissionedFiltersIn, commissionedSummary } from './commissionedQuery.ts';
import { chartableTables } from './suppressedCells.ts';
import { filterErrors } from '../reports/filterErrors.ts';

const SUPPRESSION_NOTICE =
  'Counts from 1 to 7 are shown as 1–7 and others rounded to the nearest 5; [c] marks a count hidden so that another cannot be worked out.';

/** A report summed across the commissioner's chosen schemes: suppressed counts, charts, figures and CSVs. */
export function CommissionedReportPage() {
  const { report } = useParams();
  if (!isReportName(report)) return <NotFoundPage />;
  return <CommissionedReport report={report} />;
}

function CommissionedReport({ report }: { report: ReportName }) {
  const [params, setParams] = useSearchParams();
  const applied = useMemo(() => commissionedFiltersIn(params), [params]);
  const data = useApiData(`commissioning:${report}:${params.toString()}`, () =>
    commissioningApi.report(report, applied),
  );
  const codes = useCodes();
  const granted = useApiData('commissioning:schemes', () => commissioningApi.schemes());
  const failure = data.state.status === 'failed' ? data.state.error : null;
  const errors = filterErrors(failure);
  const title = REPORT_TITLES[report];
  usePageTitle(title, errors.hasErrors);

  if (failure && !errors.hasErrors) return <LoadFailure error={failure} />;
  const view = data.state.status === 'ready' ? data.state.data : null;
  const needs: SelectOption[] | null =
    codes.state.status === 'ready' ? codes.state.data.needs.map((n) => ({ value: n.code, text: n.label })) : null;
  const practices: SelectOption[] | null =
    granted.state.status === 'ready'
      ? granted.state.data.practices.map((p) => ({ value: p.odsCode, text: `${p.name} (${p.odsCode})` }))
      : null;
  const initial: FilterValues = {
    from: applied.from || view?.filters.from || '',
    to: applied.to || view?.filters.to || '',
    practice: applied.practice ?? '',
    need: applied.need ?? '',
    worker: '',
  };
  const errorFor = (field: FilterName) => errors.fieldErrors.find((e) => e.field === field)?.text;
  const schemesError = errors.fieldErrors.find((e) => e.field === 'schemes')?.text;

  function apply(values: FilterValues) {
    const next: Record<string, string> = {};
    const chosen: CommissionedFilterValues = { ...values, schemes: applied.schemes };
    for (const [name, value] of Object.entries(chosen)) if (value?.trim()) next[name] = value.trim();
    setParams(next);
  }

  const csvFilters: CommissionedFilterValues = view ? { ...view.filters, schemes: applied.schemes } : applied;
  return (
    <>
      <BackLink to="/commissioning">Commissioning reports</BackLink>
      <ErrorSummary errors={errors} />
      <h1>{title}</h1>
      {schemesError ? (
        <p className="nhsuk-error-message" id="schemes">
          {schemesError} <Link to="/commissioning">Choose the schemes again</Link>
        </p>
      ) : null}
      {view ? (
        <>
          <p className="nhsuk-body-l" role="status">
            {commissionedSummary(view.filters, view.generatedAt, needs)}
          </p>
          <h2>Schemes in this report</h2>
          <ul className="nhsuk-list nhsuk-list--bullet">
            {view.schemes.map((s) => (
              <li key={s.slug}>{s.name}</li>
            ))}
          </ul>
          <p>
            <Link to="/commissioning">Choose other schemes or another report</Link>
          </p>
        </>
      ) : null}
      <div className="nhsuk-inset-text">
        <span className="nhsuk-u-visually-hidden">Information: </span>
        <p>{SUPPRESSION_NOTICE}</p>
        <p>
          Charts draw only the counts shown as numbers: a count shown as 1–7 or [c] is left out of its chart, and the
          table below each chart gives every figure as shown.
        </p>
      </div>
      <h2>Filter the report</h2>
      {codes.state.status === 'loading' || granted.state.status === 'loading' ? (
        <Loading />
      ) : (
        <ReportFilterForm
          key={`${params.toString()}|${initial.from}|${initial.to}|${errors.fieldErrors.length}`}
          initial={initial}
          needs={needs}
          practices={practices}
          workers={null}
          errorFor={errorFor}
          onApply={apply}
        />
      )}
      {data.state.status === 'loading' ? <Loading /> : null}
      {view ? (
        <>
          <nav aria-label="Tables in this report">
            <ul className="nhsuk-list nhsuk-list--bullet">
              {view.tables.map((table) => (
                <li key={table.key}>
                  <a href={`#table-${table.key}-heading`}>{table.title}</a>
                </li>
              ))}
            </ul>
          </nav>
          {chartableTables(view).map((table) => (
            <ReportTableSection
              key={table.key}
              slug={view.schemes.map((s) => s.slug).join(',')}
              report={report}
              table={table}
              filters={view.filters}
              csvHref={commissioningApi.tableCsvUrl(report, table.key, csvFilters)}
            />
          ))}
        </>
      ) : null}
    </>
  );
}
