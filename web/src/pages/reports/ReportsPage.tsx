import { REPORT_NAMES } from '../../api/reports.ts';
import { NavCard } from '../../components/NavCard.tsx';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { useSchemeRole } from '../../hooks/useSchemeRole.ts';
import { useScheme } from '../referrals/SchemeContext.tsx';
import { REPORT_DESCRIPTIONS, REPORT_TITLES } from './reportTitles.ts';

/** The scheme's reports in one place, so a manager can answer a commissioner's question from the first page. */
export function ReportsPage() {
  const scheme = useScheme();
  const supervisor = useSchemeRole()?.role === 'supervisor';
  usePageTitle('Reports');
  return (
    <>
      <h1>Reports</h1>
      <p className="nhsuk-body-l">
        Figures for {scheme.name}, with charts, tables and a CSV download of each table. Each report can be filtered by
        month, GP practice, need and link worker, and the filtered page’s address can be bookmarked or shared.
      </p>
      {supervisor ? (
        <p>As a supervisor you see the work of the link workers you supervise, not the whole scheme.</p>
      ) : null}
      <ul className="nhsuk-grid-row nhsuk-card-group">
        {REPORT_NAMES.map((name) => (
          <li key={name} className="nhsuk-grid-column-one-half nhsuk-card-group__item">
            <NavCard to={`/reports/${name}`} title={REPORT_TITLES[name]} description={REPORT_DESCRIPTIONS[name]} />
          </li>
        ))}
        {supervisor ? null : (
          <li className="nhsuk-grid-column-one-half nhsuk-card-group__item">
            <NavCard
              to="/reports/out-of-scope"
              title="Out-of-scope referrals by practice"
              description="How many referrals from each practice were outside the criteria."
            />
          </li>
        )}
      </ul>
    </>
  );
}
