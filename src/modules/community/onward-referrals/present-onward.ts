import type { OnwardReferralStatus } from '../../../db/tables/onward-referrals.ts';
import type { EventRow } from './onward-events.repository.ts';
import type { OnwardRow } from './onward-referrals.repository.ts';
import type { InboxView, OnwardView } from './onward-referrals.schemas.ts';
import { onwardStates } from './onward-states.ts';
import { SHARED_FIELDS } from './shared-fields.ts';
import { formatLondonDate } from '../../../platform/format-london.ts';

const BY_SYSTEM = 'Linkwork (automatic)';

function presentEvents(events: EventRow[], id: string) {
  return events
    .filter((e) => e.onward_referral_id === id)
    .map((e) => ({
      at: e.at.toISOString(),
      from: e.from_status,
      to: e.to_status,
      kind: e.kind,
      note: e.note,
      by: e.by_kind === 'system' ? BY_SYSTEM : (e.by_name ?? 'Unknown'),
    }));
}

/** The shared snapshot in the fixed field order, labelled: exactly what was sent. */
export function presentShared(snapshot: Record<string, string>) {
  return SHARED_FIELDS.filter((f) => f.key in snapshot).map((f) => ({
    key: f.key,
    label: f.label,
    value: snapshot[f.key] ?? '',
  }));
}

/** The statuses a referral can move to next, as FHIR Task status codes. */
export function nextStatuses(status: OnwardReferralStatus): OnwardReferralStatus[] {
  return onwardStates.allowed(status).map((e) => onwardStates.next(status, e));
}

function service(r: OnwardRow) {
  return {
    id: r.service_id,
    name: r.service_name,
    organisationName: r.directory_organization_name,
    onLinkwork: r.receiving_organisation_id !== null,
  };
}

function outcome(r: OnwardRow) {
  return r.outcome_attended ? { attended: r.outcome_attended, note: r.outcome_note ?? '' } : null;
}

export function presentForWorker(r: OnwardRow, events: EventRow[], names: { consentBy: string }): OnwardView {
  return {
    id: r.id,
    caseId: r.case_id,
    service: service(r),
    status: r.status,
    statusReason: r.status_reason,
    businessStatus: r.business_status,
    shared: presentShared(r.shared_snapshot),
    message: r.message,
    consent: {
      statement: r.consent_statement,
      recordedBy: names.consentBy,
      recordedAt: r.consent_recorded_at.toISOString(),
    },
    outcome: outcome(r),
    sentAt: r.sent_at.toISOString(),
    reminderDueAt: r.reminder_due_at?.toISOString() ?? null,
    autoDeclineDueAt: r.auto_decline_due_at?.toISOString() ?? null,
    autoDeclined: r.auto_declined,
    version: r.version,
    events: presentEvents(events, r.id),
    allowedStatuses: nextStatuses(r.status),
  };
}

/** The receiving organisation's view: the shared snapshot and the message, never the case or the patient's record. */
export function presentForOrganisation(
  r: OnwardRow,
  events: EventRow[],
  names: { sentBy: string; schemeName: string },
): InboxView {
  return {
    id: r.id,
    service: service(r),
    status: r.status,
    statusReason: r.status_reason,
    shared: presentShared(r.shared_snapshot),
    message: r.message,
    sentAt: r.sent_at.toISOString(),
    sentBy: names.sentBy,
    schemeName: names.schemeName,
    outcome: outcome(r),
    version: r.version,
    events: presentEvents(events, r.id),
    allowedStatuses: nextStatuses(r.status).filter((s) => s !== 'cancelled'),
  };
}

const TIMELINE: Record<string, string> = {
  sent: 'sent',
  reminded: 'reminder sent (no answer yet)',
  'auto-declined': 'declined automatically (no answer in time)',
  declined: 'declined',
  completed: 'completed',
  cancelled: 'cancelled',
  'recorded-by-hand': 'recorded by hand as',
};

/** One line on the case timeline for an onward referral's status change. */
export function onwardTimelineText(e: {
  kind: string;
  to_status: string;
  service_name: string;
  note: string | null;
}): string {
  const what =
    e.kind === 'recorded-by-hand'
      ? `recorded by hand as ${e.to_status}`
      : e.kind === 'status'
        ? e.to_status.replace('-', ' ')
        : (TIMELINE[e.kind] ?? e.kind);
  return `Onward referral to ${e.service_name}: ${what}${e.note ? ` — ${e.note}` : ''}`;
}

const ATTENDED: Record<string, string> = { yes: 'attended', no: 'did not attend', unknown: 'attendance not known' };

/** The onward referrals paragraph of the discharge message: each service, its status and outcome. */
export function onwardDischargeText(
  rows: {
    service_name: string;
    directory_organization_name: string | null;
    status: string;
    status_reason: string | null;
    outcome_attended: string | null;
    outcome_note: string | null;
    sent_at: Date;
  }[],
): string {
  if (rows.length === 0) return 'No onward referrals were made.';
  return rows
    .map((r) => {
      const where = r.directory_organization_name
        ? `${r.service_name} (${r.directory_organization_name})`
        : r.service_name;
      const outcome = r.outcome_attended
        ? `; ${ATTENDED[r.outcome_attended] ?? r.outcome_attended}${r.outcome_note ? `: ${r.outcome_note}` : ''}`
        : '';
      const reason = !r.outcome_attended && r.status_reason ? ` (${r.status_reason})` : '';
      return `${where}, referred ${formatLondonDate(r.sent_at)}: ${r.status.replace('-', ' ')}${reason}${outcome}`;
    })
    .join('\n');
}
