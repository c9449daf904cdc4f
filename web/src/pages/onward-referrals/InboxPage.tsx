import { Link } from 'react-router-dom';
import { onwardApi, type InboxView } from '../../api/onwardReferrals.ts';
import { LoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useApiData } from '../../hooks/useApiData.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { formatDateTime } from '../../lib/format.ts';
import { ForbiddenContent } from '../errors/ForbiddenContent.tsx';
import { useSchemeRole, type SchemeRole } from '../cases/useSchemeRole.ts';
import { OnwardStatusTag } from './onwardLabels.tsx';

/** A community organisation's inbox: the onward referrals sent to it, those waiting for an answer first. */
export function InboxPage() {
  const scheme = useSchemeRole();
  if (!scheme || scheme.role !== 'community_org_user') return <ForbiddenContent detail="The inbox is for community organisations that receive onward referrals." />;
  return <Inbox scheme={scheme} />;
}

function ReferralTable({ items, caption }: { items: InboxView[]; caption: string }) {
  return (
    <table className="nhsuk-table">
      <caption className="nhsuk-table__caption">{caption}</caption>
      <thead className="nhsuk-table__head">
        <tr>
          <th scope="col">Referral</th>
          <th scope="col">Service</th>
          <th scope="col">Sent</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {items.map((r) => (
          <tr key={r.id}>
            <td>
              <Link to={`/inbox/${encodeURIComponent(r.id)}`}>{r.shared.find((f) => f.key === 'name')?.value ?? 'Referral'}</Link>
            </td>
            <td>{r.service.name}</td>
            <td>
              {formatDateTime(r.sentAt)} by {r.sentBy}
            </td>
            <td>
              <OnwardStatusTag status={r.status} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Inbox({ scheme }: { scheme: SchemeRole }) {
  const { state } = useApiData(`${scheme.slug}|inbox`, () => onwardApi.inbox(scheme.slug));
  usePageTitle('Referrals received');
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <LoadFailure error={state.error} />;
  const waiting = state.data.items.filter((r) => r.status === 'requested' || r.status === 'received');
  const rest = state.data.items.filter((r) => !waiting.includes(r));
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-full">
        <h1>Referrals received</h1>
        <p>People referred to your services by {scheme.schemeName}. You see only what each person agreed to share.</p>
        {state.data.items.length === 0 ? <p>No referrals yet.</p> : null}
        {waiting.length > 0 ? <ReferralTable items={waiting} caption={`Waiting for your answer (${waiting.length})`} /> : null}
        {waiting.length === 0 && state.data.items.length > 0 ? <p>Nothing is waiting for your answer.</p> : null}
        {rest.length > 0 ? <ReferralTable items={rest} caption="Answered" /> : null}
      </div>
    </div>
  );
}
