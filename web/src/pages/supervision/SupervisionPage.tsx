import { Link, useParams } from 'react-router-dom';
import { supportApi, type SupervisionSummary } from '../../api/support.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { ButtonLink } from '../../components/ButtonLink.tsx';
import { Flash } from '../../components/Flash.tsx';
import { LoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { ResponsiveTable, type Column } from '../../components/ResponsiveTable.tsx';
import { useApiData } from '../../hooks/useApiData.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { formatDate } from '../../lib/format.ts';
import { useScheme } from '../referrals/SchemeContext.tsx';
import { SupervisionDue } from './labels.tsx';
import { SupervisionHistory } from './SupervisionHistory.tsx';

function Supervisees({ rows, isManager }: { rows: SupervisionSummary[]; isManager: boolean }) {
  const overdue = rows.filter((r) => r.overdue).length;
  const columns: Column<SupervisionSummary>[] = [
    { header: 'Link worker', cell: (w) => <Link to={`/supervision/workers/${w.workerId}`}>{w.workerName}</Link> },
    ...(isManager ? [{ header: 'Supervisor', cell: (w: SupervisionSummary) => w.supervisorName ?? 'None named' }] : []),
    { header: 'Last session', cell: (w) => (w.lastHeldOn ? formatDate(w.lastHeldOn) : 'None yet') },
    { header: 'Next due', cell: (w) => <SupervisionDue summary={w} /> },
    { header: 'Action', cell: (w) => <Link to={`/supervision/sessions/new?worker=${w.workerId}`}>Log a session<span className="nhsuk-u-visually-hidden"> with {w.workerName}</span></Link> },
  ];
  return (
    <section aria-labelledby="supervisees-heading">
      <h2 id="supervisees-heading">{isManager ? 'Link workers' : 'Your supervisees'}</h2>
      {overdue ? <p><strong>{overdue === 1 ? '1 worker is' : `${overdue} workers are`} overdue for supervision.</strong></p> : null}
      {rows.length === 0 ? <p>{isManager ? 'There are no link workers in this scheme yet.' : 'Nobody has named you as their supervisor yet. The scheme manager does that in scheme settings.'}</p> : (
        <ResponsiveTable caption={isManager ? 'Supervision of every link worker, overdue first' : 'Your supervisees, overdue first'} columns={columns} rows={rows} rowKey={(w) => w.workerId} />
      )}
    </section>
  );
}

/** Clinical supervision: a worker's own, and for supervisors and managers who is due or overdue. */
export function SupervisionPage() {
  const scheme = useScheme();
  usePageTitle('Clinical supervision');
  const { state } = useApiData(`supervision|${scheme.slug}`, () => supportApi.supervision(scheme.slug));
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <LoadFailure error={state.error} />;
  const { me, supervisees } = state.data;
  const records = scheme.role === 'supervisor' || scheme.role === 'scheme_manager';
  return (
    <>
      <Flash />
      <h1>Clinical supervision</h1>
      {me ? <SupervisionHistory slug={scheme.slug} workerId={me.workerId} /> : null}
      {records ? (
        <>
          <ButtonLink to="/supervision/sessions/new">Log a supervision session</ButtonLink>
          <Supervisees rows={supervisees} isManager={scheme.role === 'scheme_manager'} />
        </>
      ) : null}
    </>
  );
}

/** One worker's supervision, for their supervisor or a manager. */
export function WorkerSupervisionPage() {
  const scheme = useScheme();
  const workerId = useParams().workerId ?? '';
  usePageTitle('Supervision of a link worker');
  return (
    <>
      <BackLink to="/supervision">Back to clinical supervision</BackLink>
      <h1>Supervision of a link worker</h1>
      <SupervisionHistory slug={scheme.slug} workerId={workerId} />
      <ButtonLink to={`/supervision/sessions/new?worker=${workerId}`}>Log a supervision session</ButtonLink>
    </>
  );
}
