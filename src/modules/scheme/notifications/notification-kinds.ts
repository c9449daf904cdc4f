/**
 * Every kind of notification Linkwork sends, with its urgency: the rule in one place. Urgent means a
 * person may be at risk now (a patient or a worker), and nothing else: urgent notifications are listed
 * first, counted in the header and marked "[Urgent]" in email. Migration 0016 applied the same rule to
 * earlier rows; a kind added here must say whether it is urgent (an alert for an overdue risk action,
 * when one is sent, is urgent).
 */
export const NOTIFICATION_KINDS = {
  /** A high or immediate risk was recorded on a case. */
  'risk.high': { urgent: true },
  'risk.immediate': { urgent: true },
  'risk.action-overdue': { urgent: true },
  /** A concern that an adult or child is being abused or neglected. */
  'safeguarding.raised': { urgent: true },
  /** A lone worker has not checked out, nobody has acknowledged, or they asked for help. */
  'lone-working.alert': { urgent: true },
  'lone-working.escalated': { urgent: true },
  'lone-working.escalation-ended': { urgent: true },
  'lone-working.help': { urgent: true },
  'lone-working.cleared': { urgent: false },
  /** A referral names a crisis-type exclusion or carries risk language: review it today. */
  'referral.possible-crisis': { urgent: true },
  /** A debrief was not held in time: the worker may be left carrying a distressing event. */
  'debrief.overdue': { urgent: true },
  'debrief.requested': { urgent: false },
  'supervision.overdue': { urgent: false },
  'training.soon': { urgent: false },
  'training.expired': { urgent: false },
  /** Declined, failed or answered onward referrals: the person is not at risk because of it. */
  'onward-referral.status': { urgent: false },
  'onward-referral.inbox': { urgent: false },
  'directory.change-reported': { urgent: false },
  'directory.change-resolved': { urgent: false },
  /** A GP practice that used to refer has sent none for the scheme's set number of weeks (reports, practices). */
  'practice.stopped-referring': { urgent: false },
} as const satisfies Record<string, { urgent: boolean }>;

export type NotificationKind = keyof typeof NOTIFICATION_KINDS;

/** Whether a kind is urgent: callers never decide it themselves. */
export function isUrgentKind(kind: NotificationKind): boolean {
  return NOTIFICATION_KINDS[kind].urgent;
}

/** The kinds that are urgent, for the migration's backfill test and for documentation. */
export const URGENT_KINDS: readonly NotificationKind[] = (Object.keys(NOTIFICATION_KINDS) as NotificationKind[]).filter(
  isUrgentKind,
);
