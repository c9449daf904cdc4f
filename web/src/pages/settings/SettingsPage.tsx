import { Link, useSearchParams } from 'react-router-dom';
import { toQuery } from '../../api/client.ts';
import { labelFor } from '../../api/codes.ts';
import { settingsApi, type SchemeSettings, type WorkerProfileView } from '../../api/settings.ts';
import { Flash } from '../../components/Flash.tsx';
import { KeysetPagination } from '../../components/KeysetPagination.tsx';
import { LoadFailure, SectionLoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { ResponsiveTable, type Column } from '../../components/ResponsiveTable.tsx';
import { SearchForm } from '../../components/SearchForm.tsx';
import { SummaryList, SummaryRow } from '../../components/SummaryList.tsx';
import { Tag } from '../../components/Tag.tsx';
import { useApiData } from '../../hooks/useApiData.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useScheme } from '../referrals/SchemeContext.tsx';
import { useCodes } from '../../hooks/useCodes.ts';
import { capacityText, useSettings } from '../../hooks/useSettings.ts';
import { SafetySummary } from '../supervision/SafetySummary.tsx';
import { OutcomeMeasuresSummary } from './OutcomeMeasuresSummary.tsx';

function CodeList({ items }: { items: string[] }) {
  return (
    <ul className="nhsuk-list nhsuk-list--bullet">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

function Criteria({ settings, canEdit }: { settings: SchemeSettings; canEdit: boolean }) {
  const codes = useCodes();
  const lists = codes.state.status === 'ready' ? codes.state.data : null;
  const c = settings.criteria;
  const practiceName = (ods: string) => {
    const practice = settings.practices.find((p) => p.odsCode === ods);
    return practice ? `${practice.name} (${ods})` : ods;
  };
  const action = canEdit ? { to: '/settings/criteria', what: 'referral criteria' } : undefined;
  return (
    <section aria-labelledby="criteria-heading">
      <h2 id="criteria-heading">Referral criteria</h2>
      <p>
        Every referral is checked against these when it arrives: in scope, needs review or out of scope, with the
        reasons.
      </p>
      <SummaryList>
        <SummaryRow label="Ages" action={action && { ...action, what: 'ages' }}>
          {c.maxAge === null ? `${c.minAge} and over` : `${c.minAge} to ${c.maxAge}`}
        </SummaryRow>
        <SummaryRow label="Practices served" action={action && { ...action, what: 'practices served' }}>
          {c.practicesServed.length === 0 ? 'Any practice' : <CodeList items={c.practicesServed.map(practiceName)} />}
        </SummaryRow>
        <SummaryRow label="Needs in scope" action={action && { ...action, what: 'needs in scope' }}>
          {c.needsInScope.length === 0 ? (
            'Any need'
          ) : (
            <CodeList items={c.needsInScope.map((n) => labelFor(lists?.needs ?? [], n))} />
          )}
        </SummaryRow>
        <SummaryRow label="Self-referral" action={action && { ...action, what: 'self-referral' }}>
          {c.selfReferralOpen
            ? 'Open: people can refer themselves'
            : 'Closed: people are asked to speak to their GP practice'}
        </SummaryRow>
        <SummaryRow label="Exclusions" action={action && { ...action, what: 'exclusions' }}>
          {c.exclusions.length === 0 ? (
            'None'
          ) : (
            <ul className="nhsuk-list">
              {c.exclusions.map((e) => (
                <li key={e.circumstance}>
                  <strong>{labelFor(lists?.circumstances ?? [], e.circumstance)}</strong>:{' '}
                  {e.outcome === 'out_of_scope' ? 'out of scope' : 'needs review'}. Suggest: {e.alternative}
                  {e.crisis ? (
                    <span className="linkwork-line">
                      Treated as a possible crisis: review today, and the referrer is told to get urgent help.
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </SummaryRow>
      </SummaryList>
    </section>
  );
}

function Policies({ settings, canEdit }: { settings: SchemeSettings; canEdit: boolean }) {
  const p = settings.policies;
  const action = canEdit ? { to: '/settings/policies', what: 'policies' } : undefined;
  return (
    <section aria-labelledby="policies-heading">
      <h2 id="policies-heading">Policies</h2>
      <SummaryList>
        <SummaryRow
          label="People a full-time worker supports in a year"
          action={action && { ...action, what: 'people a full-time worker supports in a year' }}
        >
          {String(p.annualPeoplePerFte)}
        </SummaryRow>
        <SummaryRow label="Full-time hours a week" action={action && { ...action, what: 'full-time hours a week' }}>
          {String(p.fullTimeHours)}
        </SummaryRow>
        <SummaryRow
          label="Contact attempts before a letter"
          action={action && { ...action, what: 'contact attempts before a letter' }}
        >
          {`${p.contactAttempts} attempts over ${p.contactWindowDays} days`}
        </SummaryRow>
        <SummaryRow
          label="Wait after the letter before closing"
          action={action && { ...action, what: 'wait after the letter before closing' }}
        >
          {`${p.letterWaitDays} days`}
        </SummaryRow>
        <SummaryRow label="Intervention length" action={action && { ...action, what: 'intervention length' }}>
          {`Up to ${p.interventionWeeks} weeks and ${p.interventionSessions} sessions`}
        </SummaryRow>
        <SummaryRow
          label="A practice has stopped referring after"
          action={action && { ...action, what: 'when a practice has stopped referring' }}
        >
          {`${p.practiceQuietWeeks} weeks without a referral`}
        </SummaryRow>
      </SummaryList>
    </section>
  );
}

const SETTINGS_PATH = '/settings';

/** "Showing 26 to 50 of 2,500 link workers", or how many match a search; said in words, not page numbers. */
function workerCountText(total: number, shown: number, q: string): string {
  const noun = total === 1 ? 'link worker' : 'link workers';
  if (q)
    return `${total.toLocaleString('en-GB')} ${noun} ${total === 1 ? 'matches' : 'match'} “${q}”${shown < total ? `, ${shown} shown on this page` : ''}`;
  return shown < total
    ? `${shown} of ${total.toLocaleString('en-GB')} ${noun} shown on this page`
    : `${total.toLocaleString('en-GB')} ${noun}`;
}

/** The scheme's link workers a page of 25 at a time by name, with a search by name for a scheme of thousands. */
function Workers({ canEdit }: { canEdit: boolean }) {
  const scheme = useScheme();
  const [params, setParams] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  const page = { after: params.get('after') || undefined, before: params.get('before') || undefined };
  const { state } = useApiData(`settings:workers:${scheme.slug}:${q}:${page.after ?? ''}:${page.before ?? ''}`, () =>
    settingsApi.workers(scheme.slug, { ...page, q: q || undefined }),
  );
  const columns: Column<WorkerProfileView>[] = [
    { header: 'Link worker', cell: (w) => w.name },
    { header: 'Hours a week', cell: (w) => String(w.hoursPerWeek), numeric: true },
    { header: 'Languages', cell: (w) => (w.languages.length ? w.languages.join(', ') : 'None recorded') },
    { header: 'Taking new cases', cell: (w) => (w.acceptingCases ? 'Yes' : 'No') },
    {
      header: 'Capacity',
      cell: (w) => (
        <>
          <span className="linkwork-line">{capacityText(w.capacity)}</span>
          {w.capacity.overCap ? <Tag colour="red">Over cap</Tag> : null}
        </>
      ),
    },
  ];
  if (canEdit) {
    columns.push({
      header: 'Action',
      cell: (w) => (
        <Link to={`/settings/workers/${encodeURIComponent(w.userId)}`}>
          Change<span className="nhsuk-u-visually-hidden"> {w.name}’s working pattern</span>
        </Link>
      ),
    });
  }

  const withSearch = (cursor: Record<string, string>) => `${SETTINGS_PATH}${toQuery({ q: q || undefined, ...cursor })}`;
  return (
    <section aria-labelledby="workers-heading">
      <h2 id="workers-heading">Link workers</h2>
      <p>
        Each worker’s safe caseload follows from their hours and the scheme’s figure for a full-time worker. Allocation
        warns before anyone goes over it.
      </p>
      <SearchForm
        ariaLabel="Link workers"
        label="Find a link worker by name"
        hint="Part of their first or family name, for example Evans"
        current={q}
        onSearch={(text) => setParams(text ? { q: text } : {})}
        clear={{ to: SETTINGS_PATH, text: 'Show every link worker' }}
      />
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'failed' ? <SectionLoadFailure error={state.error} what="the list of link workers" /> : null}
      {state.status === 'ready' ? (
        state.data.workers.length === 0 ? (
          <p role="status">
            {q
              ? `No link workers match “${q}”. Check the spelling, or search for part of the name.`
              : 'There are no link workers in this scheme yet. An administrator adds them.'}
          </p>
        ) : (
          <>
            <p role="status">{workerCountText(state.data.total, state.data.workers.length, q)}</p>
            <ResponsiveTable
              caption="Link workers and their capacity"
              columns={columns}
              rows={state.data.workers}
              rowKey={(w) => w.userId}
            />
            <KeysetPagination
              next={state.data.next}
              onLaterPage={Boolean(page.after || page.before)}
              hrefForCursor={(cursor) => withSearch({ after: cursor })}
              firstHref={withSearch({})}
              previous={{ cursor: state.data.previous, hrefFor: (cursor) => withSearch({ before: cursor }) }}
              what="link workers"
            />
          </>
        )
      ) : null}
    </section>
  );
}

/** The scheme's criteria, policies and workers (a page at a time): editable by the scheme manager, readable by the team. */
export function SettingsPage() {
  const scheme = useScheme();
  const { state } = useSettings();
  usePageTitle('Scheme settings');
  const canEdit = scheme.role === 'scheme_manager';

  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <LoadFailure error={state.error} />;
  const settings = state.data;
  return (
    <>
      <Flash />
      <h1>
        <span className="nhsuk-caption-l">
          {settings.scheme.name}
          <span className="nhsuk-u-visually-hidden"> – </span>
        </span>
        Scheme settings
      </h1>
      <p className="nhsuk-body-s">Last changed {formatDateTime(settings.updatedAt)}</p>
      {!canEdit ? (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>You can read these settings. Only the scheme manager can change them.</p>
        </div>
      ) : null}
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-full">
          <Criteria settings={settings} canEdit={canEdit} />
          <Policies settings={settings} canEdit={canEdit} />
          <OutcomeMeasuresSummary canEdit={canEdit} />
          <Workers canEdit={canEdit} />
          <SafetySummary settings={settings} canEdit={canEdit} />
        </div>
      </div>
    </>
  );
}
