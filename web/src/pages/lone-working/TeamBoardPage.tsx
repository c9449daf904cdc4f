import { useEffect } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { toQuery } from '../../api/client.ts';
import { loneWorkingApi, type VisitSummary } from '../../api/loneWorking.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { KeysetPagination } from '../../components/KeysetPagination.tsx';
import { LoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useApiData } from '../../hooks/useApiData.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { formatDateTime } from '../../lib/format.ts';
import { ForbiddenContent } from '../errors/ForbiddenContent.tsx';
import { useSchemeRole, type SchemeRole } from '../../hooks/useSchemeRole.ts';
import { alertText, needsAction, visitWindow, VisitStatusTag } from './visitLabels.tsx';

const REFRESH_MS = 30_000;

/**
 * The lone working team board: every visit needing action first, on every page, in words as well as red;
 * then the other visits 50 a page. Supervisors and managers see the scheme, others the visits they buddy.
 */
export function TeamBoardPage() {
  const scheme = useSchemeRole();
  if (!scheme)
    return (
      <ForbiddenContent detail="Lone working is for link workers, supervisors and scheme managers working in a scheme." />
    );
  return <TeamBoard scheme={scheme} />;
}

function TeamBoard({ scheme }: { scheme: SchemeRole }) {
  const after = useSearchParams()[0].get('after') ?? undefined;
  const { state, reload } = useApiData(`lone-working:team:${scheme.slug}|${after ?? ''}`, () =>
    loneWorkingApi.team(scheme.slug, after),
  );
  const monitor = scheme.role === 'supervisor' || scheme.role === 'scheme_manager';
  const title = monitor ? 'Lone working team board' : 'Visits you buddy';
  usePageTitle(title);
  // The board is watched: it refreshes itself so a new alert shows without reloading.
  useEffect(() => {
    const timer = window.setInterval(() => void reload(), REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [reload]);
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <LoadFailure error={state.error} />;
  // Overdue visits, and calls for help nobody has acknowledged yet (which may come long before the expected end): on every page.
  const { urgent: overdue, moreUrgent, visits: rest, next } = state.data;

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-full">
        <BackLink to="/lone-working">Back to lone working</BackLink>
        <h1>{title}</h1>
        <p>
          {monitor
            ? 'Every visit in the scheme that is planned, under way, from the last day, or still alerting.'
            : 'The visits you are the buddy for.'}{' '}
          A visit is overdue when the worker has not checked out{' '}
          {state.data.graceMinutes === 0
            ? 'by the expected end'
            : `${state.data.graceMinutes} minutes after the expected end`}
          . This page refreshes every 30 seconds.
        </p>
        {moreUrgent ? (
          <div className="nhsuk-error-summary" aria-labelledby="more-urgent-title" role="alert" tabIndex={-1}>
            <h2 className="nhsuk-error-summary__title" id="more-urgent-title">
              More than {overdue.length} visits need action now
            </h2>
            <div className="nhsuk-error-summary__body">
              <p>
                Only the {overdue.length} most urgent are listed below. As each is acknowledged the next one takes its
                place. Get more people to help now.
              </p>
            </div>
          </div>
        ) : null}
        <h2>Overdue or asking for help: act now ({moreUrgent ? `more than ${overdue.length}` : overdue.length})</h2>
        {overdue.length === 0 ? <p>No visit is overdue and nobody is asking for help.</p> : null}
        {overdue.map((v) => (
          <VisitCard key={v.id} visit={v} />
        ))}
        <h2>Other visits{after ? ': a later page' : ''}</h2>
        <p className="nhsuk-body-s">Under way, then planned, then finished; each by expected end. 50 a page.</p>
        {rest.length === 0 ? <p>No other visits{after ? ' on this page' : ''}.</p> : null}
        {rest.map((v) => (
          <VisitCard key={v.id} visit={v} />
        ))}
        <KeysetPagination
          next={next}
          onLaterPage={after !== undefined}
          hrefForCursor={(cursor) => `/lone-working/team${toQuery({ after: cursor })}`}
          firstHref="/lone-working/team"
          what="other visits"
        />
      </div>
    </div>
  );
}

function VisitCard({ visit: v }: { visit: VisitSummary }) {
  const alert = alertText(v);
  return (
    <div className={needsAction(v) ? 'nhsuk-card linkwork-card--overdue' : 'nhsuk-card'}>
      <div className="nhsuk-card__content">
        <h3 className="nhsuk-card__heading nhsuk-heading-s">
          <Link to={`/lone-working/${v.id}`}>
            {v.worker.name}: {v.place}
          </Link>
        </h3>
        <p className="nhsuk-body-s nhsuk-u-margin-bottom-2">
          <VisitStatusTag visit={v} />
        </p>
        <p className="nhsuk-body-s nhsuk-u-margin-bottom-2">
          {visitWindow(v)}. Buddy: {v.buddy.name}. Phone:{' '}
          <a href={`tel:${v.workerPhone.replace(/\s/g, '')}`}>{v.workerPhone}</a>.
        </p>
        {v.checkedInAt ? (
          <p className="nhsuk-body-s nhsuk-u-margin-bottom-2">Checked in {formatDateTime(v.checkedInAt)}.</p>
        ) : null}
        {alert ? (
          <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">
            <strong>{alert}</strong>
          </p>
        ) : null}
      </div>
    </div>
  );
}
