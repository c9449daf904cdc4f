import type { Actor } from '../../../platform/actor.ts';
import { allow } from '../../../platform/policy.ts';
import { findCircumstance } from '../../scheme/codes/index.ts';
import { presentPatient, ageFrom } from '../patients/index.ts';
import type { PatientRow } from '../patients/index.ts';
import type { ActiveRisk } from '../../safety/risk/index.ts';
import type { ReferralAccess } from './referral-access.ts';
import { referralStates } from './referral-states.ts';
import type { CrisisAdvice, MessageBackView, ReferralDetail, ReferralSummary } from './referrals.schemas.ts';
import type { listMessagesBack } from './messages-back.repository.ts';
import type { listByStatus } from './referral-queues.repository.ts';
import type { listReferralEvents, ReferralRow } from './referrals.repository.ts';

type ListRow = Awaited<ReturnType<typeof listByStatus>>[number] & { messages?: string | number | null };

const DAY = 86_400_000;

/** The urgency a referral carries, in words (0019_crisis_referrals.sql: lower is more urgent). */
export function urgencyOf(rank: number): 'crisis' | 'routine' {
  return rank === 0 ? 'crisis' : 'routine';
}

/**
 * A queue or list row: who, how long they have waited, and the flags a triager must see. Triage
 * lists pass the person's highest active risk (undefined leaves it out, as on a referrer's list).
 */
export function presentSummary(row: ListRow, now: Date, activeRisk?: ActiveRisk): ReferralSummary {
  const since = row.status === 'waiting' && row.accepted_at ? row.accepted_at : row.received_at;
  const flags = [
    ...row.evaluation_reasons.map((r) => r.message),
    ...row.circumstances.map((c) => findCircumstance(c)?.label ?? c),
    ...(row.interpreter_needed
      ? [`Interpreter needed${row.preferred_language ? ` (${row.preferred_language})` : ''}`]
      : []),
  ];
  return {
    id: row.id,
    status: row.status,
    source: row.source,
    evaluation: row.evaluation,
    urgency: urgencyOf(row.urgency),
    flags,
    needs: row.needs,
    receivedAt: row.received_at.toISOString(),
    acceptedAt: row.accepted_at?.toISOString() ?? null,
    waitingDays: Math.floor((now.getTime() - since.getTime()) / DAY),
    patient: {
      id: row.patient_id,
      name: `${row.given_name} ${row.family_name}`,
      age: ageFrom(row.date_of_birth, now),
      nhsNumber: row.nhs_number,
      preferredLanguage: row.preferred_language,
      interpreterNeeded: row.interpreter_needed,
    },
    ...(activeRisk === undefined ? {} : { activeRisk }),
    practiceOdsCode: row.practice_ods_code,
    referrerName: row.referrer_name,
    messagesBack: Number(row.messages ?? 0),
    version: row.version,
  };
}

export function presentMessages(rows: Awaited<ReturnType<typeof listMessagesBack>>): MessageBackView[] {
  return rows.map((m) => ({
    id: m.id,
    kind: m.kind,
    code: { system: 'http://snomed.info/sct', code: m.snomed_code, display: m.snomed_display },
    createdAt: m.created_at.toISOString(),
    body: m.body as MessageBackView['body'],
  }));
}

/** What this actor may do next with the referral, so screens offer only what will be allowed. */
export function allowedReferralActions(actor: Actor, referral: ReferralRow, access: ReferralAccess): string[] {
  const resource = { schemeId: referral.scheme_id };
  const possible = referralStates.allowed(referral.status);
  const actions: string[] = [];
  if (access === 'triage') {
    for (const a of ['accept', 'decline', 'request-information'] as const) if (possible.includes(a)) actions.push(a);
    if (possible.includes('allocate') && allow(actor, 'referral.allocate', resource)) actions.push('allocate');
  }
  if (access === 'referrer' && possible.includes('provide-information')) actions.push('provide-information');
  return actions;
}

export interface DetailParts {
  schemeSlug: string;
  referral: ReferralRow;
  patient: PatientRow;
  organisationName: string | null;
  events: Awaited<ReturnType<typeof listReferralEvents>>;
  messages: Awaited<ReturnType<typeof listMessagesBack>>;
  caseId: string | null;
  possibleDuplicates: number;
  allowedActions: string[];
  crisis: CrisisAdvice | null;
}

export function presentDetail(p: DetailParts, now: Date): ReferralDetail {
  const r = p.referral;
  return {
    id: r.id,
    schemeSlug: p.schemeSlug,
    status: r.status,
    source: r.source,
    evaluation: r.evaluation,
    evaluationReasons: r.evaluation_reasons,
    urgency: urgencyOf(r.urgency),
    crisis: p.crisis,
    acceptReason: r.accept_reason,
    needs: r.needs,
    circumstances: r.circumstances,
    reason: r.reason,
    consent: {
      contact: r.consent_contact,
      shareWithServices: r.consent_share_services,
      shareWithGp: r.consent_share_gp,
    },
    receivedAt: r.received_at.toISOString(),
    acceptedAt: r.accepted_at?.toISOString() ?? null,
    practiceOdsCode: r.practice_ods_code,
    referrer: { name: r.referrer_name, contact: r.referrer_contact, organisationName: p.organisationName },
    informationRequest: r.information_request,
    declineReason: r.decline_reason,
    declineAlternative: r.decline_alternative,
    complexityFlags: r.complexity_flags,
    patient: presentPatient(p.patient, now),
    caseId: p.caseId,
    possibleDuplicates: p.possibleDuplicates,
    events: p.events.map((e) => ({
      at: e.at.toISOString(),
      kind: e.kind,
      status: e.status,
      by: e.by_name,
      detail: e.detail,
    })),
    messagesBack: presentMessages(p.messages),
    allowedActions: p.allowedActions,
    version: r.version,
  };
}
