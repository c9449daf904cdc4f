/** The link workers weighed for a referral: their order, the list's summary in words, and the table comparing them. */
import type { AllocationOptions, WorkerSuggestion } from '../../api/referrals.ts';
import { ResponsiveTable, type Column } from '../../components/ResponsiveTable.tsx';
import { Tag } from '../../components/Tag.tsx';
import type { AllocationNeed } from './AllocationChecks.tsx';

/** Suggested workers first, then the server's ranking. */
export function ordered(workers: readonly WorkerSuggestion[]): WorkerSuggestion[] {
  return [...workers.filter((w) => w.suggested), ...workers.filter((w) => !w.suggested)];
}

/** What the list shows, in words: the shortlist out of the whole team, or a search's matches. */
export function listSummary(options: AllocationOptions): string {
  const shown = options.workers.length;
  if (options.search === null) {
    return shown < options.totalWorkers
      ? `The ${shown} best-ranked of ${options.totalWorkers} link workers, suggested first. To weigh anyone else, search for them by name.`
      : `All ${options.totalWorkers} link workers, suggested first.`;
  }
  if (shown === 0)
    return `No link workers match “${options.search}”. Check the spelling, or search for part of the name.`;
  const matches = `${shown} link ${shown === 1 ? 'worker matches' : 'workers match'} “${options.search}”`;
  return options.more
    ? `More than ${options.limit} link workers match “${options.search}”: showing ${shown}. Add more of the name to narrow the search.`
    : `${matches}, each weighed for this referral.`;
}

function Languages({ worker, need }: { worker: WorkerSuggestion; need: AllocationNeed }) {
  const list = worker.languages.length ? worker.languages.join(', ') : 'No other languages recorded';
  const asked = need.language && need.language.toLowerCase() !== 'english' ? need.language : null;
  return (
    <>
      <span className="linkwork-line">{list}</span>
      {asked ? (
        <span className="linkwork-line">
          {worker.languageMatch ? `Match: speaks ${asked}` : `No match: does not speak ${asked}`}
        </span>
      ) : null}
    </>
  );
}

function columns(need: AllocationNeed): Column<WorkerSuggestion>[] {
  return [
    {
      header: 'Link worker',
      cell: (w) => (
        <>
          <span className="linkwork-line">{w.name}</span>
          {w.suggested ? <Tag colour="blue">Suggested</Tag> : null}
          {w.blocked ? <Tag colour="red">Training not current</Tag> : null}
        </>
      ),
    },
    { header: 'Hours a week', cell: (w) => String(w.hoursPerWeek), numeric: true },
    { header: 'Languages', cell: (w) => <Languages worker={w} need={need} /> },
    {
      header: 'Caseload',
      cell: (w) => (
        <>
          <span className="linkwork-line">
            {w.capacity.openCases} of {w.capacity.cap}
          </span>
          {w.capacity.overCap ? <Tag colour="red">Over cap</Tag> : null}
          {!w.acceptingCases ? <Tag colour="orange">Not taking new cases</Tag> : null}
        </>
      ),
    },
    { header: 'Spare places', cell: (w) => String(Math.max(0, w.capacity.spare)), numeric: true },
    {
      header: 'Reasons',
      cell: (w) =>
        w.reasons.length ? (
          <ul className="nhsuk-list nhsuk-list--bullet linkwork-flags">
            {w.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        ) : (
          'None'
        ),
    },
  ];
}

/** The workers listed for this referral side by side: capacity, language, training and the reasons for the ranking. */
export function WorkerTable({
  options,
  workers,
  need,
}: {
  options: AllocationOptions;
  workers: readonly WorkerSuggestion[];
  need: AllocationNeed;
}) {
  return (
    <ResponsiveTable
      caption={
        options.search === null
          ? workers.length < options.totalWorkers
            ? 'Shortlist: best-ranked link workers, suggested first'
            : 'Link workers, suggested first'
          : `Link workers matching “${options.search}”`
      }
      captionVisible
      columns={columns(need)}
      rows={workers}
      rowKey={(w) => w.userId}
    />
  );
}
