import { Link, useSearchParams } from 'react-router-dom';
import { onwardApi, type InboxView } from '../../api/onwardReferrals.ts';
import { KeysetPagination } from '../../components/KeysetPagination.tsx';
import { LoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useApiData } from '../../hooks/useApiData.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { formatDateTime } from '../../lib/format.ts';
import { ForbiddenContent } from '../errors/ForbiddenContent.tsx';
import { useSchemeRole, type SchemeRole } from '../../hooks/useSchemeRole.ts';
import { OnwardStatusTag } from './onwardLabels.tsx';

/** A community organisation's inbox: the onward referrals sent to it, those waiting for an answer first; each list paged newest first. */
export function InboxPage() {
  const scheme = useSchemeRole();
  if (!scheme || scheme.role !== 'community_org_user')
    return <ForbiddenContent detail="The inbox is for community organisations that receive onward referrals." />;
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
              <Link to={`/inbox/${encodeURIComponent(r.id)}`}>
                {r.shared.find((f) => f.key === 'name')?.value ?? 'Referral'}
              </Link>
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

const WAITING = 'requested,received';
const ANSWERED = 'accepted,rejected,in-progress,on-hold,completed,cancelled,failed';

/** The inbox link with one list's cursor changed and the other list's kept. */
function inboxHref(params: URLSearchParams, key: 'waiting' | 'after', cursor: string | null): string {
  const next = new URLSearchParams(params);
  if (cursor) next.set(key, cursor);
  else next.delete(key);
  const text = next.toString();
  return text ? `/inbox?${text}` : '/inbox';
}

function Inbox({ scheme }: { scheme: SchemeRole }) {
  const [params] = useSearchParams();
  const waitingAfter = params.get('waiting') ?? undefined;
  const answeredAfter = params.get('after') ?? undefined;
  const waiting = useApiData(`${scheme.slug}|inbox|waiting|${waitingAfter ?? ''}`, () =>
    onwardApi.inbox(scheme.slug, WAITING, waitingAfter),
  );
  const answered = useApiData(`${scheme.slug}|inbox|answered|${answeredAfter ?? ''}`, () =>
    onwardApi.inbox(scheme.slug, ANSWERED, answeredAfter),
  );
  usePageTitle('Referrals received');
  if (waiting.state.status === 'loading' || answered.state.status === 'loading') return <Loading />;
  if (waiting.state.status === 'failed') return <LoadFailure error={waiting.state.error} />;
  if (answered.state.status === 'failed') return <LoadFailure error={answered.state.error} />;
  const w = waiting.state.data;
  const a = answered.state.data;
  const empty = w.items.length === 0 && a.items.length === 0 && !waitingAfter && !answeredAfter;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-full">
        <h1>Referrals received</h1>
        <p>People referred to your services by {scheme.schemeName}. You see only what each person agreed to share.</p>
        {empty ? <p>No referrals yet.</p> : null}
        {w.items.length > 0 ? <ReferralTable items={w.items} caption="Waiting for your answer" /> : null}
        {w.items.length === 0 && !empty ? <p>Nothing is waiting for your answer.</p> : null}
        <KeysetPagination
          next={w.next}
          onLaterPage={waitingAfter !== undefined}
          hrefForCursor={(c) => inboxHref(params, 'waiting', c)}
          firstHref={inboxHref(params, 'waiting', null)}
          what="referrals waiting for your answer"
        />
        {a.items.length > 0 ? <ReferralTable items={a.items} caption="Answered" /> : null}
        <KeysetPagination
          next={a.next}
          onLaterPage={answeredAfter !== undefined}
          hrefForCursor={(c) => inboxHref(params, 'after', c)}
          firstHref={inboxHref(params, 'after', null)}
          what="answered referrals"
        />
      </div>
    </div>
  );
}
