import type { VisitSummary } from '../../api/loneWorking.ts';
import { Tag } from '../../components/Tag.tsx';
import { formatDateTime, formatTime } from '../../lib/format.ts';

/** "4 March 2025 at 2:05pm to 3:00pm": the visit's planned window. */
export function visitWindow(v: Pick<VisitSummary, 'plannedStart' | 'expectedEnd'>): string {
  return `${formatDateTime(v.plannedStart)} to ${formatTime(v.expectedEnd)}`;
}

/** The visit's state in words and colour (the words alone say it all). */
export function VisitStatusTag({ visit }: { visit: VisitSummary }) {
  if (visit.helpRequestedAt && visit.alert === 'active') return <Tag colour="red">Asked for help</Tag>;
  if (visit.overdue && visit.alert !== 'acknowledged') return <Tag colour="red">Overdue: not checked out</Tag>;
  if (visit.overdue) return <Tag colour="orange">Overdue: alert acknowledged</Tag>;
  if (visit.status === 'checked_in') return <Tag colour="blue">Checked in</Tag>;
  if (visit.status === 'checked_out') return <Tag colour="green">Checked out</Tag>;
  if (visit.status === 'cancelled') return <Tag colour="grey">Cancelled</Tag>;
  return <Tag colour="white">Planned</Tag>;
}

/** True while the visit needs someone to act: overdue, or a call for help nobody has acknowledged. */
export function needsAction(v: VisitSummary): boolean {
  return (v.overdue && v.alert !== 'acknowledged') || v.alert === 'active';
}

/** What the alert means, for the visit page and the board. */
export function alertText(v: VisitSummary): string | null {
  if (v.alert === 'none') return null;
  if (v.alert === 'cleared')
    return `An alert was sent (level ${v.alertLevel}); ${v.worker.name} has since been in touch.`;
  if (v.alert === 'acknowledged')
    return `Acknowledged by ${v.acknowledgement?.by ?? 'a colleague'} at ${formatDateTime(v.acknowledgement?.at ?? null)}: ${v.acknowledgement?.note ?? ''}`;
  if (v.helpRequestedAt) {
    const asked = `${v.worker.name} asked for help at ${formatDateTime(v.helpRequestedAt)}`;
    if (v.escalationEndedAt)
      return `${asked}. Every escalation has been sent and nobody has acknowledged (level ${v.alertLevel}). Act now.`;
    return v.alertLevel > 1
      ? `ESCALATED (level ${v.alertLevel}): ${asked} and no one has acknowledged.`
      : `${asked}: buddy, managers and supervisor alerted; no one has acknowledged yet.`;
  }
  if (v.escalationEndedAt)
    return `Every escalation has been sent and nobody has acknowledged (level ${v.alertLevel}). Act now.`;
  return v.alertLevel > 1
    ? `ESCALATED (level ${v.alertLevel}): no one has acknowledged.`
    : 'Buddy and managers alerted: no one has acknowledged yet.';
}
