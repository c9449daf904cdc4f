import type { Actor } from '../../../platform/actor.ts';
import { londonDate } from '../../../platform/london-time.ts';
import { closingReasonLabel } from '../../scheme/codes/index.ts';
import type { PatientRow } from '../patients/index.ts';
import { presentPatient } from '../patients/index.ts';
import { presentMessages } from '../referrals/index.ts';
import type { listMessagesBack, listReferralEvents, ReferralRow } from '../referrals/index.ts';
import type { SchemeRules } from '../../scheme/scheme-settings/index.ts';
import { caseStates } from './case-states.ts';
import type { CaseView } from './cases.schemas.ts';
import type { listGoals } from './case-goals.repository.ts';
import type { listContactAttempts, listExtensions, listSessions } from './case-history.repository.ts';
import type { TaskRow } from './case-tasks.repository.ts';
import type { CaseRow } from '../case-records/index.ts';
import { nextContactStep } from './contact-policy.ts';
import { interventionStatus } from './intervention-limit.ts';
import { checkCaseAccess } from '../case-records/index.ts';
import type { CaseActiveRisk } from '../../safety/risk/index.ts';
import type { caseRiskTimeline } from '../../safety/risk/index.ts';
import { canReadConcern } from '../../safety/safeguarding/index.ts';
import type { ConcernRow } from '../../safety/safeguarding/index.ts';
import type {
  listCaseEvents as listOnwardEvents,
  listForDischarge as listOnwardReferrals,
} from '../../community/onward-referrals/index.ts';
import { onwardTimelineText } from '../../community/onward-referrals/index.ts';
import { presentCaseOutcomes, type CaseOutcomeParts } from '../outcomes/index.ts';

export interface CaseParts {
  schemeSlug: string;
  kase: CaseRow;
  patient: PatientRow;
  referral: ReferralRow;
  rules: SchemeRules;
  attempts: Awaited<ReturnType<typeof listContactAttempts>>;
  sessions: Awaited<ReturnType<typeof listSessions>>;
  goals: Awaited<ReturnType<typeof listGoals>>;
  tasks: TaskRow[];
  extensions: Awaited<ReturnType<typeof listExtensions>>;
  events: Awaited<ReturnType<typeof listReferralEvents>>;
  messages: Awaited<ReturnType<typeof listMessagesBack>>;
  activeRisks: CaseActiveRisk[];
  /** Risk events (migration 0017): recorded, escalated, each action done or not done, closed. */
  riskEvents: Awaited<ReturnType<typeof caseRiskTimeline>>;
  concerns: ConcernRow[];
  /** Onward referrals (migration 0013): their status changes on the timeline, their outcomes in the discharge message. */
  onwardEvents: Awaited<ReturnType<typeof listOnwardEvents>>;
  onward: Awaited<ReturnType<typeof listOnwardReferrals>>;
  /** Outcome measures (migration 0039): the scheme's catalogue, the recordings, their scores and pairs. */
  outcomes: CaseOutcomeParts;
}

const CHANNEL: Record<string, string> = {
  phone: 'phone',
  text: 'text message',
  email: 'email',
  letter: 'letter',
  in_person: 'in person',
};
const OUTCOME: Record<string, string> = {
  reached: 'reached',
  no_answer: 'no answer',
  left_message: 'left a message',
  wrong_number: 'wrong number',
  declined_service: 'declined the service',
};
const MODE: Record<string, string> = {
  face_to_face: 'Face to face',
  phone: 'Phone',
  video: 'Video',
  home_visit: 'Home visit',
};

/** The contact step and intervention status as the rules see them now. */
export function caseProgress(p: Pick<CaseParts, 'kase' | 'rules' | 'attempts' | 'sessions'>, now: Date) {
  const contact = nextContactStep(p.rules.contact, p.kase.allocated_at, p.attempts, now);
  const intervention = interventionStatus(
    p.rules.intervention,
    {
      startedAt: p.kase.first_contact_at,
      sessionsHeld: p.sessions.filter((s) => s.attendance === 'attended').length,
      extraWeeks: p.kase.extra_weeks,
      extraSessions: p.kase.extra_sessions,
    },
    now,
  );
  return { contact, intervention };
}

