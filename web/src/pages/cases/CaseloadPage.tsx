import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { casesApi, type Caseload, type CaseloadItem } from '../../api/cases.ts';
import { toQuery } from '../../api/client.ts';
import type { RiskAtLeast } from '../../api/risk.ts';
import { settingsApi, type WorkerProfileView } from '../../api/settings.ts';
import { Button } from '../../components/Button.tsx';
import { KeysetPagination } from '../../components/KeysetPagination.tsx';
import { LoadFailure, SectionLoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { RiskTag } from '../../components/RiskTag.tsx';
import { ResponsiveTable } from '../../components/ResponsiveTable.tsx';
import { SearchForm } from '../../components/SearchForm.tsx';
import { Select } from '../../components/form/Select.tsx';
import { Tag } from '../../components/Tag.tsx';
import { useApiData, type Loadable } from '../../hooks/useApiData.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { formatDate } from '../../lib/format.ts';
import { ForbiddenContent } from '../errors/ForbiddenContent.tsx';
import { CaseStatusTag, InterventionTag } from './caseLabels.tsx';
import { RiskListControls, riskAtLeastFrom, riskFilterText, type ListOrder } from './RiskListControls.tsx';
import { useSchemeRole, type SchemeRole } from '../../hooks/useSchemeRole.ts';

function hoursText(hours: number): string {
  return Number.isInteger(hours) ? String(hours) : hours.toFixed(1);
}

/** The worker's load against their safe caseload, with a warning when it is over. */
function CapacityPanel({ caseload, hours, mine }: { caseload: Caseload; hours: number | null; mine: boolean }) {
  const c = caseload.capacity;
  const who = mine ? 'You have' : `${caseload.worker.name} has`;
  return (
    <>
      <div className="nhsuk-card">
        <div className="nhsuk-card__content">
          <h2 className="nhsuk-card__heading">Capacity</h2>
          <p className="nhsuk-card__description">
            {c.openCases} of {c.cap} open cases
            {hours !== null ? ` – safe caseload for ${hoursText(hours)} hours a week` : ' (safe caseload)'};{' '}
            {c.allocatedThisYear} of {c.annualCap} people this year
          </p>
          {!c.overCap ? (
            <p className="nhsuk-body-s">
              {c.spare === 1 ? 'Room for 1 more case.' : `Room for ${c.spare} more cases.`}
            </p>
          ) : null}
        </div>
      </div>
      {c.overCap ? (
        <div className="nhsuk-card nhsuk-card--warning">
          <div className="nhsuk-card__content">
            <h2 className="nhsuk-card__heading">
              <span className="nhsuk-u-visually-hidden">Important: </span>Over safe caseload
            </h2>
            <p className="nhsuk-card__description">
              {who} {c.openCases} open cases, {c.openCases - c.cap} more than the safe caseload of {c.cap}. No more
              cases should be allocated until some are closed. Talk to{' '}
              {mine ? 'your supervisor or scheme manager' : 'them'} about the caseload.
            </p>
          </div>
        </div>
      ) : null}
    </>
  );
}

/** The person, their age and language, and their highest active risk as a tag (nothing when none). */
function PersonCell({ item }: { item: CaseloadItem }) {
  const details = [item.patient.age !== null ? `Age ${item.patient.age}` : null, item.patient.preferredLanguage]
    .filter(Boolean)
    .join(', ');
  return (
    <>
      <Link to={`/cases/${encodeURIComponent(item.caseId)}`}>{item.patient.name}</Link>
      {details ? <span className="nhsuk-body-s linkwork-case-subline">{details}</span> : null}
      {item.activeRisk ? (
        <span className="linkwork-case-subline">
          <RiskTag level={item.activeRisk.level} />
        </span>
      ) : null}
    </>
  );
}

function TasksCell({ item }: { item: CaseloadItem }) {
  if (item.openTasks === 0) return <>None</>;
  return (
    <>
      {item.openTasks} open
      {item.overdueTasks > 0 ? (
        <>
          {' '}
          <Tag colour="red">{item.overdueTasks} overdue</Tag>
        </>
      ) : null}
    </>
  );
}

/** The next step, and each outcome measure due with the person now as a tag ("ONS4 baseline due"). */
function NextStepCell({ item }: { item: CaseloadItem }) {
  return (
    <>
      {item.nextStep}
      {item.measuresDue.map((m) => (
        <span className="linkwork-case-subline" key={m.key}>
          <Tag colour="orange">
            {m.shortName} {m.due} due
          </Tag>
        </span>
      ))}
    </>
  );
}

interface CaseloadTableProps {
  caseload: Caseload;
  closed: boolean;
  query: CaseloadPageQuery;
  after: string | undefined;
}

function CaseloadTable({ caseload, closed, query, after }: CaseloadTableProps) {
  const what = closed ? 'closed cases' : 'open cases';
  const filtered = query.riskAtLeast !== undefined;
  if (caseload.items.length === 0) {
    if (filtered)
      return <p>{`No ${closed ? 'closed' : 'open'} cases match "${riskFilterText(query.riskAtLeast)}".`}</p>;
    return <p>{closed ? 'There are no closed cases.' : 'There are no open cases.'}</p>;
  }
  const order = query.sort === 'risk' ? 'highest active risk first' : 'oldest allocation first';
  return (
    <>
      {!closed ? (
        <p role="status">
          {filtered
            ? `Showing ${caseload.items.length} open ${caseload.items.length === 1 ? 'case' : 'cases'} with ${riskFilterText(query.riskAtLeast).toLowerCase()}, ${order}`
            : `Showing ${caseload.items.length} of ${caseload.total} open ${caseload.total === 1 ? 'case' : 'cases'}, ${order}`}
        </p>
      ) : null}
      <ResponsiveTable
        caption={`${closed ? 'Closed' : 'Open'} cases of ${caseload.worker.name}`}
        columns={[
          { header: 'Person', cell: (item) => <PersonCell item={item} /> },
          { header: 'Status', cell: (item) => <CaseStatusTag status={item.status} /> },
          { header: 'Allocated', cell: (item) => formatDate(item.allocatedAt) },
          {
            header: 'Last session',
            cell: (item) => (item.lastSessionAt ? formatDate(item.lastSessionAt) : 'None yet'),
          },
          { header: 'Sessions held', cell: (item) => item.sessionsHeld, numeric: true },
          { header: 'Tasks', cell: (item) => <TasksCell item={item} /> },
          { header: 'Intervention', cell: (item) => <InterventionTag state={item.interventionState} /> },
          { header: 'Next step', cell: (item) => <NextStepCell item={item} /> },
        ]}
        rows={caseload.items}
        rowKey={(item) => item.caseId}
      />
      <KeysetPagination
        next={caseload.next}
        onLaterPage={Boolean(after)}
        hrefForCursor={(cursor) => `/caseload${toQuery({ ...query, after: cursor })}`}
        firstHref={`/caseload${toQuery({ ...query })}`}
        what={what}
      />
    </>
  );
}

/** What the caseload page keeps in its address: whose, open or closed, the risk filter and order. */
interface CaseloadPageQuery {
  workerId?: string;
  include?: 'closed';
  riskAtLeast?: RiskAtLeast;
  sort?: ListOrder;
}

function toSearch(query: CaseloadPageQuery): Record<string, string> {
  return Object.fromEntries(
    Object.entries(query).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''),
  );
}

