import { describe, expect, it } from 'vitest';
import { addWorkingDays } from '../../workforce/support/working-days.ts';
import { onwardDueTimes } from './onward-timers.ts';

const DAY_MS = 86_400_000;

describe('onward referral reminder and automatic decline', () => {
  it("declines after the scheme's calendar days in an ordinary week", () => {
    const sent = new Date('2026-11-16T10:00:00Z');
    const due = onwardDueTimes(sent, { reminderWorkingDays: 5, autoDeclineDays: 14 });
    expect(due.reminderDueAt.toISOString()).toBe('2026-11-23T10:00:00.000Z');
    expect(due.autoDeclineDueAt.getTime() - sent.getTime()).toBe(14 * DAY_MS);
  });

  it('never declines before a working day after the reminder when Christmas or Easter stretch the working days', () => {
    // Thursday 24 December 2026: 25th and 28th are bank holidays. Two working days end on Wednesday 30th, six calendar days on.
    const christmas = onwardDueTimes(new Date('2026-12-24T10:00:00Z'), { reminderWorkingDays: 2, autoDeclineDays: 4 });
    expect(christmas.reminderDueAt.toISOString()).toBe('2026-12-30T10:00:00.000Z');
    expect(christmas.autoDeclineDueAt.toISOString()).toBe('2026-12-31T10:00:00.000Z');
    // Thursday before Easter 2027 (Good Friday 26 March, Easter Monday 29th, clocks forward on the 28th): London times stay 10:00.
    const easter = onwardDueTimes(new Date('2027-03-25T10:00:00Z'), { reminderWorkingDays: 2, autoDeclineDays: 3 });
    expect(easter.reminderDueAt.toISOString()).toBe('2027-03-31T09:00:00.000Z');
    expect(easter.autoDeclineDueAt.toISOString()).toBe('2027-04-01T09:00:00.000Z');
  });

  it('puts the reminder first for every start in the coming years, whatever the timings the settings allow', () => {
    // Every day of three years at 00:30, 10:00 and 23:30 UTC: the edges of each London date, both sides of every clock change.
    for (let day = 0; day < 3 * 366; day += 1) {
      for (const minutes of [30, 600, 1410]) {
        const sent = new Date(Date.parse('2026-01-01T00:00:00Z') + day * DAY_MS + minutes * 60_000);
        for (const reminderWorkingDays of [1, 2, 5, 10]) {
          const fewest = Math.ceil((reminderWorkingDays * 7) / 5) + 2;
          const { reminderDueAt, autoDeclineDueAt } = onwardDueTimes(sent, {
            reminderWorkingDays,
            autoDeclineDays: fewest,
          });
          expect(reminderDueAt.getTime(), `${sent.toISOString()} ${reminderWorkingDays}`).toBeLessThan(
            autoDeclineDueAt.getTime(),
          );
          expect(autoDeclineDueAt.getTime()).toBeGreaterThanOrEqual(addWorkingDays(reminderDueAt, 1).getTime());
          expect(autoDeclineDueAt.getTime(), 'never sooner than the scheme asked').toBeGreaterThanOrEqual(
            sent.getTime() + fewest * DAY_MS,
          );
        }
      }
    }
  });
});
