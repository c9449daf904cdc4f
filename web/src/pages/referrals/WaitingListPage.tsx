import { Link } from 'react-router-dom';
import { referralsApi, type ReferralSummary } from '../../api/referrals.ts';
import { labelFor } from '../../api/codes.ts';
import { Flash } from '../../components/Flash.tsx';
import { KeysetPagination } from '../../components/KeysetPagination.tsx';
import { LoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { ResponsiveTable, type Column } from '../../components/ResponsiveTable.tsx';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { formatDate } from '../../lib/format.ts';
import { Flags, UrgencyTags } from './Flags.tsx';
import { dayCount, nameWithAge } from './labels.tsx';
import { ALLOCATOR_ROLES, useScheme } from './SchemeContext.tsx';
import { useCodes } from '../../hooks/useCodes.ts';
import { countText, useCursorList } from './useCursorList.ts';
import { referralHref } from './useReferral.ts';

/** Accepted referrals waiting for a link worker, longest wait first, each with a way to allocate. */
export function WaitingListPage() {
  const scheme = useScheme();
  const codes = useCodes();
  const list = useCursorList(`waiting:${scheme.slug}`, '/waiting-list', (after) =>
    referralsApi.waitingList(scheme.slug, after),
  );
  usePageTitle('Waiting list');
  const canAllocate = ALLOCATOR_ROLES.includes(scheme.role);
  const needs = codes.state.status === 'ready' ? codes.state.data.needs : [];

  const columns: Column<ReferralSummary>[] = [
    {
      header: 'Person',
      cell: (r) => <Link to={referralHref(r.id)}>{nameWithAge(r.patient.name, r.patient.age)}</Link>,
    },
    { header: 'Urgency and risk', cell: (r) => <UrgencyTags referral={r} /> },
    { header: 'Accepted', cell: (r) => (r.acceptedAt ? formatDate(r.acceptedAt) : 'Not recorded') },
    { header: 'Waiting', cell: (r) => dayCount(r.waitingDays), numeric: true },
    { header: 'Needs', cell: (r) => r.needs.map((n) => labelFor(needs, n)).join(', ') || 'None named' },
    { header: 'Flags', cell: (r) => <Flags referral={r} /> },
  ];
  if (canAllocate) {
    columns.push({
      header: 'Action',
      cell: (r) => (
        <Link to={referralHref(r.id, 'allocate')}>
          Allocate<span className="nhsuk-u-visually-hidden"> {r.patient.name}</span>
        </Link>
      ),
    });
  }

  if (list.state.status === 'failed') return <LoadFailure error={list.state.error} />;
  const data = list.state.status === 'ready' ? list.state.data : null;
  return (
    <>
      <Flash />
      <h1>
        <span className="nhsuk-caption-l">
          {data ? `${countText(data.total, 'person', 'people')} waiting` : scheme.name}
          <span className="nhsuk-u-visually-hidden"> – </span>
        </span>
        Waiting list
      </h1>
      <p>Accepted referrals waiting for a link worker. The wait counts from the day the referral was accepted.</p>
      {list.state.status === 'loading' ? <Loading /> : null}
      {data && data.items.length === 0 ? <p>No one is waiting for a link worker.</p> : null}
      {data && data.items.length > 0 ? (
        <>
          <ResponsiveTable
            caption="People waiting for a link worker"
            columns={columns}
            rows={data.items}
            rowKey={(r) => r.id}
          />
          <KeysetPagination
            next={data.next}
            onLaterPage={list.onLaterPage}
            hrefForCursor={list.hrefForCursor}
            firstHref={list.firstHref}
            what="the waiting list"
          />
        </>
      ) : null}
    </>
  );
}