/**
 * Supervisors and managers choose whose caseload to look at: from the first 25 link workers by name, or
 * from those whose name holds what they searched for (a scheme may have thousands of workers).
 */
function WorkerChooser({
  slug,
  workerId,
  onChoose,
}: {
  slug: string;
  workerId: string;
  onChoose: (id: string) => void;
}) {
  const [chosen, setChosen] = useState(workerId);
  const [error, setError] = useState<string | undefined>();
  const [q, setQ] = useState('');
  const workers = useApiData(`caseload-workers|${slug}|${q}`, () => settingsApi.workers(slug, { q: q || undefined }));
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!chosen) {
      setError('Select a link worker');
      return;
    }
    setError(undefined);
    onChoose(chosen);
  }
  if (workers.state.status === 'loading') return <Loading />;
  if (workers.state.status === 'failed')
    return <SectionLoadFailure error={workers.state.error} what="the list of link workers" />;
  const page = workers.state.data;
  if (page.total === 0 && !q) return <p>There are no link workers in this scheme yet.</p>;
  const more = page.total > page.workers.length;
  return (
    <>
      {more || q ? (
        <SearchForm
          ariaLabel="Find a link worker"
          label="Find a link worker by name"
          hint="Part of their first or family name"
          widthClass="nhsuk-input--width-20"
          current={q}
          onSearch={setQ}
        />
      ) : null}
      {page.workers.length === 0 ? (
        <p role="status">No link workers match “{q}”. Check the spelling, or search for part of the name.</p>
      ) : (
        <form method="get" onSubmit={submit} noValidate aria-label="Choose a link worker">
          <Select
            name="workerId"
            label="Link worker"
            hint={
              more
                ? `The first ${page.workers.length} of ${page.total.toLocaleString('en-GB')} ${q ? `link workers matching “${q}”` : 'link workers'} by name: search to find others.`
                : undefined
            }
            value={chosen}
            options={page.workers.map((w) => ({
              value: w.userId,
              text: `${w.name} – ${w.capacity.openCases} of ${w.capacity.cap} open cases${w.capacity.overCap ? ' (over safe caseload)' : ''}`,
            }))}
            emptyOption="Choose a link worker"
            onChange={setChosen}
            error={error}
          />
          <Button variant="secondary">Show caseload</Button>
        </form>
      )}
    </>
  );
}

