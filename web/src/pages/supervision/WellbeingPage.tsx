import { Link, useSearchParams } from 'react-router-dom';
import { toQuery } from '../../api/client.ts';
import { supportApi, type WorkloadSignals } from '../../api/support.ts';
import { KeysetPagination } from '../../components/KeysetPagination.tsx';
import { LoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { ResponsiveTable, type Column } from '../../components/ResponsiveTable.tsx';
import { SummaryList, SummaryRow } from '../../components/SummaryList.tsx';
import { Tag } from '../../components/Tag.tsx';
import { useApiData } from '../../hooks/useApiData.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { useScheme } from '../referrals/SchemeContext.tsx';
import { SupervisionDue } from './labels.tsx';

const caseloadText = (w: WorkloadSignals) =>
  w.caseload ? `${w.caseload.openCases} of ${w.caseload.cap} open cases` : 'No caseload';

function Warnings({ warnings }: { warnings: string[] }) {
  if (warnings.length === 0) return null;
  return (
    <div className="nhsuk-warning-callout">
      <h2 className="nhsuk-warning-callout__label">
        <span role="text">
          <span className="nhsuk-u-visually-hidden">Important: </span>Things to look at
        </span>
      </h2>
      <ul>
        {warnings.map((w) => (
          <li key={w}>{w}</li>
        ))}
      </ul>
    </div>
  );
}

/** A worker's own workload and wellbeing, to notice strain early and ask for support. */
export function WellbeingPage() {
  const scheme = useScheme();
  usePageTitle('Your workload and wellbeing');
  const { state } = useApiData(`wellbeing-me|${scheme.slug}`, () => supportApi.myWellbeing(scheme.slug));
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <LoadFailure error={state.error} />;
  const w = state.data;
  return (
    <>
      <h1>Your workload and wellbeing</h1>
      <Warnings warnings={w.warnings} />
      <SummaryList>
        <SummaryRow label="Caseload">
          {caseloadText(w)}
          {w.caseload?.overCap ? (
            <>
              {' '}
              <Tag colour="red">At or over cap</Tag>
            </>
          ) : null}
        </SummaryRow>
        <SummaryRow label="Complex cases">{String(w.complexCases)}</SummaryRow>
        <SummaryRow label="Sessions this week">{String(w.sessionsThisWeek)}</SummaryRow>
        <SummaryRow label="Difficult sessions in a row">{String(w.difficultSessionsInRow)}</SummaryRow>
        <SummaryRow label="Overdue tasks">
          {w.overdueTasks ? <Link to="/tasks">{w.overdueTasks} overdue</Link> : '0'}
        </SummaryRow>
        <SummaryRow label="Next supervision">
          {w.supervision ? <SupervisionDue summary={w.supervision} /> : 'Not scheduled'}
        </SummaryRow>
        <SummaryRow label="Debriefs waiting">
          {w.openDebriefs ? <Link to="/debriefs">{w.openDebriefs} waiting</Link> : '0'}
        </SummaryRow>
      </SummaryList>
      <p>
        Something on your mind? <Link to="/debriefs">Ask for a debrief</Link> or write it in your{' '}
        <Link to="/reflections">private reflective log</Link>.
      </p>
    </>
  );
}

const TEAM_PATH = '/team/wellbeing';

/** The team's workload signals for a manager or supervisor, a page of link workers at a time: counts and warnings, never private content. */
export function TeamWellbeingPage() {
  const scheme = useScheme();
  usePageTitle('Team workload and wellbeing');
  const [params] = useSearchParams();
  const page = { after: params.get('after') || undefined, before: params.get('before') || undefined };
  const { state } = useApiData(`wellbeing-team|${scheme.slug}|${page.after ?? ''}|${page.before ?? ''}`, () =>
    supportApi.teamWellbeing(scheme.slug, page),
  );
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <LoadFailure error={state.error} />;
  const { workers, next, previous } = state.data;
  const columns: Column<WorkloadSignals>[] = [
    { header: 'Link worker', cell: (w) => w.workerName },
    {
      header: 'Caseload',
      cell: (w) => (
        <>
          {caseloadText(w)}
          {w.caseload?.overCap ? (
            <>
              {' '}
              <Tag colour="red">At or over cap</Tag>
            </>
          ) : null}
        </>
      ),
    },
    { header: 'Complex', cell: (w) => String(w.complexCases), numeric: true },
    { header: 'Sessions this week', cell: (w) => String(w.sessionsThisWeek), numeric: true },
    { header: 'Difficult in a row', cell: (w) => String(w.difficultSessionsInRow), numeric: true },
    { header: 'Overdue tasks', cell: (w) => String(w.overdueTasks), numeric: true },
    {
      header: 'Supervision due',
      cell: (w) => (w.supervision ? <SupervisionDue summary={w.supervision} /> : 'Not scheduled'),
    },
    { header: 'Debriefs waiting', cell: (w) => String(w.openDebriefs), numeric: true },
  ];
  const flagged = workers.filter((w) => w.warnings.length);
  const paged = Boolean(next || previous || page.after || page.before);
  return (
    <>
      <h1>Team workload and wellbeing</h1>
      <p>Signals only: reflections, how sessions felt and debrief notes stay private to each worker.</p>
      {flagged.length ? (
        <div className="nhsuk-warning-callout">
          <h2 className="nhsuk-warning-callout__label">
            <span role="text">
              <span className="nhsuk-u-visually-hidden">Important: </span>
              {paged ? 'Workers on this page to check in with' : 'Workers to check in with'}
            </span>
          </h2>
          <ul>
            {flagged.map((w) => (
              <li key={w.workerId}>
                {w.workerName}: {w.warnings.join(' ')}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {workers.length ? (
        <>
          {paged ? <p>Link workers are shown by name, {workers.length} on this page.</p> : null}
          <ResponsiveTable
            caption="Workload of each link worker"
            columns={columns}
            rows={workers}
            rowKey={(w) => w.workerId}
          />
        </>
      ) : (
        <p>No link workers to show.</p>
      )}
      <KeysetPagination
        next={next}
        onLaterPage={Boolean(page.after || page.before)}
        hrefForCursor={(cursor) => `${TEAM_PATH}${toQuery({ after: cursor })}`}
        firstHref={TEAM_PATH}
        previous={{ cursor: previous, hrefFor: (cursor) => `${TEAM_PATH}${toQuery({ before: cursor })}` }}
        what="link workers"
      />
    </>
  );
}
