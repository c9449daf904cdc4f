/** Recording a session with the person (or a did-not-attend), with the risk question asked at every contact. */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { fail } from '../../../../platform/errors.ts';
import type { Attendance, Feeling, RiskConcern, SessionMode } from '../../../../db/schema.ts';
import type { RiskCheckInput } from '../../../safety/risk/index.ts';
import { recordRiskCheck, requireRiskCheck } from '../../../safety/risk/index.ts';
import { recordSessionFeeling } from '../../../workforce/support/index.ts';
import type { CaseView } from '../cases.schemas.ts';
import * as historyRepo from '../case-history.repository.ts';
import { changeCase } from './change-case.ts';
import { notBeforeReferral, pastTime } from '../work-times.ts';

export interface SessionInput {
  startsAt: string;
  durationMinutes: number;
  mode: SessionMode;
  place: string;
  attendance: Attendance;
  notes: string;
  /** "Any concern about risk today?": required when the person attended; not asked otherwise. */
  riskConcern?: RiskConcern;
  /** The structured risk check; required when the answer is "yes" or the notes contain risk language. */
  riskCheck?: RiskCheckInput;
  riskLanguageAcknowledged?: boolean;
  /** How the session left the worker: private to them and their supervisor's debrief. */
  feeling?: Feeling;
}

const RISK_QUESTION = 'Any concern about risk today?';

/**
 * The question asked at every session the person attended, so risk is asked about whatever the notes say
 * (the risk-language check stays as a safety net under it). Not asked when they did not attend.
 */
function checkRiskQuestion(input: SessionInput): RiskConcern | null {
  if (input.attendance !== 'attended') {
    if (input.riskConcern !== undefined)
      throw fail.field(
        'riskConcern',
        `"${RISK_QUESTION}" is asked only when the person attended.`,
        'Leave the answer out for a session the person did not attend or that was cancelled.',
      );
    return null;
  }
  if (input.riskConcern === undefined)
    throw fail.field(
      'riskConcern',
      `"${RISK_QUESTION}" has not been answered.`,
      'Answer No or Yes. Yes opens the risk check.',
    );
  if (input.riskConcern === 'yes' && !input.riskCheck) {
    throw fail.field(
      'riskCheck',
      `The answer to "${RISK_QUESTION}" is Yes, so a risk check is needed before the session can be saved.`,
      'Complete the risk check: harm to self, harm to others, safeguarding, and the risk level.',
    );
  }
  return input.riskConcern;
}

/**
 * Records a session (or a did-not-attend); an attended session also counts as contact. Risk at every
 * contact: an attended session asks "Any concern about risk today?" (Yes needs the risk check), and notes
 * with risk language need the check too; the check is recorded and escalated with the session.
 */
export function recordSession(
  ctx: AppContext,
  { actor, scheme, id, input }: InScheme & { id: string; input: SessionInput },
): Promise<CaseView> {
  const startsAt = pastTime(input.startsAt, 'startsAt', ctx.now());
  if (input.attendance === 'attended' && input.durationMinutes === 0)
    throw fail.field(
      'durationMinutes',
      'An attended session cannot last 0 minutes.',
      'Enter how long the session lasted, in minutes.',
    );
  if (input.mode === 'home_visit' && !input.place.trim())
    throw fail.field('place', 'A home visit needs a place.', 'Enter where the visit happened.');
  const riskConcern = checkRiskQuestion(input);
  return changeCase(ctx, {
    actor,
    scheme,
    id,
    event: input.attendance === 'attended' ? 'reach' : 'record-work',
    audit: {
      action: 'case.session',
      detail: {
        mode: input.mode,
        attendance: input.attendance,
        riskConcern,
        riskLevel: input.riskCheck?.level ?? null,
      },
    },
    work: async ({ trx, scheme, parts, byUserId, now }) => {
      notBeforeReferral(startsAt, parts.referral.received_at, 'startsAt');
      const matchedPhrases = await requireRiskCheck(
        trx,
        scheme.id,
        input.notes,
        input.riskCheck,
        input.riskLanguageAcknowledged === true,
      );
      const sessionId = await historyRepo.insertSession(trx, {
        schemeId: scheme.id,
        caseId: id,
        startsAt,
        durationMinutes: input.durationMinutes,
        mode: input.mode,
        place: input.place.trim(),
        attendance: input.attendance,
        notes: input.notes.trim(),
        byUserId,
        riskConcern,
      });
      if (input.riskCheck)
        await recordRiskCheck(ctx, trx, actor, {
          schemeId: scheme.id,
          caseId: id,
          sessionId,
          workerId: parts.kase.worker_id,
          check: input.riskCheck,
          matchedPhrases,
          now,
        });
      if (input.feeling && byUserId)
        await recordSessionFeeling(ctx, trx, {
          schemeId: scheme.id,
          workerId: byUserId,
          sessionId,
          feeling: input.feeling,
        });
      return input.attendance === 'attended' && !parts.kase.first_contact_at ? { first_contact_at: startsAt } : {};
    },
  });
}
