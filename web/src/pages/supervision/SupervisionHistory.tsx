import { useState } from 'react';
import { Link } from 'react-router-dom';
import { supportApi, type SupervisionAction, type WorkerSupervision } from '../../api/support.ts';
import { LoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { ResponsiveTable, type Column } from '../../components/ResponsiveTable.tsx';
import { SummaryList, SummaryRow } from '../../components/SummaryList.tsx';
import { Tag } from '../../components/Tag.tsx';
import { useApiData } from '../../hooks/useApiData.ts';
import { formatDate } from '../../lib/format.ts';
import { KINDS, SupervisionDue } from './labels.tsx';

/** Action points from supervision, with "Mark as done" for the worker and whoever held the session. */
export function SupervisionActions({
  slug,
  actions,
  onChange,
}: {
  slug: string;
  actions: SupervisionAction[];
  onChange: () => Promise<void>;
}) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  if (actions.length === 0) return <p>No action points.</p>;
  async function done(action: SupervisionAction) {
    setBusy(true);
    try {
      await supportApi.completeAction(slug, action.id);
      await onChange();
      setProblem(null);
    } catch {
      setProblem('The action point could not be marked as done. Try again.');
    }
    setBusy(false);
  }
  const columns: Column<SupervisionAction>[] = [
    { header: 'Action', cell: (a) => a.description },
    { header: 'Owner', cell: (a) => a.ownerName },
    {
      header: 'Due',
      cell: (a) => (
        <>
          {formatDate(a.dueOn)}
          {a.overdue ? (
            <>
              {' '}
              <Tag colour="red">Overdue</Tag>
            </>
          ) : null}
        </>
      ),
    },
    {
      header: 'Status',
      cell: (a) =>
        a.done ? (
          <Tag colour="green">Done</Tag>
        ) : (
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
            disabled={busy}
            onClick={() => void done(a)}
          >
            Mark as done<span className="nhsuk-u-visually-hidden">: {a.description}</span>
          </button>
        ),
    },
  ];
  return (
    <>
      {problem ? (
        <p className="nhsuk-error-message" role="alert">
          {problem}
        </p>
      ) : null}
      <ResponsiveTable caption="Action points" columns={columns} rows={actions} rowKey={(a) => a.id} />
    </>
  );
}

function History({ slug, data, reload }: { slug: string; data: WorkerSupervision; reload: () => Promise<void> }) {
  const s = data.summary;
  const kind = (k: string) => KINDS.find((x) => x.value === k)?.text ?? k;
  return (
    <>
      <SummaryList>
        <SummaryRow label="Named supervisor">{s.supervisorName ?? 'None named: ask the scheme manager'}</SummaryRow>
        <SummaryRow label="How often">{`Every ${s.cadenceDays} days`}</SummaryRow>
        <SummaryRow label="Last session">{s.lastHeldOn ? formatDate(s.lastHeldOn) : 'None yet'}</SummaryRow>
        <SummaryRow label="Next due">
          <SupervisionDue summary={s} />
        </SummaryRow>
      </SummaryList>
      <h2>Sessions</h2>
      {data.sessions.length === 0 ? (
        <p>No supervision sessions have been logged.</p>
      ) : (
        <ResponsiveTable
          caption="Supervision sessions"
          columns={[
            {
              header: 'Held on',
              cell: (x) => (
                <Link to={`/supervision/sessions/${x.id}`}>
                  {formatDate(x.heldOn)}
                  <span className="nhsuk-u-visually-hidden"> ({kind(x.kind)} supervision)</span>
                </Link>
              ),
            },
            { header: 'Type', cell: (x) => kind(x.kind) },
            { header: 'With', cell: (x) => x.supervisorName },
            { header: 'Notes', cell: (x) => (x.confidential ? 'Confidential' : 'You can read them') },
          ]}
          rows={data.sessions}
          rowKey={(x) => x.id}
        />
      )}
      <h2>Action points</h2>
      <SupervisionActions slug={slug} actions={data.actions} onChange={reload} />
    </>
  );
}

/** A worker's supervision: who, how often, when due, the sessions and the action points. */
export function SupervisionHistory({ slug, workerId }: { slug: string; workerId: string }) {
  const { state, reload } = useApiData(`supervision-worker|${slug}|${workerId}`, () =>
    supportApi.workerSupervision(slug, workerId),
  );
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <LoadFailure error={state.error} />;
  return <History slug={slug} data={state.data} reload={reload} />;
}
