import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { commissioningApi } from '../../api/commissioning.ts';
import { REPORT_NAMES, type ReportName } from '../../api/reports.ts';
import { Button } from '../../components/Button.tsx';
import { Checkboxes } from '../../components/form/Checkboxes.tsx';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { Radios } from '../../components/form/Radios.tsx';
import { LoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useApiData } from '../../hooks/useApiData.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { REPORT_DESCRIPTIONS, REPORT_TITLES } from '../reports/reportTitles.ts';
import { reportAddress } from './commissionedQuery.ts';

const NO_SCHEME = 'Select at least one scheme to report on';

/** The commissioner's first page: which report, across which of the granted schemes (all of them unless unticked). */
export function CommissioningPage() {
  const data = useApiData('commissioning:schemes', () => commissioningApi.schemes());
  const [report, setReport] = useState<ReportName>('activity');
  const [chosen, setChosen] = useState<string[] | null>(null);
  const [error, setError] = useState<string | undefined>();
  usePageTitle('Commissioning reports', Boolean(error));
  const navigate = useNavigate();

  if (data.state.status === 'loading') return <Loading />;
  if (data.state.status === 'failed') return <LoadFailure error={data.state.error} />;
  const schemes = data.state.data.schemes;
  const slugs = chosen ?? schemes.map((s) => s.slug);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (slugs.length === 0) return setError(NO_SCHEME);
    navigate(reportAddress(report, slugs.length === schemes.length ? [] : slugs));
  }

  const errors = {
    fieldErrors: error ? [{ field: 'schemes', text: error }] : [],
    general: null,
    attempt: error ? 1 : 0,
    hasErrors: Boolean(error),
  };
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1>Commissioning reports</h1>
      <p className="nhsuk-body-l">
        Figures summed across the schemes you commission, never about one person. Small numbers are hidden so that no
        one can be recognised from them.
      </p>
      <form onSubmit={submit} noValidate aria-label="Choose a report">
        <Radios
          name="report"
          legend="Report"
          sectionHeading={{ level: 'h2', size: 'm' }}
          value={report}
          options={REPORT_NAMES.map((name) => ({
            value: name,
            text: REPORT_TITLES[name],
            hint: REPORT_DESCRIPTIONS[name],
          }))}
          onChange={(value) => setReport(REPORT_NAMES.find((name) => name === value) ?? 'activity')}
        />
        <Checkboxes
          name="schemes"
          legend="Schemes"
          legendSize="m"
          hint="The report adds up the figures of every scheme ticked."
          values={slugs}
          options={schemes.map((s) => ({ value: s.slug, text: s.name }))}
          onChange={(values) => {
            setChosen(values);
            if (values.length) setError(undefined);
          }}
          error={error}
        />
        <Button>Show the report</Button>
      </form>
    </>
  );
}
