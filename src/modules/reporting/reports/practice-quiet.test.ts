import { describe, expect, it } from 'vitest';
import { addDays } from '../../../platform/london-time.ts';
import { firstDayNeeded, quietPractices, type PracticeDay } from './practice-quiet.ts';

/** A referral every `every` days for `count` referrals, ending on `last`. */
function steady(practice: string, last: string, every: number, count: number): PracticeDay[] {
  return Array.from({ length: count }, (_, i) => ({ practice, day: addDays(last, -i * every), referrals: 1 }));
}

const today = '2026-09-30';

describe('quietPractices', () => {
  it('flags a practice that referred weekly and has sent none for the set weeks, not one week earlier', () => {
    const days = steady('A81001', addDays(today, -42), 7, 26);
    expect(quietPractices(days, { today, quietWeeks: 6 })).toEqual([
      { practice: 'A81001', lastReferralOn: addDays(today, -42), weeksQuiet: 6, baselineReferrals: 26, expected: 6 },
    ]);
    expect(quietPractices(days, { today: addDays(today, -1), quietWeeks: 6 })).toEqual([]);
    expect(quietPractices(days, { today, quietWeeks: 7 })).toEqual([]);
  });

  it('waits longer for a practice whose own rate is low: silence must be unlikely by chance', () => {
    // Six in 26 weeks: 3 expected only after 13 weeks of silence.
    const last = addDays(today, -12 * 7);
    const days = steady('B82002', last, 28, 6);
    expect(quietPractices(days, { today, quietWeeks: 6 })).toEqual([]);
    expect(quietPractices(days, { today: addDays(last, 13 * 7), quietWeeks: 6 })).toEqual([
      expect.objectContaining({ practice: 'B82002', weeksQuiet: 13, baselineReferrals: 6, expected: 3 }),
    ]);
  });

  it('counts only the 26 weeks before the last referral as the baseline', () => {
    // Twenty referrals long ago, then two: the baseline is the two (and the earlier weeks' 20 are outside it).
    const last = addDays(today, -10 * 7);
    const days = [...steady('C83003', addDays(last, -200), 1, 20), ...steady('C83003', last, 7, 2)];
    expect(quietPractices(days, { today, quietWeeks: 6 })).toEqual([]);
  });

  it('does not flag a practice that has referred again, nor one silent for over a year, nor future days', () => {
    const regular = steady('D84004', addDays(today, -60), 3, 40);
    expect(
      quietPractices([...regular, { practice: 'D84004', day: today, referrals: 1 }], { today, quietWeeks: 6 }),
    ).toEqual([]);
    expect(quietPractices(steady('E85005', addDays(today, -400), 3, 40), { today, quietWeeks: 6 })).toEqual([]);
    expect(
      quietPractices([...regular, { practice: 'D84004', day: addDays(today, 2), referrals: 1 }], {
        today,
        quietWeeks: 6,
      }),
    ).toHaveLength(1);
  });

  it('lists the longest silent first, and reads back far enough for a year of silence and its baseline', () => {
    const days = [...steady('F1', addDays(today, -50), 2, 60), ...steady('G2', addDays(today, -90), 2, 60)];
    expect(quietPractices(days, { today, quietWeeks: 6 }).map((q) => q.practice)).toEqual(['G2', 'F1']);
    expect(firstDayNeeded(today)).toBe(addDays(today, -7 * 78));
  });
});
