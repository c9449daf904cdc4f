/**
 * When a practice has stopped referring: measured against the practice's own baseline, not the scheme's, so a
 * small practice that sends one person a month is not flagged after a fortnight and a large one that sends five a
 * week is flagged when it falls silent.
 *
 * The rule. A practice's baseline is the referrals it sent in the 26 weeks that end with the day of its last
 * referral. It has stopped referring when both hold:
 * - it has sent none for at least the scheme's set number of weeks (`practice_quiet_weeks`), and
 * - at its baseline rate it would have sent at least 3 in the weeks it has been silent, so silence by chance is
 *   unlikely (under 5 % for a steady rate: e^-3 ≈ 0.05). With 6 weeks set, that means at least 13 referrals in the
 *   26 weeks before (one every two weeks); a quieter practice is flagged only after a longer silence.
 * Only practices whose last referral falls within the last year are looked at: one silent for longer has long
 * since been told of, and is no longer news.
 */
import { addDays } from '../../../platform/london-time.ts';

/** The weeks before a practice's last referral that make its baseline. */
export const BASELINE_WEEKS = 26;
/** Referrals the baseline rate must have expected in the silent weeks. */
export const EXPECTED_REFERRALS = 3;
/** How far back a last referral is looked for. */
export const LOOKBACK_WEEKS = 52;

/** One practice's referrals on one London day. */
export interface PracticeDay {
  practice: string;
  day: string;
  referrals: number;
}

export interface QuietPractice {
  practice: string;
  /** The day of its last referral ('yyyy-mm-dd'). */
  lastReferralOn: string;
  /** Whole weeks since then. */
  weeksQuiet: number;
  /** Referrals in the 26 weeks up to and including its last referral. */
  baselineReferrals: number;
  /** Referrals its baseline rate would have expected over the silent weeks, to one decimal place. */
  expected: number;
}

/** The first day whose referrals the rule needs, for a reading on `today`. */
export function firstDayNeeded(today: string): string {
  return addDays(today, -7 * (LOOKBACK_WEEKS + BASELINE_WEEKS));
}

const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/** The practices that have stopped referring as at `today`, longest silent first. */
export function quietPractices(
  days: readonly PracticeDay[],
  { today, quietWeeks }: { today: string; quietWeeks: number },
): QuietPractice[] {
  const byPractice = new Map<string, PracticeDay[]>();
  for (const d of days)
    if (d.referrals > 0 && d.day <= today) byPractice.set(d.practice, [...(byPractice.get(d.practice) ?? []), d]);
  const quiet: QuietPractice[] = [];
  for (const [practice, own] of byPractice) {
    const last = own.reduce((latest, d) => (d.day > latest ? d.day : latest), own[0]!.day);
    if (daysBetween(last, today) > 7 * LOOKBACK_WEEKS) continue;
    const silentDays = daysBetween(last, today);
    const weeksQuiet = Math.floor(silentDays / 7);
    if (weeksQuiet < quietWeeks) continue;
    const from = addDays(last, -7 * BASELINE_WEEKS + 1);
    const baseline = own.filter((d) => d.day >= from && d.day <= last).reduce((s, d) => s + d.referrals, 0);
    const expected = (baseline / BASELINE_WEEKS) * (silentDays / 7);
    if (expected < EXPECTED_REFERRALS) continue;
    quiet.push({
      practice,
      lastReferralOn: last,
      weeksQuiet,
      baselineReferrals: baseline,
      expected: Math.round(expected * 10) / 10,
    });
  }
  return quiet.sort((a, b) => a.lastReferralOn.localeCompare(b.lastReferralOn) || a.practice.localeCompare(b.practice));
}
