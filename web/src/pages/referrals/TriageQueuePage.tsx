import { Link } from 'react-router-dom';
import { referralsApi, type ReferralSummary } from '../../api/referrals.ts';
import { Flash } from '../../components/Flash.tsx';
import { KeysetPagination } from '../../components/KeysetPagination.tsx';
import { LoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { ResponsiveTable, type Column } from '../../components/ResponsiveTable.tsx';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { formatDate } from '../../lib/format.ts';
import { Flags, UrgencyTags } from './Flags.tsx';
import { daysAgo, EvaluationTag, nameWithAge, sourceText, StatusTag } from './labels.tsx';
import { useScheme } from './SchemeContext.tsx';
import { countText, useCursorList } from './useCursorList.ts';
import { referralHref } from './useReferral.ts';

const COLUMNS: Column<ReferralSummary>[] = [
  { header: 'Person', cell: (r) => <Link to={referralHref(r.id)}>{nameWithAge(r.patient.name, r.patient.age)}</Link> },
  { header: 'Urgency and risk', cell: (r) => <UrgencyTags referral={r} /> },
  {
    header: 'Received',
    cell: (r) => (
      <>
        <span className="linkwork-line">{formatDate(r.receivedAt)}</span>
        <span className="linkwork-line nhsuk-body-s">{daysAgo(r.waitingDays)}</span>
      </>
    ),
  },
  { header: 'Source', cell: (r) => sourceText(r.source) },
  { header: 'Criteria check', cell: (r) => <EvaluationTag evaluation={r.evaluation} /> },
  { header: 'Flags', cell: (r) => <Flags referral={r} /> },
  { header: 'Status', cell: (r) => <StatusTag status={r.status} /> },
];

/** New referrals and answered questions waiting for a decision: possible crises first, then oldest first. */
export function TriageQueuePage() {
  const scheme = useScheme();
  const list = useCursorList(`triage:${scheme.slug}`, '/triage', (after) => referralsApi.triage(scheme.slug, after));
  usePageTitle('Triage queue');

  if (list.state.status === 'failed') return <LoadFailure error={list.state.error} />;
  const data = list.state.status === 'ready' ? list.state.data : null;
  return (
    <>
      <Flash />
      <h1>
        <span className="nhsuk-caption-l">
          {data
            ? `${data.totalCapped ? `More than ${data.total.toLocaleString('en-GB')} referrals` : countText(data.total, 'referral', 'referrals')} to decide on`
            : scheme.name}
          <span className="nhsuk-u-visually-hidden"> – </span>
        </span>
        Triage queue
      </h1>
      <p>
        Possible crises first, then oldest first. Open a referral to accept it, decline it, or ask the referrer a
        question.
      </p>
      {list.state.status === 'loading' ? <Loading /> : null}
      {data && data.items.length === 0 ? <p>There are no referrals waiting for triage.</p> : null}
      {data && data.items.length > 0 ? (
        <>
          <ResponsiveTable
            caption="Referrals waiting for triage, possible crises first, then oldest first"
            columns={COLUMNS}
            rows={data.items}
            rowKey={(r) => r.id}
          />
          <KeysetPagination
            next={data.next}
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
