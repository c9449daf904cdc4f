import { Link } from 'react-router-dom';
import type { RiskView } from '../../api/risk.ts';
import { formatDateTime } from '../../lib/format.ts';
import { levelText } from './riskLabels.ts';

/** Who is reading a risk record: its link worker, or someone overseeing them (supervisor, safeguarding lead, manager). */
export type RiskReader =
  { kind: 'worker' } | { kind: 'overseer'; meId: string; workerName: string | null; personName: string | null };

const escalated = (risk: RiskView) => risk.level === 'high' || risk.level === 'immediate';

function Told({ risk }: { risk: RiskView }) {
  if (risk.notified.length === 0) return null;
  return (
    <p>
      Told at once: {risk.notified.map((n) => n.name).join(', ')} ({formatDateTime(risk.notified[0]!.at)}).
    </p>
  );
}

/**
 * "What happens next", written to the reader: the link worker hears what was done for them; a
 * supervisor or manager is told what they must do, naming the person and the worker.
 */
export function RiskNextSteps({ risk, reader }: { risk: RiskView; reader: RiskReader }) {
  if (reader.kind === 'worker') {
    return (
      <>
        <h2>What happens next</h2>
        {risk.notified.length > 0 ? (
          <p>
            Told at once: {risk.notified.map((n) => n.name).join(', ')} ({formatDateTime(risk.notified[0]!.at)}).
            {escalated(risk) ? ' A debrief with your supervisor has been requested.' : ''}
          </p>
        ) : (
          <p>
            {risk.level === 'medium'
              ? 'This risk stays open, with a review, until it is closed.'
              : 'Nobody else needed to be told.'}
          </p>
        )}
      </>
    );
  }
  const worker = reader.workerName ?? 'the link worker';
  const person = reader.personName ?? 'the person';
  const mine = risk.actions.filter((a) => a.status === 'open' && a.assignee.id === reader.meId);
  const theirsOverdue = risk.actions.filter((a) => a.status === 'open' && a.overdue && a.assignee.id !== reader.meId);
  if (risk.status === 'closed') {
    return (
      <>
        <h2>What you need to do</h2>
        <p>
          Nothing: this risk is closed. {risk.assessedBy ?? worker} recorded it for {person} on{' '}
          {formatDateTime(risk.assessedAt)}.
        </p>
        <Told risk={risk} />
      </>
    );
  }
  return (
    <>
      <h2>What you need to do</h2>
      <p>
        {risk.assessedBy ?? worker} recorded a {levelText(risk.level).toLowerCase()} risk for {person} on{' '}
        {formatDateTime(risk.assessedAt)}.
        {risk.level === 'immediate'
          ? ` Contact ${worker} now: check that ${person} is safe and that 999 or the crisis line has been called.`
          : ''}
      </p>
      <ul>
        {mine.map((a) => (
          <li key={a.id}>
            Yours: {a.description}, by {formatDateTime(a.dueAt)}
            {a.overdue ? ' (overdue)' : ''}. Record it below when done.
          </li>
        ))}
        <li>
          Check {worker} does their actions below on time
          {theirsOverdue.length > 0
            ? `: ${theirsOverdue.length === 1 ? '1 is' : `${theirsOverdue.length} are`} overdue, so follow it up with them today`
            : ''}
          .
        </li>
        {escalated(risk) ? (
          <li>
            Debrief {worker}: a debrief has been requested. <Link to="/debriefs">See your debrief requests</Link>.
          </li>
        ) : null}
      </ul>
      <Told risk={risk} />
    </>
  );
}