function hoursOf(profile: Loadable<WorkerProfileView | null>): number | null {
  return profile.status === 'ready' && profile.data ? profile.data.hoursPerWeek : null;
}

/** A link worker's caseload against their safe cap; supervisors and managers choose a worker first. */
export function CaseloadPage() {
  const scheme = useSchemeRole();
  if (!scheme)
    return (
      <ForbiddenContent detail="Caseloads are for link workers, supervisors and scheme managers working in a scheme." />
    );
  return <CaseloadInScheme scheme={scheme} />;
}

function CaseloadInScheme({ scheme }: { scheme: SchemeRole }) {
  const { slug } = scheme;
  const mine = scheme.role === 'link_worker';
  const [params, setParams] = useSearchParams();
  const chosenWorker = mine ? undefined : params.get('workerId') || undefined;
  const closed = params.get('include') === 'closed';
  const after = params.get('after') || undefined;
  const riskAtLeast = riskAtLeastFrom(params.get('riskAtLeast'));
  const sort: ListOrder | undefined = params.get('sort') === 'risk' ? 'risk' : undefined;
  const query: CaseloadPageQuery = {
    ...(chosenWorker ? { workerId: chosenWorker } : {}),
    ...(closed ? { include: 'closed' as const } : {}),
    ...(riskAtLeast ? { riskAtLeast } : {}),
    ...(sort ? { sort } : {}),
  };
  const profileOf = chosenWorker ?? (mine ? scheme.me.id : undefined);
  const profile = useApiData(`worker|${slug}|${profileOf ?? ''}`, () =>
    profileOf ? settingsApi.worker(slug, profileOf) : Promise.resolve(null),
  );
  const caseload = useApiData(
    `${slug}|${chosenWorker ?? ''}|${closed}|${riskAtLeast ?? ''}|${sort ?? ''}|${after ?? ''}`,
    () => (mine || chosenWorker ? casesApi.caseload(slug, { ...query, after }) : Promise.resolve(null)),
  );
  const heading = mine ? 'My caseload' : 'Caseloads';
  usePageTitle(heading);

  if (caseload.state.status === 'failed') return <LoadFailure error={caseload.state.error} />;
  const data = caseload.state.status === 'ready' ? caseload.state.data : null;

  return (
    <>
      <h1>{heading}</h1>
      {!mine ? (
        <WorkerChooser
          key={chosenWorker ?? ''}
          slug={slug}
          workerId={chosenWorker ?? ''}
          onChoose={(id) => setParams({ workerId: id })}
        />
      ) : null}

      {caseload.state.status === 'loading' ? <Loading /> : null}
      {data ? (
        <>
          {!mine ? <h2>Caseload of {data.worker.name}</h2> : null}
          <CapacityPanel caseload={data} hours={hoursOf(profile.state)} mine={mine} />
          <p>
            <Link to={`/caseload${toQuery({ workerId: chosenWorker, include: closed ? undefined : 'closed' })}`}>
              {closed ? 'Show open cases' : 'Show closed cases'}
            </Link>
          </p>
          {mine ? (
            <p>
              <Link to="/tasks">My tasks</Link>
            </p>
          ) : null}
          <RiskListControls
            key={`${riskAtLeast ?? ''}|${sort ?? ''}`}
            riskAtLeast={riskAtLeast}
            order={sort ?? 'allocated'}
            onApply={(choice) =>
              setParams(
                toSearch({
                  ...query,
                  riskAtLeast: choice.riskAtLeast,
                  sort: choice.order === 'risk' ? 'risk' : undefined,
                }),
              )
            }
          />
          <CaseloadTable caseload={data} closed={closed} query={query} after={after} />
        </>
      ) : null}
    </>
  );
}