/** What the actor may do next on this case, so the page offers only what will be allowed. */
export function allowedCaseActions(
  actor: Actor,
  kase: CaseRow,
  contactStep: string,
  interventionState: string,
): string[] {
  try {
    checkCaseAccess(actor, kase, 'write');
  } catch {
    return [];
  }
  if (kase.status === 'closed') return [];
  const actions = ['contact', 'session', 'plan', 'task', 'outcome', 'discharge'];
  if (kase.status === 'active' && interventionState !== 'not-started') actions.push('extend');
  if (caseStates.can(kase.status, 'close-unable-to-contact') && contactStep === 'close')
    actions.push('close-unable-to-contact');
  return actions;
}

export function presentTask(t: TaskRow, today: string) {
  return {
    id: t.id,
    caseId: t.case_id,
    description: t.description,
    dueOn: t.due_on,
    overdue: t.done_at === null && t.due_on < today,
    done: t.done_at !== null,
    doneAt: t.done_at?.toISOString() ?? null,
    assignee: { id: t.assignee_id, name: t.assignee_name },
    patientName: `${t.given_name} ${t.family_name}`,
  };
}

/** Safeguarding records the actor may open, and a count of those they may not (they learn only that one exists). */
function safeguardingSummary(actor: Actor, concerns: ConcernRow[]): CaseView['safeguarding'] {
  const readable = concerns.filter((c) =>
    canReadConcern(actor, {
      schemeId: c.scheme_id,
      raisedBy: c.raised_by,
      raisedBySupervisorId: c.raised_by_supervisor_id,
      safeguardingLeadId: c.safeguarding_lead_id,
    }),
  );
  return {
    visible: readable.map((c) => ({
      id: c.id,
      subject: c.subject,
      status: c.status,
      raisedAt: c.raised_at.toISOString(),
    })),
    restricted: concerns.length - readable.length,
  };
}

