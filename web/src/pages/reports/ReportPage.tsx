import { useMemo } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { isReportName, reportsApi, type ReportName } from '../../api/reports.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { LoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useApiData } from '../../hooks/useApiData.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { NotFoundPage } from '../errors/NotFoundPage.tsx';
import { useScheme } from '../referrals/SchemeContext.tsx';
import { FILTER_NAMES, ReportFilterForm, type FilterName, type FilterValues } from './ReportFilterForm.tsx';
import { REPORT_TITLES } from './reportTitles.ts';
import { reportSummary } from './reportSummary.ts';
import { ReportTableSection } from './ReportTableSection.tsx';
import { useReportChoices } from './useReportChoices.ts';
import { filterErrors } from './filterErrors.ts';
import { PracticeSummaryChooser } from './PracticeSummaryChooser.tsx';

function filtersIn(params: URLSearchParams): FilterValues {
  const values = {} as FilterValues;
  for (const name of FILTER_NAMES) values[name] = params.get(name) ?? '';
  return values;
}

/** A report the manager can filter and share: each table as a chart, its figures and a CSV of them. */
export function ReportPage() {
  const { report } = useParams();
  if (!isReportName(report)) return <NotFoundPage />;
  return <Report report={report} />;
}

function Report({ report }: { report: ReportName }) {
  const scheme = useScheme();
  const [params, setParams] = useSearchParams();
  const applied = useMemo(() => filtersIn(params), [params]);
  const data = useApiData(`report:${scheme.slug}:${report}:${params.toString()}`, () =>
    reportsApi.get(scheme.slug, report, applied),
  );
  const choices = useReportChoices(scheme.slug);
  const failure = data.state.status === 'failed' ? data.state.error : null;
  const errors = filterErrors(failure);
  const title = REPORT_TITLES[report];
  usePageTitle(title, errors.hasErrors);

  if (failure && !errors.hasErrors) return <LoadFailure error={failure} />;
  const view = data.state.status === 'ready' ? data.state.data : null;
  const initial: FilterValues = {
    ...applied,
    from: applied.from || view?.filters.from || '',
    to: applied.to || view?.filters.to || '',
  };
  const errorFor = (field: FilterName) => errors.fieldErrors.find((e) => e.field === field)?.text;

  function apply(values: FilterValues) {
    const next: Record<string, string> = {};
    for (const name of FILTER_NAMES) if (values[name].trim()) next[name] = values[name].trim();
    setParams(next);
  }

  return (
    <>
      <BackLink to="/reports">Reports</BackLink>
      <ErrorSummary errors={errors} />
      <h1>{title}</h1>
      {view ? (
        <p className="nhsuk-body-l" role="status">
          {reportSummary(view.filters, view.generatedAt, {
            needs: choices.needs,
            practices: choices.practices,
            workers: choices.workers?.options ?? null,
          })}
        </p>
      ) : null}
      <h2>Filter the report</h2>
      {choices.loading ? (
        <Loading />
      ) : (
        <ReportFilterForm
          key={`${params.toString()}|${initial.from}|${initial.to}|${errors.fieldErrors.length}`}
          initial={initial}
          needs={choices.needs}
          practices={choices.practices}
          workers={choices.workers}
          errorFor={errorFor}
          onApply={apply}
        />
      )}
      {report === 'practices' && view ? (
        <PracticeSummaryChooser practices={choices.practices} practice={applied.practice} to={view.filters.to} />
      ) : null}
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
          {view.tables.map((table) => (
            <ReportTableSection
              key={table.key}
              slug={scheme.slug}
              report={report}
              table={table}
              filters={view.filters}
            />
          ))}
          <p>
            <Link to="/reports">All reports</Link>
          </p>
        </>
      ) : null}
    </>
  );
}
