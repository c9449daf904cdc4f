/** Changing the scheme's safety settings, checked whole and saved whole. */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { fail, type FieldError } from '../../../../platform/errors.ts';
import { phraseProblem } from '../../../safety/risk-language/index.ts';
import * as repo from '../scheme-settings.repository.ts';
import type { SafetyBody, SchemeSettings } from '../scheme-settings.schemas.ts';
import { presentSchemeSettings } from '../present-scheme-settings.ts';

/** The scheme's added risk phrases lower-cased, trimmed and single-spaced, with what is wrong with each. */
function normaliseRiskPhrases(phrases: readonly string[]): { phrases: string[]; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  const out: string[] = [];
  phrases.forEach((raw, i) => {
    const phrase = raw.trim().replace(/\s+/g, ' ').toLowerCase();
    if (phrase.length < 3 || phrase.length > 120) {
      errors.push({
        field: `addedRiskPhrases.${i}`,
        message: `"${raw}" is ${phrase.length < 3 ? 'shorter than 3' : 'longer than 120'} characters.`,
        fix: 'Use phrases of 3 to 120 characters, one per line.',
      });
    } else if (phraseProblem(phrase) !== null) {
      errors.push({
        field: `addedRiskPhrases.${i}`,
        message: `"${raw}" cannot be used: ${phraseProblem(phrase)}`,
        fix: 'Write the words a person might say; use "*" only between words.',
      });
    } else if (seen.has(phrase)) {
      errors.push({
        field: `addedRiskPhrases.${i}`,
        message: `"${phrase}" is listed twice.`,
        fix: 'Remove the repeated phrase.',
      });
    }
    seen.add(phrase);
    out.push(phrase);
  });
  return { phrases: out, errors };
}

function checkContacts(body: SafetyBody): FieldError[] {
  const errors: FieldError[] = [];
  body.crisisContacts.forEach((c, i) => {
    if (!c.name.trim())
      errors.push({
        field: `crisisContacts.${i}.name`,
        message: 'The name is missing.',
        fix: "Give the crisis team or line's name.",
      });
    if (!/^\+?[0-9][0-9 ()-]{2,}$/.test(c.phone.trim()))
      errors.push({
        field: `crisisContacts.${i}.phone`,
        message: `"${c.phone}" is not a phone number.`,
        fix: 'Enter digits and spaces, for example 01632 960 123.',
      });
  });
  return errors;
}

/**
 * The scheme's safety settings: risk phrases, crisis contacts, safeguarding lead, supervision and
 * debrief cadences, lone-working timings. Checked whole, saved whole, with optimistic locking.
 */
export async function updateSafetySettings(
  ctx: AppContext,
  { actor, scheme, input: body }: InScheme & { input: SafetyBody },
): Promise<SchemeSettings> {
  const added = body.addedRiskPhrases === undefined ? null : normaliseRiskPhrases(body.addedRiskPhrases);
  const errors: FieldError[] = added ? [...added.errors] : [];
  errors.push(...checkContacts(body));
  const now = ctx.now();
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    if (body.safeguardingLeadId !== null) {
      if (!(await repo.isSupportStaff(trx, scheme.id, body.safeguardingLeadId))) {
        errors.push({
          field: 'safeguardingLeadId',
          message: 'This person is not an active manager or supervisor of the scheme.',
          fix: "Choose the safeguarding lead from the scheme's managers and supervisors.",
        });
      }
    }
    if (errors.length) throw fail.validation(errors);
    const current = await repo.loadPolicy(trx, scheme.id);
    const timings = await repo.loadSafety(trx, scheme.id);
    const reminder = body.onwardReminderWorkingDays ?? timings.onward_reminder_working_days;
    const autoDecline = body.onwardAutoDeclineDays ?? timings.onward_auto_decline_days;
    // In an ordinary week N working days span up to N × 7/5 calendar days; two more leave the organisation time to answer
    // the reminder. Over Easter or Christmas the timer itself moves the decline to a working day after the reminder (onwardDueTimes).
    const fewestDeclineDays = Math.ceil((reminder * 7) / 5) + 2;
    if (autoDecline < fewestDeclineDays) {
      throw fail.field(
        'onwardAutoDeclineDays',
        `An automatic decline after ${autoDecline} days could come before the reminder after ${reminder} working days: in an ordinary week ${reminder} working days can take ${Math.ceil((reminder * 7) / 5)} calendar days, and the organisation needs 2 more to answer the reminder.`,
        `Allow at least ${fewestDeclineDays} days, or remind sooner. Over bank holidays Linkwork also moves each decline to at least one working day after its reminder.`,
      );
    }
    if (current.version !== body.version) throw fail.editConflict("scheme's settings", current);
    const crisisContacts = body.crisisContacts.map((c) => ({
      name: c.name.trim(),
      phone: c.phone.trim(),
      when: c.when.trim(),
    }));
    const saved = await repo.updateSafety(
      trx,
      scheme.id,
      body.version,
      {
        added_risk_phrases: added ? added.phrases : timings.added_risk_phrases,
        crisis_contacts: JSON.stringify(crisisContacts),
        safeguarding_lead_id: body.safeguardingLeadId,
        supervision_cadence_days: body.supervisionCadenceDays,
        difficult_sessions_in_row: body.difficultSessionsInRow,
        debrief_response_working_days: body.debriefResponseWorkingDays,
        lone_working_grace_minutes: body.loneWorkingGraceMinutes,
        lone_working_escalation_minutes: body.loneWorkingEscalationMinutes,
        lone_working_checkin_window_minutes:
          body.loneWorkingCheckInWindowMinutes ?? timings.lone_working_checkin_window_minutes,
        onward_reminder_working_days: reminder,
        onward_auto_decline_days: autoDecline,
      },
      now,
    );
    if (!saved) throw fail.editConflict("scheme's settings", current);
    await recordAudit(trx, actor, {
      action: 'scheme.safety-update',
      recordType: 'scheme',
      recordId: scheme.id,
      schemeId: scheme.id,
      detail: {
        addedRiskPhrases: (added ? added.phrases : timings.added_risk_phrases).length,
        crisisContacts: crisisContacts.length,
        safeguardingLeadId: body.safeguardingLeadId,
        supervisionCadenceDays: body.supervisionCadenceDays,
        difficultSessionsInRow: body.difficultSessionsInRow,
        debriefResponseWorkingDays: body.debriefResponseWorkingDays,
        loneWorkingGraceMinutes: body.loneWorkingGraceMinutes,
        loneWorkingEscalationMinutes: body.loneWorkingEscalationMinutes,
        loneWorkingCheckInWindowMinutes:
          body.loneWorkingCheckInWindowMinutes ?? timings.lone_working_checkin_window_minutes,
        onwardReminderWorkingDays: reminder,
        onwardAutoDeclineDays: autoDecline,
      },
    });
    return presentSchemeSettings(trx, scheme);
  });
}
