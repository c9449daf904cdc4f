import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../platform/actor.ts';
import { fail } from '../../../platform/errors.ts';
import type {
  Attendance,
  ContactChannel,
  ContactOutcome,
  DomainNeed,
  Feeling,
  GoalStatus,
  InterventionLevel,
  RiskConcern,
  SessionMode,
} from '../../../db/schema.ts';
import { findNeed } from '../../codes/index.ts';
import type { RiskCheckInput } from '../../risk/index.ts';
import { recordRiskCheck, requireRiskCheck } from '../../risk/index.ts';
import { recordSessionFeeling } from '../../support/index.ts';
import type { CaseView } from '../cases.schemas.ts';
import * as goalsRepo from '../case-goals.repository.ts';
import * as historyRepo from '../case-history.repository.ts';
import * as tasksRepo from '../case-tasks.repository.ts';
import type * as repo from '../cases.repository.ts';
import { changeCase } from './change-case.ts';
import { formatLondonDate } from '../../../platform/format-london.ts';

const SKEW_MS = 5 * 60_000;

/** A time a person entered: a real date-time, not in the future. */
function pastTime(value: string | undefined, field: string, now: Date): Date {
  if (value === undefined || value === '') return now;
  const at = new Date(value);
  if (Number.isNaN(at.getTime()))
    throw fail.field(
      field,
      `"${value}" is not a date and time.`,
      'Give the date and time, for example 2026-11-23T14:30.',
    );
  if (at.getTime() > now.getTime() + SKEW_MS)
    throw fail.field(field, 'This is in the future.', "Record what has happened; give today's date or an earlier one.");
  return at;
}

/** Work with a person cannot predate their referral: such a date is a typing slip. */
function notBeforeReferral(at: Date, receivedAt: Date, field: string): void {
  if (at.getTime() < receivedAt.getTime() - SKEW_MS) {
    throw fail.field(
      field,
      `This is before the referral was received (${formatLondonDate(receivedAt)}).`,
      'Check the date: record when it actually happened.',
    );
  }
}

export interface ContactAttemptInput {
  at?: string;
  channel: ContactChannel;
  outcome: ContactOutcome;
  notes: string;
  /** The structured risk check; required when the person was reached and the notes contain risk language. */
  riskCheck?: RiskCheckInput;
  riskLanguageAcknowledged?: boolean;
}

/**
 * Logs a contact attempt; reaching the person makes the case active and starts the intervention clock.
 * Reaching the person is contact, so its notes pass the same risk-language guard as a session's: with
 * risk language the attempt is saved only with a risk check (recorded and escalated with it).
 */
export function recordContactAttempt(
  ctx: AppContext,
  actor: Actor,
  slug: string,
  id: string,
  input: ContactAttemptInput,
): Promise<CaseView> {
  const at = pastTime(input.at, 'at', ctx.now());
  const reached = input.outcome === 'reached';
  if (!reached && input.riskCheck) {
    throw fail.field(
      'riskCheck',
      'A risk check is recorded with a contact attempt only when the person was reached.',
      'Choose "Reached the person" if you spoke with them; otherwise record the attempt without the risk check.',
    );
  }
  return changeCase(ctx, actor, {
    slug,
    id,
    event: reached ? 'reach' : 'record-work',
    audit: {
      action: 'case.contact-attempt',
      detail: { channel: input.channel, outcome: input.outcome, riskLevel: input.riskCheck?.level ?? null },
    },
    work: async ({ trx, scheme, parts, byUserId, now }) => {
      notBeforeReferral(at, parts.referral.received_at, 'at');
      const matchedPhrases = reached
        ? await requireRiskCheck(trx, scheme.id, input.notes, input.riskCheck, input.riskLanguageAcknowledged === true)
        : [];
      await historyRepo.insertContactAttempt(trx, {
        schemeId: scheme.id,
        caseId: id,
        at,
        channel: input.channel,
        outcome: input.outcome,
        notes: input.notes.trim(),
        byUserId,
      });
      if (input.riskCheck)
        await recordRiskCheck(ctx, trx, actor, {
          schemeId: scheme.id,
          caseId: id,
          sessionId: null,
          workerId: parts.kase.worker_id,
          check: input.riskCheck,
          matchedPhrases,
          now,
        });
      const changes: repo.CaseChanges = {};
      if (input.outcome === 'reached' && !parts.kase.first_contact_at) changes.first_contact_at = at;
      if (input.channel === 'letter' && !parts.kase.letter_sent_at) changes.letter_sent_at = at;
      return changes;
    },
  });
}

