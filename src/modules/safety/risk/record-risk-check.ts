import type { Transaction } from 'kysely';
import type { AppContext } from '../../../context.ts';
import type { DB } from '../../../db/schema.ts';
import type { Actor } from '../../../platform/actor.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { fail } from '../../../platform/errors.ts';
import { escalateRisk } from './escalate-risk.ts';
import { describeMatch, detectRiskLanguage, type RiskLanguageMatch } from '../risk-language/index.ts';
import { isActiveLevel, isEscalatedLevel, riskCheckProblems, type RiskCheckInput } from './risk-check.ts';
import { recordRiskEvent } from './risk-timeline.ts';
import { insertAssessment } from './risk-assessments.repository.ts';
import { namesOf } from './risk-notified.repository.ts';
import { schemeRiskPhrases } from './risk-policies.repository.ts';
import { userIdOf } from '../../../platform/actor.ts';

/**
 * Risk language in a text as the scheme sees it: the built-in detector plus the scheme's own added
 * phrases. The one way other modules (sessions, referrals) ask, so every contact uses the same rules.
 */
export async function findSchemeRiskLanguage(
  trx: Transaction<DB>,
  schemeId: string,
  text: string,
): Promise<RiskLanguageMatch[]> {
  return detectRiskLanguage(text, await schemeRiskPhrases(trx, schemeId));
}

/**
 * The guard at every contact: notes with risk language cannot be saved without a risk check, and a
 * check of "none" against risk language needs the worker to confirm they considered it. Throws 422
 * quoting the words found and why they matter; call before anything is written. Returns what was
 * found, in the same words, to keep with the risk record.
 */
export async function requireRiskCheck(
  trx: Transaction<DB>,
  schemeId: string,
  notes: string,
  check: RiskCheckInput | undefined,
  acknowledged: boolean,
): Promise<string[]> {
  const matched = (await findSchemeRiskLanguage(trx, schemeId, notes)).map(describeMatch);
  if (check) {
    const problems = riskCheckProblems(check);
    if (problems.length > 0) throw fail.validation(problems);
  }
  if (matched.length === 0) return matched;
  const found = matched.join(', ');
  if (!check) {
    throw fail.field(
      'riskCheck',
      `The notes contain risk language (${found}), so a risk check is needed before the session can be saved.`,
      'Complete the risk check: harm to self, harm to others, safeguarding, and the risk level.',
    );
  }
  if (check.level === 'none' && !acknowledged) {
    throw fail.field(
      'riskLanguageAcknowledged',
      `The notes contain risk language (${found}) but the risk level is "none".`,
      'Confirm you have considered what was said and judge there is no risk, or choose a level.',
    );
  }
  return matched;
}

/** Records a risk check on a case (with its session, if any) and escalates it: one transaction, audited. */
export async function recordRiskCheck(
  ctx: AppContext,
  trx: Transaction<DB>,
  actor: Actor,
  r: {
    schemeId: string;
    caseId: string;
    sessionId: string | null;
    workerId: string;
    check: RiskCheckInput;
    matchedPhrases: string[];
    now: Date;
  },
): Promise<string> {
  const byUserId = userIdOf(actor);
  const c = r.check;
  const riskId = await insertAssessment(trx, {
    schemeId: r.schemeId,
    caseId: r.caseId,
    sessionId: r.sessionId,
    assessedBy: byUserId,
    at: r.now,
    thoughts: c.thoughts,
    plans: c.plans,
    means: c.means,
    intent: c.intent,
    protectiveFactors: c.protectiveFactors.trim(),
    harmToOthers: c.harmToOthers,
    harmToOthersDetail: c.harmToOthersDetail.trim(),
    safeguardingConcern: c.safeguardingConcern,
    level: c.level,
    summary: c.summary.trim(),
    matchedPhrases: r.matchedPhrases,
    open: isActiveLevel(c.level),
  });
  await recordAudit(trx, actor, {
    action: 'risk.recorded',
    recordType: 'risk',
    recordId: riskId,
    schemeId: r.schemeId,
    detail: { caseId: r.caseId, sessionId: r.sessionId, level: c.level, matchedPhrases: r.matchedPhrases.length },
  });
  const event = { schemeId: r.schemeId, caseId: r.caseId, riskId, level: c.level, byUserId, at: r.now };
  await recordRiskEvent(trx, { ...event, kind: 'recorded', note: c.summary.trim() });
  const escalation = await escalateRisk(ctx, trx, actor, {
    schemeId: r.schemeId,
    caseId: r.caseId,
    riskId,
    level: c.level,
    workerId: r.workerId,
    now: r.now,
    sessionId: r.sessionId,
  });
  if (isEscalatedLevel(c.level)) {
    const told = await namesOf(trx, escalation.notified);
    await recordRiskEvent(trx, {
      ...event,
      kind: 'escalated',
      subject: told.join(', '),
      note:
        escalation.note ||
        (told.length === 0
          ? 'Nobody could be told: name a supervisor and a safeguarding lead in the scheme settings.'
          : ''),
    });
  }
  return riskId;
}
