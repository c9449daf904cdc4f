import { Link, useSearchParams } from 'react-router-dom';
import { toQuery } from '../../api/client.ts';
import { riskBoardApi, type RiskBoard, type RiskBoardItem } from '../../api/risk.ts';
import { KeysetPagination } from '../../components/KeysetPagination.tsx';
import { LoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { ResponsiveTable } from '../../components/ResponsiveTable.tsx';
import { RiskTag } from '../../components/RiskTag.tsx';
import { Tag } from '../../components/Tag.tsx';
import { useApiData } from '../../hooks/useApiData.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useSchemeRole, type SchemeRole } from '../../hooks/useSchemeRole.ts';
import { ForbiddenContent } from '../errors/ForbiddenContent.tsx';

function ageText(days: number): string {
  if (days === 0) return 'Less than a day';
  return days === 1 ? '1 day' : `${days} days`;
}

function PersonCell({ item }: { item: RiskBoardItem }) {
  return (
    <>
      <Link to={`/cases/${encodeURIComponent(item.caseId)}/risks/${encodeURIComponent(item.riskId)}`}>
        {item.person.name}
        <span className="nhsuk-u-visually-hidden">: open the risk record to act on it</span>
      </Link>
      <span className="nhsuk-body-s linkwork-case-subline">
        <Link to={`/cases/${encodeURIComponent(item.caseId)}`}>
          Case<span className="nhsuk-u-visually-hidden"> of {item.person.name}</span>
        </Link>
      </span>
    </>
  );
}

function OutstandingCell({ item }: { item: RiskBoardItem }) {
  if (item.outstanding.length === 0) return <>Nothing outstanding: review and close</>;
  return (
    <ul className="nhsuk-list nhsuk-body-s nhsuk-u-margin-bottom-0">
      {item.outstanding.map((a) => (
        <li key={a.id}>
          {a.overdue ? (
            <>
              <Tag colour="red">Overdue</Tag>{' '}
            </>
          ) : null}
          {a.description} – due {formatDateTime(a.dueAt)} ({a.assignee})
        </li>
      ))}
    </ul>
  );
}

function BoardTable({ board, after }: { board: RiskBoard; after: string | undefined }) {
  if (board.items.length === 0) {
    return (
      <p>
        {after
          ? 'There are no more active risks.'
          : board.scope === 'scheme'
            ? 'There are no active risks in the scheme.'
            : 'There are no active risks on your supervisees’ cases.'}
      </p>
    );
  }
  return (
    <>
      <p role="status">
        {board.total === 1 ? '1 active risk' : `${board.total} active risks`}: those with overdue actions first, then
        the highest level, then the oldest.
      </p>
      <ResponsiveTable
        caption="Active risks, overdue actions first"
        columns={[
          { header: 'Person', cell: (item) => <PersonCell item={item} /> },
          { header: 'Level', cell: (item) => <RiskTag level={item.level} /> },
          {
            header: 'Recorded',
            cell: (item) => (
              <>
                {formatDateTime(item.since)}
                <span className="nhsuk-body-s linkwork-case-subline">{ageText(item.ageDays)}</span>
              </>
            ),
          },
          {
            header: 'Link worker',
            cell: (item) => (
              <Link to={`/caseload${toQuery({ workerId: item.worker.id, sort: 'risk' })}`}>{item.worker.name}</Link>
            ),
          },
          { header: 'Outstanding', cell: (item) => <OutstandingCell item={item} /> },
        ]}
        rows={board.items}
        rowKey={(item) => item.riskId}
      />
      <KeysetPagination
        next={board.next}
        onLaterPage={Boolean(after)}
        hrefForCursor={(cursor) => `/risk-board${toQuery({ after: cursor })}`}
        firstHref="/risk-board"
        what="active risks"
      />
    </>
  );
}

/**
 * The team risk board: every active risk a supervisor (their supervisees' cases) or a scheme manager
 * (the whole scheme) answers for, with what is outstanding and links to act.
 */
export function RiskBoardPage() {
  const scheme = useSchemeRole();
  if (!scheme)
    return (
      <ForbiddenContent detail="The team risk board is for supervisors and scheme managers working in a scheme." />
    );
  return <BoardInScheme scheme={scheme} />;
}

function BoardInScheme({ scheme }: { scheme: SchemeRole }) {
  usePageTitle('Team risk board');
  const [params] = useSearchParams();
  const after = params.get('after') || undefined;
  const { state } = useApiData(`risk-board|${scheme.slug}|${after ?? ''}`, () => riskBoardApi.get(scheme.slug, after));
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <LoadFailure error={state.error} />;
  const board = state.data;
  return (
    <>
      <h1>Team risk board</h1>
      <p>
        {board.scope === 'scheme'
          ? `Every active risk in ${scheme.schemeName}.`
          : 'Active risks on the cases of the link workers you supervise.'}{' '}
        Open a person to see the risk record, mark actions done or not done, and close the risk when it is no longer
        active.
      </p>
      <BoardTable board={board} after={after} />
    </>
  );
}