/** The case page: the person, the referral, the policy prompts and every record, with one timeline. */
export function presentCase(actor: Actor, p: CaseParts, now: Date): CaseView {
  const { kase, referral } = p;
  const today = londonDate(now);
  const { contact, intervention } = caseProgress(p, now);
  const timeline = [
    ...p.events.map((e) => ({
      at: e.at,
      kind: `referral.${e.kind}`,
      text: `Referral ${e.kind.replace(/-/g, ' ')}${typeof e.detail.workerName === 'string' ? ` to ${e.detail.workerName}` : ''}`,
      by: e.by_name,
    })),
    ...p.attempts.map((a) => ({
      at: a.at,
      kind: 'contact',
      text: `Contact attempt by ${CHANNEL[a.channel]}: ${OUTCOME[a.outcome]}${a.notes ? ` — ${a.notes}` : ''}`,
      by: a.by_name,
    })),
    ...p.sessions.map((s) => ({
      at: s.starts_at,
      kind: 'session',
      text: `${MODE[s.mode]} session, ${s.duration_minutes} minutes: ${s.attendance === 'attended' ? 'attended' : s.attendance === 'did_not_attend' ? 'did not attend' : 'cancelled'}`,
      by: s.by_name,
    })),
    ...p.extensions.map((e) => ({
      at: e.at,
      kind: 'extension',
      text: `Intervention extended by ${e.extra_weeks} week(s) and ${e.extra_sessions} session(s): ${e.reason}`,
      by: e.by_name,
    })),
    ...p.onwardEvents.map((e) => ({
      at: e.at,
      kind: `onward-referral.${e.kind}`,
      text: onwardTimelineText(e),
      by: e.by_kind === 'system' ? 'Linkwork (automatic)' : e.by_name,
    })),
    ...p.messages.map((m) => ({
      at: m.created_at,
      kind: 'message-back',
      text: `Message back sent: ${m.snomed_display} (${m.kind.replace(/_/g, ' ')})`,
      by: null,
    })),
    ...p.riskEvents,
    ...outcomeTimeline(p.outcomes),
  ]
    .sort((a, b) => a.at.getTime() - b.at.getTime())
    .map((t) => ({ ...t, at: t.at.toISOString() }));
  const reasonLabel = kase.discharge_reason ? closingReasonLabel(kase.discharge_reason) : '';
  return {
    id: kase.id,
    schemeSlug: p.schemeSlug,
    status: kase.status,
    version: kase.version,
    worker: { id: kase.worker_id, name: kase.worker_name },
    allocatedAt: kase.allocated_at.toISOString(),
    firstContactAt: kase.first_contact_at?.toISOString() ?? null,
    patient: presentPatient(p.patient, now),
    referral: {
      id: referral.id,
      receivedAt: referral.received_at.toISOString(),
      source: referral.source,
      needs: referral.needs,
      circumstances: referral.circumstances,
      reason: referral.reason,
      evaluationReasons: referral.evaluation_reasons,
      referrerName: referral.referrer_name,
      practiceOdsCode: referral.practice_ods_code,
      consent: {
        contact: referral.consent_contact,
        shareWithServices: referral.consent_share_services,
        shareWithGp: referral.consent_share_gp,
      },
    },
    whatMatters: kase.what_matters,
    needsByDomain: kase.needs_by_domain,
    interventionLevel: kase.intervention_level,
    contactStep: {
      step: contact.step,
      message: contact.message,
      dueBy: contact.step === 'attempt' ? contact.dueBy.toISOString() : null,
    },
    intervention,
    contactAttempts: p.attempts.map((a) => ({
      id: a.id,
      at: a.at.toISOString(),
      channel: a.channel,
      outcome: a.outcome,
      notes: a.notes,
      by: a.by_name,
    })),
    sessions: p.sessions.map((s) => ({
      id: s.id,
      startsAt: s.starts_at.toISOString(),
      durationMinutes: s.duration_minutes,
      mode: s.mode,
      place: s.place,
      attendance: s.attendance,
      notes: s.notes,
      by: s.by_name,
      riskConcern: s.risk_concern,
    })),
    goals: p.goals.map((g) => ({
      id: g.id,
      description: g.description,
      actions: g.actions,
      status: g.status,
      progress: g.progress,
      progressNote: g.progress_note,
      updatedAt: g.updated_at.toISOString(),
      version: g.version,
    })),
    tasks: p.tasks.map((t) => presentTask(t, today)),
    extensions: p.extensions.map((e) => ({
      at: e.at.toISOString(),
      extraWeeks: e.extra_weeks,
      extraSessions: e.extra_sessions,
      reason: e.reason,
      by: e.by_name,
    })),
    timeline,
    discharge:
      kase.status === 'closed' && kase.closed_at
        ? {
            reason: kase.discharge_reason ?? '',
            reasonLabel,
            summary: kase.discharge_summary ?? '',
            arranged: kase.discharge_arranged ?? '',
            closedAt: kase.closed_at.toISOString(),
          }
        : null,
    messagesBack: presentMessages(p.messages),
    allowedActions: allowedCaseActions(actor, kase, contact.step, intervention.state),
    activeRisks: p.activeRisks.map((r) => ({
      id: r.id,
      level: r.level,
      since: r.since.toISOString(),
      outstanding: r.outstanding.map((a) => ({
        id: a.id,
        description: a.description,
        dueAt: a.dueAt.toISOString(),
        overdue: a.dueAt.getTime() < now.getTime(),
        assignee: a.assignee,
      })),
    })),
    safeguarding: safeguardingSummary(actor, p.concerns),
    outcomes: presentCaseOutcomes(p.outcomes, { caseStatus: kase.status, today }),
  };
}

/** Each asking of a measure on the timeline: completed or declined, at which point. */
function outcomeTimeline(o: CaseOutcomeParts) {
  return o.records.map((r) => {
    const name = o.catalogue.latest(r.measure_key)?.shortName ?? r.measure_key;
    return {
      at: r.recorded_at,
      kind: 'outcome',
      text:
        r.status === 'completed'
          ? `${name} recorded (${r.timepoint}, answered ${r.answered_on})`
          : `${name} declined at ${r.timepoint}: ${r.declined_reason ?? ''}`,
      by: r.recorded_by_name,
    };
  });
}
