import { Link, useParams } from 'react-router-dom';
import { supportApi } from '../../api/support.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { Flash } from '../../components/Flash.tsx';
import { LoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SummaryList, SummaryRow } from '../../components/SummaryList.tsx';
import { useApiData } from '../../hooks/useApiData.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { useScheme } from '../referrals/SchemeContext.tsx';
import { KINDS } from './labels.tsx';
import { SupervisionActions } from './SupervisionHistory.tsx';

/** One supervision session: its notes, cases and actions for the worker and supervisor; for others only that it happened. */
export function SupervisionSessionPage() {
  const scheme = useScheme();
  const id = useParams().id ?? '';
  usePageTitle('Supervision session');
  const { state, reload } = useApiData(`supervision-session|${scheme.slug}|${id}`, () =>
    supportApi.session(scheme.slug, id),
  );
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <LoadFailure error={state.error} />;
  const s = state.data;
  return (
    <>
      <BackLink to="/supervision">Back to clinical supervision</BackLink>
      <Flash />
      <h1>
        <span className="nhsuk-caption-l">
          {s.workerName}
          <span className="nhsuk-u-visually-hidden"> – </span>
        </span>
        Supervision session on {formatDate(s.heldOn)}
      </h1>
      <SummaryList>
        <SummaryRow label="Type">{KINDS.find((k) => k.value === s.kind)?.text ?? s.kind}</SummaryRow>
        <SummaryRow label="Held by">{s.supervisorName}</SummaryRow>
        <SummaryRow label="Logged">{formatDateTime(s.recordedAt)}</SummaryRow>
      </SummaryList>
      {s.confidential ? (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>
            The notes, cases discussed and action points are confidential to {s.workerName} and {s.supervisorName}.
          </p>
        </div>
      ) : (
        <>
          <h2>Notes</h2>
          <p className="linkwork-pre-line">{s.notes || 'No notes were written.'}</p>
          <h2>Cases discussed</h2>
          {s.casesDiscussed?.length ? (
            <ul className="nhsuk-list nhsuk-list--bullet">
              {s.casesDiscussed.map((c) => (
                <li key={c.id}>
                  <Link to={`/cases/${c.id}`}>{c.name}</Link>
                </li>
              ))}
            </ul>
          ) : (
            <p>None.</p>
          )}
          <h2>Action points</h2>
          <SupervisionActions slug={scheme.slug} actions={s.actions ?? []} onChange={reload} />
        </>
      )}
    </>
  );
}
