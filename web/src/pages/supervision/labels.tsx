import type { DebriefReason, SupervisionKind, SupervisionSummary } from '../../api/support.ts';
import { Tag } from '../../components/Tag.tsx';
import { formatDate, londonToday } from '../../lib/format.ts';

export const KINDS: readonly { value: SupervisionKind; text: string }[] = [
  { value: 'clinical', text: 'Clinical' },
  { value: 'managerial', text: 'Managerial' },
  { value: 'peer', text: 'Peer' },
  { value: 'group', text: 'Group' },
];

export const REASONS: Record<DebriefReason, string> = {
  distressing_session: 'After a distressing session',
  difficult_sessions_in_row: 'After several difficult sessions in a row',
  high_risk: 'After a high-risk event',
  asked: 'Asked for by the worker',
};

/** "Due 4 March 2026", with an Overdue tag once the day has passed. */
export function SupervisionDue({ summary }: { summary: Pick<SupervisionSummary, 'dueOn' | 'overdue'> }) {
  return (
    <>
      {formatDate(summary.dueOn)}
      {summary.overdue ? (
        <>
          {' '}
          <Tag colour="red">Overdue</Tag>
        </>
      ) : null}
    </>
  );
}

/** Today as yyyy-mm-dd in London, whatever the computer's time zone. */
export function todayIso(): string {
  return londonToday();
}
