/** The results of a directory search: the count, where distances are measured from, and the services found. */
import { Link } from 'react-router-dom';
import type { directoryApi, ServiceResult } from '../../api/directory.ts';
import { Pagination } from '../../components/Pagination.tsx';
import {
  CapacityTag,
  FreshnessTag,
  StatusTag,
  ageText,
  freshnessText,
  languagesText,
  referralsText,
} from './directoryLabels.tsx';

/** A page of services found: how many, from where, each service in brief, and the pages. */
export function DirectorySearchResults({
  data,
  linkTo,
  pageHref,
}: {
  data: NonNullable<Awaited<ReturnType<typeof directoryApi.search>>>;
  linkTo: (id: string) => string;
  pageHref: (page: number) => string;
}) {
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading">
        {data.total === 0
          ? 'No services found'
          : data.totalCapped
            ? `More than ${data.total.toLocaleString('en-GB')} services found`
            : `${data.total} service${data.total === 1 ? '' : 's'} found`}
      </h2>
      {data.located ? (
        <p>
          Within {data.located.withinMiles} mile{data.located.withinMiles === 1 ? '' : 's'} of {data.located.postcode},
          nearest first.
          {data.located.precision === 'district'
            ? ` We do not know exactly where ${data.located.postcode} is, so distances are from the middle of its area (${data.located.postcode.split(' ')[0]}) and may be out by a mile or more.`
            : ''}
        </p>
      ) : null}
      {data.total === 0 ? <p>Try fewer filters, a wider distance, or other words.</p> : null}
      {data.totalCapped ? (
        <p>
          The pages below show the first {data.total.toLocaleString('en-GB')}. Add a filter or a shorter distance to
          find the rest.
        </p>
      ) : null}
      <ul className="nhsuk-list nhsuk-list--border">
        {data.results.map((r) => (
          <ResultItem key={r.id} r={r} to={linkTo(r.id)} />
        ))}
      </ul>
      <Pagination page={data.page} pageSize={data.size} total={data.total} hrefFor={pageHref} />
    </section>
  );
}

/** One service found: its name, capacity, status and freshness, where it is and who it is for. */
function ResultItem({ r, to }: { r: ServiceResult; to: string }) {
  return (
    <li>
      <h3 className="nhsuk-heading-s nhsuk-u-margin-bottom-2">
        <Link to={to}>{r.name}</Link>
      </h3>
      <p className="nhsuk-u-margin-bottom-2">
        <CapacityTag status={r.capacity.status} /> <StatusTag status={r.status} />{' '}
        <FreshnessTag state={r.freshness.state} />
      </p>
      <p className="nhsuk-body-s nhsuk-u-margin-bottom-2">
        {r.organisation.name ?? 'Organisation not stated'}
        {r.owner?.onLinkwork ? ' (on Linkwork: referrals go to their inbox)' : ''}
        {r.place ? ` · ${[r.place.name, r.place.address, r.place.postcode].filter(Boolean).join(', ')}` : ''}
        {r.distanceMiles !== null ? ` · ${r.distanceMiles} mile${r.distanceMiles === 1 ? '' : 's'} away` : ''}
      </p>
      <p className="nhsuk-body-s nhsuk-u-margin-bottom-2">
        {r.cost.text} · {ageText(r.ageRange)} · Languages: {languagesText(r.languages)}
      </p>
      <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">
        {referralsText(r.referrals)} {freshnessText(r.freshness)}
      </p>
    </li>
  );
}