/** "What matters to me", needs by domain and the intervention level. */
export function updateAbout(
  ctx: AppContext,
  actor: Actor,
  slug: string,
  id: string,
  input: {
    version: number;
    whatMatters: string;
    needsByDomain: DomainNeed[];
    interventionLevel: InterventionLevel | null;
  },
): Promise<CaseView> {
  input.needsByDomain.forEach((n, i) => {
    if (!findNeed(n.domain))
      throw fail.field(
        `needsByDomain.${i}.domain`,
        `"${n.domain}" is not a need domain on the coded list.`,
        'Choose a domain from the list.',
      );
  });
  return changeCase(ctx, actor, {
    slug,
    id,
    event: 'record-work',
    version: input.version,
    audit: { action: 'case.update-about' },
    work: async () => ({
      what_matters: input.whatMatters.trim(),
      needs_by_domain: JSON.stringify(input.needsByDomain.map((n) => ({ domain: n.domain, notes: n.notes.trim() }))),
      intervention_level: input.interventionLevel,
    }),
  });
}

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
  actor: Actor,
  slug: string,
  id: string,
  input: SessionInput,
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
  return changeCase(ctx, actor, {
    slug,
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

/** Adds a goal to the personalised care and support plan. */
export function addGoal(
  ctx: AppContext,
  actor: Actor,
  slug: string,
  id: string,
  input: { description: string; actions: string },
): Promise<CaseView> {
  const description = input.description.trim();
  if (!description)
    throw fail.field('description', 'The goal is missing.', "Write the goal in the person's own words.");
  return changeCase(ctx, actor, {
    slug,
    id,
    event: 'record-work',
    audit: { action: 'case.goal-add' },
    work: async ({ trx, scheme, now }) => {
      await goalsRepo.insertGoal(trx, {
        schemeId: scheme.id,
        caseId: id,
        description,
        actions: input.actions.trim(),
        at: now,
      });
    },
  });
}

/** Updates a goal's wording, status and progress, if nobody else changed it first. */
export function updateGoal(
  ctx: AppContext,
  actor: Actor,
  slug: string,
  id: string,
  goalId: string,
  input: {
    version: number;
    description: string;
    actions: string;
    status: GoalStatus;
    progress: number | null;
    progressNote: string;
  },
): Promise<CaseView> {
  const description = input.description.trim();
  if (!description)
    throw fail.field('description', 'The goal is missing.', "Write the goal in the person's own words.");
  return changeCase(ctx, actor, {
    slug,
    id,
    event: 'record-work',
    audit: { action: 'case.goal-update', detail: { goalId, status: input.status, progress: input.progress } },
    work: async ({ trx, now }) => {
      const goal = await goalsRepo.findGoal(trx, goalId);
      if (!goal || goal.case_id !== id) throw fail.notFound('That goal');
      if (
        goal.version !== input.version ||
        !(await goalsRepo.updateGoal(
          trx,
          goalId,
          input.version,
          {
            description,
            actions: input.actions.trim(),
            status: input.status,
            progress: input.progress,
            progressNote: input.progressNote.trim(),
          },
          now,
        ))
      ) {
        throw fail.editConflict('goal', goal);
      }
    },
  });
}

/** Adds a task or follow-up with a due date; it appears in the assignee's "my tasks". */
export function addTask(
  ctx: AppContext,
  actor: Actor,
  slug: string,
  id: string,
  input: { description: string; dueOn: string; assigneeId?: string },
): Promise<CaseView> {
  const description = input.description.trim();
  if (!description) throw fail.field('description', 'The task is missing.', 'Say what needs doing.');
  const due = new Date(`${input.dueOn}T00:00:00Z`);
  if (Number.isNaN(due.getTime()) || due.toISOString().slice(0, 10) !== input.dueOn)
    throw fail.field('dueOn', `"${input.dueOn}" is not a real date.`, 'Enter the due date as year-month-day.');
  return changeCase(ctx, actor, {
    slug,
    id,
    event: 'record-work',
    audit: { action: 'case.task-add', detail: { dueOn: input.dueOn } },
    work: async ({ trx, scheme, parts, now, byUserId }) => {
      const assigneeId = input.assigneeId ?? byUserId ?? parts.kase.worker_id;
      if (assigneeId !== parts.kase.worker_id && assigneeId !== byUserId)
        throw fail.field(
          'assigneeId',
          "Tasks can be given to the case's link worker or yourself.",
          'Choose the link worker or yourself.',
        );
      await tasksRepo.insertTask(trx, {
        schemeId: scheme.id,
        caseId: id,
        assigneeId,
        description,
        dueOn: input.dueOn,
        createdBy: byUserId,
        at: now,
      });
    },
  });
}
