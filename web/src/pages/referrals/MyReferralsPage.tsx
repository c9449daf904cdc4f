import { Link } from 'react-router-dom';
import { referralsApi, type ReferralSummary } from '../../api/referrals.ts';
import { ButtonLink } from '../../components/ButtonLink.tsx';
import { Flash } from '../../components/Flash.tsx';
import { KeysetPagination } from '../../components/KeysetPagination.tsx';
import { LoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { ResponsiveTable, type Column } from '../../components/ResponsiveTable.tsx';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { formatDate } from '../../lib/format.ts';
import { StatusTag } from './labels.tsx';
import { useScheme } from './SchemeContext.tsx';
import { countText, useCursorList } from './useCursorList.ts';
import { referralHref } from './useReferral.ts';

const COLUMNS: Column<ReferralSummary>[] = [
  { header: 'Person', cell: (r) => <Link to={referralHref(r.id)}>{r.patient.name}</Link> },
  { header: 'Received', cell: (r) => formatDate(r.receivedAt) },
  { header: 'Status', cell: (r) => <StatusTag status={r.status} /> },
  { header: 'Messages back', cell: (r) => (r.messagesBack === 0 ? 'None' : String(r.messagesBack)), numeric: true },
];

/** A referrer's own referrals (theirs and their practice's), newest first. */
export function MyReferralsPage() {
  const scheme = useScheme();
  const list = useCursorList(`mine:${scheme.slug}`, '/referrals', (after) => referralsApi.listMine(scheme.slug, after));
  usePageTitle('Your referrals');

  if (list.state.status === 'failed') return <LoadFailure error={list.state.error} />;
  return (
    <>
      <Flash />
      <h1>Your referrals</h1>
      <p>
        Referrals you and your organisation made to {scheme.name}, newest first. Open one to see its progress and any
        messages back.
      </p>
      <ButtonLink to="/referrals/new">Refer someone</ButtonLink>
      {list.state.status === 'loading' ? <Loading /> : null}
      {list.state.status === 'ready' && list.state.data.items.length === 0 ? (
        <p>You have not made any referrals yet.</p>
      ) : null}
      {list.state.status === 'ready' && list.state.data.items.length > 0 ? (
        <>
          <p role="status">
            {list.state.data.totalCapped
              ? `More than ${list.state.data.total.toLocaleString('en-GB')} referrals in all`
              : `${countText(list.state.data.total, 'referral', 'referrals')} in all`}
          </p>
          <ResponsiveTable
            caption="Your referrals"
            columns={COLUMNS}
            rows={list.state.data.items}
            rowKey={(r) => r.id}
          />
          <KeysetPagination
            next={list.state.data.next}
            onLaterPage={list.onLaterPage}
            hrefForCursor={list.hrefForCursor}
            firstHref={list.firstHref}
            what="referrals"
          />
        </>
      ) : null}
    </>
  );
}
