import { referralsApi, type OutOfScopeReport } from '../../api/referrals.ts';
import { settingsApi } from '../../api/settings.ts';
import { LoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { ResponsiveTable, type Column } from '../../components/ResponsiveTable.tsx';
import { useApiData } from '../../hooks/useApiData.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { formatDate } from '../../lib/format.ts';
import { useScheme } from '../referrals/SchemeContext.tsx';

type Row = OutOfScopeReport['practices'][number];

const percent = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 });

/** How many referrals from each practice were outside the criteria: a boundary the scheme reports on. */
export function OutOfScopeReportPage() {
  const scheme = useScheme();
  const report = useApiData(`out-of-scope:${scheme.slug}`, () => referralsApi.outOfScopeReport(scheme.slug));
  // Practice names are a help, not a need: the report still shows ODS codes if settings cannot be read.
  const settings = useApiData(`settings:${scheme.slug}`, () => settingsApi.get(scheme.slug));
  usePageTitle('Out-of-scope referrals by practice');

  if (report.state.status === 'loading') return <Loading />;
  if (report.state.status === 'failed') return <LoadFailure error={report.state.error} />;
  const data = report.state.data;
  const practices = settings.state.status === 'ready' ? settings.state.data.practices : [];
  const practiceName = (ods: string | null) => {
    if (!ods) return 'No practice given';
    const practice = practices.find((p) => p.odsCode === ods);
    return practice ? `${practice.name} (${ods})` : ods;
  };
  const rows = [...data.practices].sort((a, b) => b.outOfScopeRate - a.outOfScopeRate || b.total - a.total);
  const columns: Column<Row>[] = [
    { header: 'Practice', cell: (r) => practiceName(r.practiceOdsCode) },
    { header: 'Referrals', cell: (r) => String(r.total), numeric: true },
    { header: 'Out of scope', cell: (r) => String(r.outOfScope), numeric: true },
    { header: 'Declined', cell: (r) => String(r.declined), numeric: true },
    { header: 'Out-of-scope rate', cell: (r) => percent.format(r.outOfScopeRate), numeric: true },
  ];
  return (
    <>
      <h1>Out-of-scope referrals by practice</h1>
      <p>
        Referrals received since {formatDate(data.since)} that were outside the scheme’s criteria when they arrived, by
        the person’s registered practice, highest rate first. A high rate may mean a practice needs a reminder of who
        the service is for.
      </p>
      {rows.length === 0 ? (
        <p>No referrals have been received since {formatDate(data.since)}.</p>
      ) : (
        <ResponsiveTable
          caption="Out-of-scope referrals by practice"
          columns={columns}
          rows={rows}
          rowKey={(r) => r.practiceOdsCode ?? 'none'}
        />
      )}
    </>
  );
}
