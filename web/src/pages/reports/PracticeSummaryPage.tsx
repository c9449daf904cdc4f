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
            <table className="nhsuk-table linkwork-practice-summary__figures">
              <caption className="nhsuk-u-visually-hidden">
                {view.practice.name} and the whole scheme in {monthName(view.month)}
              </caption>
              <thead className="nhsuk-table__head">
                <tr className="nhsuk-table__row">
                  <th scope="col" className="nhsuk-table__header">
                    Measure
                  </th>
                  <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">
                    This practice
                  </th>
                  <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">
                    Whole scheme
                  </th>
                </tr>
              </thead>
              <tbody className="nhsuk-table__body">
                {view.figures.map((f) => (
                  <tr key={f.key} className="nhsuk-table__row">
                    <th scope="row" className="nhsuk-table__header">
                      {f.label}
                    </th>
                    <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{figureText(f.kind, f.practice)}</td>
                    <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{figureText(f.kind, f.scheme)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>

          <section aria-labelledby="summary-needs">
            <h2 id="summary-needs">Most common reasons for referral</h2>
            {view.topNeeds.length === 0 ? (
              <p>The practice made no referrals this month.</p>
            ) : (
              <table className="nhsuk-table">
                <caption className="nhsuk-u-visually-hidden">
                  Needs named most often in the practice’s referrals
                </caption>
                <thead className="nhsuk-table__head">
                  <tr className="nhsuk-table__row">
                    <th scope="col" className="nhsuk-table__header">
                      Need
                    </th>
                    <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">
                      Referrals
                    </th>
                    <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">
                      Share of the practice’s
                    </th>
                    <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">
                      Share of the scheme’s
                    </th>
                  </tr>
                </thead>
                <tbody className="nhsuk-table__body">
                  {view.topNeeds.map((n) => (
                    <tr key={n.need} className="nhsuk-table__row">
                      <th scope="row" className="nhsuk-table__header">
                        {n.need}
                      </th>
                      <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{n.referrals}</td>
                      <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{percentText(n.share)}</td>
                      <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{percentText(n.schemeShare)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>

          <section aria-labelledby="summary-outcomes">
            <h2 id="summary-outcomes">Outcomes for the practice’s patients</h2>
            {view.outcomes.length === 0 ? (
              <p>No patient of the practice had a later wellbeing score to compare with their first this month.</p>
            ) : (
              <table className="nhsuk-table">
                <caption className="nhsuk-u-visually-hidden">
                  Change in wellbeing scores from the first to the latest, this month
                </caption>
                <thead className="nhsuk-table__head">
                  <tr className="nhsuk-table__row">
                    <th scope="col" className="nhsuk-table__header">
                      Measure
                    </th>
                    <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">
                      People
                    </th>
                    <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">
                      Change (mean)
                    </th>
                    <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">
                      Improved
                    </th>
                    <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">
                      Improved, whole scheme
                    </th>
                  </tr>
                </thead>
                <tbody className="nhsuk-table__body">
                  {view.outcomes.map((o) => (
                    <tr key={o.measure} className="nhsuk-table__row">
                      <th scope="row" className="nhsuk-table__header">
                        {o.measure}
                      </th>
                      <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{o.pairs}</td>
                      <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{o.meanChange ?? '–'}</td>
                      <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{percentText(o.improved)}</td>
                      <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{percentText(o.schemeImproved)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>

          <section aria-labelledby="summary-year">
            <h2 id="summary-year">Referrals over the last 12 months</h2>
            <table className="nhsuk-table">
              <caption className="nhsuk-u-visually-hidden">Referrals received each month</caption>
              <thead className="nhsuk-table__head">
                <tr className="nhsuk-table__row">
                  <th scope="col" className="nhsuk-table__header">
                    Month
                  </th>
                  <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">
                    This practice
                  </th>
                  <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">
                    Whole scheme
                  </th>
                </tr>
              </thead>
              <tbody className="nhsuk-table__body">
                {view.referralsByMonth.map((m) => (
                  <tr key={m.month} className="nhsuk-table__row">
                    <th scope="row" className="nhsuk-table__header">
                      {monthName(m.month)}
                    </th>
                    <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{m.practice}</td>
                    <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{m.scheme}</td>
                  </tr>
                ))}
              </tbody>
            </table>
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
