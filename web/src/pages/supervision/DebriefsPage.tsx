import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { supportApi, type DebriefSummary } from '../../api/support.ts';
import { Flash } from '../../components/Flash.tsx';
import { LoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { ResponsiveTable, type Column } from '../../components/ResponsiveTable.tsx';
import { Tag } from '../../components/Tag.tsx';
import { useApiData } from '../../hooks/useApiData.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useScheme } from '../referrals/SchemeContext.tsx';
import { REASONS } from './labels.tsx';

/** Requested, completed, overdue and escalated, in words. */
export function DebriefStatus({ d }: { d: Pick<DebriefSummary, 'status' | 'overdue' | 'escalated'> }) {
  if (d.status === 'completed') return <Tag colour="green">Done</Tag>;
  return (
    <>
      {d.overdue ? <Tag colour="red">Overdue</Tag> : <Tag colour="blue">Waiting</Tag>}
      {d.escalated ? (
        <>
          {' '}
          <Tag colour="orange">Sent to managers</Tag>
        </>
      ) : null}
    </>
  );
}

function AskForDebrief({ slug }: { slug: string }) {
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  async function ask() {
    setBusy(true);
    try {
      const d = await supportApi.askForDebrief(slug);
      navigate(`/debriefs/${d.id}`, {
        state: {
          flash: d.supervisorName
            ? `${d.supervisorName} has been asked to debrief you`
            : 'The scheme managers have been asked to arrange a debrief',
        },
      });
    } catch {
      setProblem('Your request could not be sent. Try again, or talk to your supervisor or manager.');
      setBusy(false);
    }
  }
  return (
    <>
      {problem ? (
        <p className="nhsuk-error-message" role="alert">
          {problem}
        </p>
      ) : null}
      <p>If something has stayed with you, you can ask your supervisor for a debrief at any time.</p>
      <button type="button" className="nhsuk-button" disabled={busy} onClick={() => void ask()}>
        Ask for a debrief
      </button>
    </>
  );
}

/** Debrief requests: a worker's own, a supervisor's supervisees', and for managers the whole scheme's (categories only). */
export function DebriefsPage() {
  const scheme = useScheme();
  usePageTitle('Debriefs');
  const { state } = useApiData(`debriefs|${scheme.slug}`, () => supportApi.debriefs(scheme.slug));
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <LoadFailure error={state.error} />;
  const { items, counts } = state.data;
  const isWorker = scheme.role === 'link_worker';
  const columns: Column<DebriefSummary>[] = [
    ...(isWorker ? [] : [{ header: 'Link worker', cell: (d: DebriefSummary) => d.workerName }]),
    {
      header: 'Why',
      cell: (d) => (
        <Link to={`/debriefs/${d.id}`}>
          {REASONS[d.reason]}
          <span className="nhsuk-u-visually-hidden">, requested {formatDateTime(d.requestedAt)}</span>
        </Link>
      ),
    },
    { header: 'Requested', cell: (d) => formatDateTime(d.requestedAt) },
    { header: 'Respond by', cell: (d) => formatDateTime(d.respondBy) },
    { header: 'Status', cell: (d) => <DebriefStatus d={d} /> },
  ];
  return (
    <>
      <Flash />
      <h1>Debriefs</h1>
      {isWorker ? <AskForDebrief slug={scheme.slug} /> : null}
      <p>
        {counts.open === 0
          ? 'No debriefs are waiting.'
          : `${counts.open} waiting, ${counts.overdue} overdue${counts.escalated ? `, ${counts.escalated} sent to the managers` : ''}.`}
      </p>
      {items.length ? (
        <ResponsiveTable
          caption="Debrief requests, waiting first"
          columns={columns}
          rows={items}
          rowKey={(d) => d.id}
        />
      ) : null}
    </>
  );
}
