import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { practiceSummaryApi, type PracticeFigure } from '../../api/practiceSummary.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { TextInput } from '../../components/form/TextInput.tsx';
import { LoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useApiData } from '../../hooks/useApiData.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useScheme } from '../referrals/SchemeContext.tsx';
import { filterErrors } from './filterErrors.ts';
import { SummaryTable } from './SummaryTable.tsx';
import './practiceSummary.css';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** 'yyyy-mm' as "November 2026". */
export function monthName(month: string): string {
  const [year, m] = month.split('-');
  return `${MONTHS[Number(m) - 1] ?? m} ${year}`;
}

/** A figure as the summary prints it. */
export function figureText(kind: PracticeFigure['kind'], value: number | null): string {
  if (value === null) return 'None to measure';
  if (kind === 'percent') return `${value}%`;
  if (kind === 'days') return `${value} ${value === 1 ? 'day' : 'days'}`;
  return String(value);
}

const percentText = (value: number | null) => (value === null ? '–' : `${value}%`);

/**
 * One GP practice's month at a glance beside the whole scheme's, laid out to print on A4 and take to the
 * practice: the page's header, navigation and buttons are left off the printout.
 */
export function PracticeSummaryPage() {
  const { ods = '' } = useParams();
  const scheme = useScheme();
  const [params, setParams] = useSearchParams();
  const month = params.get('month');
  const data = useApiData(`practice-summary:${scheme.slug}:${ods}:${month ?? ''}`, () =>
    practiceSummaryApi.get(scheme.slug, ods, month),
  );
  const [chosen, setChosen] = useState(month ?? '');
  const failure = data.state.status === 'failed' ? data.state.error : null;
  const errors = filterErrors(failure);
  const view = data.state.status === 'ready' ? data.state.data : null;
  usePageTitle(view ? `${view.practice.name}: ${monthName(view.month)}` : 'Practice summary', errors.hasErrors);

  if (failure && !errors.hasErrors) return <LoadFailure error={failure} />;
  const monthError = errors.fieldErrors.find((e) => e.field === 'month')?.text;

  return (
    <div className="linkwork-practice-summary">
      <BackLink to={`/reports/practices?practice=${encodeURIComponent(ods)}`}>GP practices report</BackLink>
      <ErrorSummary errors={errors} />
      <form
        className="linkwork-no-print"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setParams(chosen.trim() ? { month: chosen.trim() } : {});
        }}
      >
        <TextInput
          name="month"
          label="Month"
          hint="As year and month, for example 2026-04"
          widthClass="nhsuk-input--width-5"
          value={chosen}
          onChange={setChosen}
          error={monthError}
        />
        <Button variant="secondary">Show this month</Button>
      </form>
      {data.state.status === 'loading' ? <Loading /> : null}
      {view ? (
        <>
          <h1>
            {view.practice.name}
            <span className="nhsuk-caption-l nhsuk-caption--bottom">
              Social prescribing summary for {monthName(view.month)}
            </span>
          </h1>
          <p>
            Practice ODS code {view.practice.odsCode}. Figures from {view.scheme.name}, produced{' '}
            {formatDateTime(view.generatedAt)}. The whole scheme’s figures are shown beside the practice’s for
            comparison.
          </p>
          <p className="linkwork-no-print">
            <Button type="button" onClick={() => window.print()}>
              Print this summary
            </Button>
          </p>

          <section aria-labelledby="summary-month">
            <h2 id="summary-month">The month at a glance</h2>
            <SummaryTable
              className="linkwork-practice-summary__figures"
              caption={`${view.practice.name} and the whole scheme in ${monthName(view.month)}`}
              columns={['Measure', 'This practice', 'Whole scheme']}
              rows={view.figures.map((f) => ({
                key: f.key,
                header: f.label,
                cells: [figureText(f.kind, f.practice), figureText(f.kind, f.scheme)],
              }))}
            />
          </section>

          <section aria-labelledby="summary-needs">
            <h2 id="summary-needs">Most common reasons for referral</h2>
            {view.topNeeds.length === 0 ? (
              <p>The practice made no referrals this month.</p>
            ) : (
              <SummaryTable
                caption="Needs named most often in the practice’s referrals"
                columns={['Need', 'Referrals', 'Share of the practice’s', 'Share of the scheme’s']}
                rows={view.topNeeds.map((n) => ({
                  key: n.need,
                  header: n.need,
                  cells: [n.referrals, percentText(n.share), percentText(n.schemeShare)],
                }))}
              />
            )}
          </section>

          <section aria-labelledby="summary-outcomes">
            <h2 id="summary-outcomes">Outcomes for the practice’s patients</h2>
            {view.outcomes.length === 0 ? (
              <p>No patient of the practice had a later wellbeing score to compare with their first this month.</p>
            ) : (
              <SummaryTable
                caption="Change in wellbeing scores from the first to the latest, this month"
                columns={['Measure', 'People', 'Change (mean)', 'Improved', 'Improved, whole scheme']}
                rows={view.outcomes.map((o) => ({
                  key: o.measure,
                  header: o.measure,
                  cells: [o.pairs, o.meanChange ?? '–', percentText(o.improved), percentText(o.schemeImproved)],
                }))}
              />
            )}
          </section>

          <section aria-labelledby="summary-year">
            <h2 id="summary-year">Referrals over the last 12 months</h2>
            <SummaryTable
              caption="Referrals received each month"
              columns={['Month', 'This practice', 'Whole scheme']}
              rows={view.referralsByMonth.map((m) => ({
                key: m.month,
                header: monthName(m.month),
                cells: [m.practice, m.scheme],
              }))}
            />
          </section>
          <p className="linkwork-no-print">
            <Link to={`/reports/practices?practice=${encodeURIComponent(view.practice.odsCode)}`}>
              The practice in the GP practices report
            </Link>
          </p>
        </>
      ) : null}
    </div>
  );
}
