import type { VisitSummary } from '../../api/loneWorking.ts';
import { Tag } from '../../components/Tag.tsx';
import { formatDateTime } from '../../lib/format.ts';

const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });

/** "14:05" */
export function formatTime(iso: string): string {
  return time.format(new Date(iso));
}

/** "4 March 2025, 14:05 to 15:00": the visit's planned window. */
export function visitWindow(v: Pick<VisitSummary, 'plannedStart' | 'expectedEnd'>): string {
  return `${formatDateTime(v.plannedStart)} to ${formatTime(v.expectedEnd)}`;
}

/** The visit's state in words and colour (the words alone say it all). */
export function VisitStatusTag({ visit }: { visit: VisitSummary }) {
  if (visit.overdue && visit.alert !== 'acknowledged') return <Tag colour="red">Overdue: not checked out</Tag>;
  if (visit.overdue) return <Tag colour="orange">Overdue: alert acknowledged</Tag>;
  if (visit.status === 'checked_in') return <Tag colour="blue">Checked in</Tag>;
  if (visit.status === 'checked_out') return <Tag colour="green">Checked out</Tag>;
  if (visit.status === 'cancelled') return <Tag colour="grey">Cancelled</Tag>;
  return <Tag colour="white">Planned</Tag>;
}

/** What the alert means, for the visit page and the board. */
export function alertText(v: VisitSummary): string | null {
  if (v.alert === 'none') return null;
  if (v.alert === 'cleared') return `An alert was sent (level ${v.alertLevel}); ${v.worker.name} has since been in touch.`;
  if (v.alert === 'acknowledged') return `Acknowledged by ${v.acknowledgement?.by ?? 'a colleague'} at ${formatDateTime(v.acknowledgement?.at ?? null)}: ${v.acknowledgement?.note ?? ''}`;
  if (v.escalationEndedAt) return `Every escalation has been sent and nobody has acknowledged (level ${v.alertLevel}). Act now.`;
  return v.alertLevel > 1 ? `ESCALATED (level ${v.alertLevel}): no one has acknowledged.` : 'Buddy and managers alerted: no one has acknowledged yet.';
}
