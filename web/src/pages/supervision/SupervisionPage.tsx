import { Link, useParams, useSearchParams } from 'react-router-dom';
import { toQuery } from '../../api/client.ts';
import { supportApi, type SupervisionSummary } from '../../api/support.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { ButtonLink } from '../../components/ButtonLink.tsx';
import { Flash } from '../../components/Flash.tsx';
import { KeysetPagination } from '../../components/KeysetPagination.tsx';
import { LoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { ResponsiveTable, type Column } from '../../components/ResponsiveTable.tsx';
import { useApiData } from '../../hooks/useApiData.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { formatDate } from '../../lib/format.ts';
import { useScheme } from '../referrals/SchemeContext.tsx';
import { SupervisionDue } from './labels.tsx';
import { SupervisionHistory } from './SupervisionHistory.tsx';

const SUPERVISION_PATH = '/supervision';

interface SuperviseesProps {
  rows: SupervisionSummary[];
  isManager: boolean;
  next: string | null;
  previous: string | null;
  /** True when this page was reached through a "next" or "previous" link. */
  onLaterPage: boolean;
}

function Supervisees({ rows, isManager, next, previous, onLaterPage }: SuperviseesProps) {
  const overdue = rows.filter((r) => r.overdue).length;
  const paged = Boolean(next || previous || onLaterPage);
  const columns: Column<SupervisionSummary>[] = [
    { header: 'Link worker', cell: (w) => <Link to={`/supervision/workers/${w.workerId}`}>{w.workerName}</Link> },
    ...(isManager ? [{ header: 'Supervisor', cell: (w: SupervisionSummary) => w.supervisorName ?? 'None named' }] : []),
    { header: 'Last session', cell: (w) => (w.lastHeldOn ? formatDate(w.lastHeldOn) : 'None yet') },
    { header: 'Next due', cell: (w) => <SupervisionDue summary={w} /> },
    {
      header: 'Action',
      cell: (w) => (
        <Link to={`/supervision/sessions/new?worker=${w.workerId}`}>
          Log a session<span className="nhsuk-u-visually-hidden"> with {w.workerName}</span>
        </Link>
      ),
    },
  ];
  const who = overdue === 1 ? '1 worker' : `${overdue} workers`;
  return (
    <section aria-labelledby="supervisees-heading">
      <h2 id="supervisees-heading">{isManager ? 'Link workers' : 'Your supervisees'}</h2>
      {overdue ? (
        <p>
          <strong>
            {paged
              ? `${who} on this page ${overdue === 1 ? 'is' : 'are'} overdue for supervision.`
              : `${who} ${overdue === 1 ? 'is' : 'are'} overdue for supervision.`}
          </strong>
        </p>
      ) : null}
      {rows.length === 0 ? (
        <p>
          {onLaterPage
            ? 'There is nobody more to show.'
            : isManager
              ? 'There are no link workers in this scheme yet.'
              : 'Nobody has named you as their supervisor yet. The scheme manager does that in scheme settings.'}
        </p>
      ) : (
        <>
          {paged ? (
            <p>
              Link workers are shown by name, {rows.length} on this page. You are told by notification when anyone’s
              supervision becomes overdue.
            </p>
          ) : null}
          <ResponsiveTable
            caption={isManager ? 'Supervision of each link worker, by name' : 'Your supervisees, by name'}
            columns={columns}
            rows={rows}
            rowKey={(w) => w.workerId}
          />
        </>
      )}
      <KeysetPagination
        next={next}
        onLaterPage={onLaterPage}
        hrefForCursor={(cursor) => `${SUPERVISION_PATH}${toQuery({ after: cursor })}`}
        firstHref={SUPERVISION_PATH}
        previous={{ cursor: previous, hrefFor: (cursor) => `${SUPERVISION_PATH}${toQuery({ before: cursor })}` }}
        what={isManager ? 'link workers' : 'supervisees'}
      />
    </section>
  );
}

/** Clinical supervision: a worker's own, and for supervisors and managers who is due or overdue, a page at a time. */
export function SupervisionPage() {
  const scheme = useScheme();
  usePageTitle('Clinical supervision');
  const [params] = useSearchParams();
  const page = { after: params.get('after') || undefined, before: params.get('before') || undefined };
  const { state } = useApiData(`supervision|${scheme.slug}|${page.after ?? ''}|${page.before ?? ''}`, () =>
    supportApi.supervision(scheme.slug, page),
  );
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <LoadFailure error={state.error} />;
  const { me, supervisees, next, previous } = state.data;
  const records = scheme.role === 'supervisor' || scheme.role === 'scheme_manager';
  return (
    <>
      <Flash />
      <h1>Clinical supervision</h1>
      {me ? <SupervisionHistory slug={scheme.slug} workerId={me.workerId} /> : null}
      {records ? (
        <>
          <p>To log a supervision session, choose Log a session next to the link worker you supervised.</p>
          <Supervisees
            rows={supervisees}
            isManager={scheme.role === 'scheme_manager'}
            next={next}
            previous={previous}
            onLaterPage={Boolean(page.after || page.before)}
          />
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
