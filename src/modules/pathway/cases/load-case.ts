/**
 * Loading a case with everything on its page, after checking the actor's relationship to it: what every
 * read and every change of a case returns.
 */
import type { Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import type { Actor } from '../../../platform/actor.ts';
import { fail } from '../../../platform/errors.ts';
import { findPatient } from '../patients/index.ts';
import { findReferral, listMessagesBack, listReferralEvents } from '../referrals/index.ts';
import { caseActiveRisks } from '../../safety/risk/index.ts';
import { caseRiskTimeline } from '../../safety/risk/index.ts';
import { listCaseConcerns } from '../../safety/safeguarding/index.ts';
import {
  listCaseEvents as listOnwardEvents,
  listForDischarge as listOnwardReferrals,
} from '../../community/onward-referrals/index.ts';
import { loadSchemeRules } from '../../scheme/scheme-settings/index.ts';
import type { SchemeRef } from '../../scheme/schemes/index.ts';
import { checkCaseAccess } from '../case-records/index.ts';
import { loadCaseOutcomes } from '../outcomes/index.ts';
import { listGoals } from './case-goals.repository.ts';
import { listContactAttempts, listExtensions, listSessions } from './case-history.repository.ts';
import { listTasks } from './case-tasks.repository.ts';
import * as repo from '../case-records/index.ts';
import { presentCase, type CaseParts } from './present-case.ts';
import type { CaseView } from './cases.schemas.ts';

/** Loads a case with everything on its page, after checking the actor's relationship to it: a fixed set of queries. */
export async function loadCaseParts(
  trx: Transaction<DB>,
  actor: Actor,
  scheme: SchemeRef,
  id: string,
  need: 'read' | 'write',
): Promise<CaseParts> {
  const kase = await repo.findCase(trx, id);
  if (!kase || kase.scheme_id !== scheme.id) throw fail.notFound('That case');
  checkCaseAccess(actor, kase, need);
  const [
    patient,
    referral,
    rules,
    attempts,
    sessions,
    goals,
    tasks,
    extensions,
    events,
    messages,
    activeRisks,
    concerns,
    onwardEvents,
    onward,
    riskEvents,
    outcomes,
  ] = await Promise.all([
    findPatient(trx, kase.patient_id),
    findReferral(trx, kase.referral_id),
    loadSchemeRules(trx, scheme.id),
    listContactAttempts(trx, id),
    listSessions(trx, id),
    listGoals(trx, id),
    listTasks(trx, id),
    listExtensions(trx, id),
    listReferralEvents(trx, kase.referral_id),
    listMessagesBack(trx, kase.referral_id),
    caseActiveRisks(trx, id),
    listCaseConcerns(trx, id),
    listOnwardEvents(trx, id),
    listOnwardReferrals(trx, id),
    caseRiskTimeline(trx, id),
    loadCaseOutcomes(trx, scheme.id, id),
  ]);
  if (!patient || !referral) throw fail.notFound('That case');
  return {
    schemeSlug: scheme.slug,
    kase,
    patient,
    referral,
    rules,
    attempts,
    sessions,
    goals,
    tasks,
    extensions,
    events,
    messages,
    activeRisks,
    concerns,
    onwardEvents,
    onward,
    riskEvents,
    outcomes,
  };
}

/** The case page as the actor may see it, read with the same fixed set of queries. */
export async function loadCaseView(
  trx: Transaction<DB>,
  actor: Actor,
  scheme: SchemeRef,
  id: string,
  now: Date,
): Promise<CaseView> {
  return presentCase(actor, await loadCaseParts(trx, actor, scheme, id, 'read'), now);
}
