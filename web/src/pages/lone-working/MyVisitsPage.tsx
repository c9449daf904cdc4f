import { useState } from 'react';
import { Link } from 'react-router-dom';
import { loneWorkingApi, type VisitSummary } from '../../api/loneWorking.ts';
import { Button } from '../../components/Button.tsx';
import { ButtonLink } from '../../components/ButtonLink.tsx';
import { Flash } from '../../components/Flash.tsx';
import { LoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useApiData } from '../../hooks/useApiData.ts';
import { useSubmit } from '../../hooks/useSubmit.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { ForbiddenContent } from '../errors/ForbiddenContent.tsx';
import { useSchemeRole } from '../../hooks/useSchemeRole.ts';
import { visitWindow, VisitStatusTag } from './visitLabels.tsx';
import { formatDateTime, formatTime } from '../../lib/format.ts';
import { HelpButton } from './HelpButton.tsx';

/** The worker's visits: big check-in and check-out buttons for today's, then upcoming and recent ones. Works on a phone. */
export function MyVisitsPage() {
  const scheme = useSchemeRole();
  const { state, setData, reload } = useApiData(`lone-working:mine:${scheme?.slug ?? ''}`, () =>
    loneWorkingApi.mine(scheme?.slug ?? ''),
  );
  const form = useSubmit();
  const [busy, setBusy] = useState<string | null>(null);
  usePageTitle('Lone working', form.hasErrors);
  if (!scheme)
    return (
      <ForbiddenContent detail="Lone working is for link workers, supervisors and scheme managers working in a scheme." />
    );
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <LoadFailure error={state.error} />;
  const list = state.data;
  const open = list.visits.filter((v) => v.status === 'planned' || v.status === 'checked_in');
  const done = list.visits.filter((v) => !open.includes(v)).reverse();

  async function step(visit: VisitSummary, action: 'check-in' | 'check-out') {
    if (!scheme) return;
    setBusy(visit.id);
    form.clear();
    try {
      if (action === 'check-in') await loneWorkingApi.checkIn(scheme.slug, visit.id);
      else await loneWorkingApi.checkOut(scheme.slug, visit.id);
      setData(await loneWorkingApi.mine(scheme.slug));
    } catch (error) {
      form.showError(error);
      void reload();
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <Flash />
        <ErrorSummary errors={form} />
        <h1>Lone working</h1>
        <p>
          Plan each home or community visit with a buddy. Check in when you arrive and check out when you leave. If you
          have not checked out{' '}
          {list.graceMinutes === 0 ? 'by the expected end' : `${list.graceMinutes} minutes after the expected end`},
          your buddy and the managers are alerted.
        </p>
        <ButtonLink to="/lone-working/new">Plan a visit</ButtonLink>{' '}
        <ButtonLink to="/lone-working/unplanned" variant="secondary">
          Start an unplanned visit now
        </ButtonLink>
        <p>
          <Link to="/lone-working/team">
            Visits you buddy{scheme.role === 'link_worker' ? '' : ' and the team board'}
          </Link>
        </p>
        <h2>Today and upcoming</h2>
        {open.length === 0 ? <p>You have no visits planned.</p> : null}
        {open.map((v) => (
          <div className="nhsuk-card" key={v.id}>
            <div className="nhsuk-card__content">
              <h3 className="nhsuk-card__heading nhsuk-heading-s">
                <Link to={`/lone-working/${v.id}`}>{v.place}</Link>
              </h3>
              <p className="nhsuk-body-s nhsuk-u-margin-bottom-2">
                <VisitStatusTag visit={v} />
              </p>
              <p className="nhsuk-body-s nhsuk-u-margin-bottom-2">
                {visitWindow(v)}. Buddy: {v.buddy.name}.
              </p>
              {v.overdue ? (
                <p className="nhsuk-body-s">
                  <strong>
                    You were due to finish at {formatTime(v.expectedEnd)}. Check out now if you are safe, or extend the
                    visit.
                  </strong>
                </p>
              ) : null}
              {v.allowedActions.includes('check-in') ? (
                <Button type="button" disabled={busy === v.id} onClick={() => void step(v, 'check-in')}>
                  Check in<span className="nhsuk-u-visually-hidden"> at {v.place}</span>
                </Button>
              ) : null}
              {v.status === 'planned' && v.checkIn && !v.allowedActions.includes('check-in') ? (
                <p className="nhsuk-body-s">
                  {Date.now() < new Date(v.checkIn.from).getTime()
                    ? `You can check in from ${formatDateTime(v.checkIn.from)}.`
                    : 'Its planned time has passed: check out of it if it happened, or cancel it.'}{' '}
                  <Link to={`/lone-working/unplanned?from=${encodeURIComponent(v.id)}`}>
                    Start an unplanned visit now
                  </Link>{' '}
                  if you are going there now.
                </p>
              ) : null}
              {v.status === 'checked_in' ? (
                <Button type="button" disabled={busy === v.id} onClick={() => void step(v, 'check-out')}>
                  Check out<span className="nhsuk-u-visually-hidden"> of {v.place}</span>
                </Button>
              ) : null}
              {v.status === 'checked_in' && v.allowedActions.includes('help') ? (
                <HelpButton slug={scheme.slug} visit={v} onDone={() => void reload()} />
              ) : null}
            </div>
          </div>
        ))}
        {done.length > 0 ? (
          <>
            <h2>The last 7 days</h2>
            <ul className="nhsuk-list nhsuk-list--border">
              {done.map((v) => (
                <li key={v.id}>
                  <Link to={`/lone-working/${v.id}`}>{v.place}</Link>, {visitWindow(v)} <VisitStatusTag visit={v} />
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
    </div>
  );
}
