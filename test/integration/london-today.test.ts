import { afterEach, describe, expect, it } from 'vitest';
import { addDays, isRealDate, londonDate, startOfLondonDay } from '../../src/platform/london-time.ts';
import { useTestApp, type TestClock } from '../support/context.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { allocatedCase, buildPathwayScheme, referralBody, patientInput, schemeApi } from '../support/pathway.ts';

/**
 * Moves the test clock on to 00:30 on the next day in British Summer Time after the clock's today:
 * London has a new date while UTC still reads the day before, where a UTC "today" goes wrong.
 */
function toHalfPastMidnightBst(clock: TestClock): string {
  for (let days = 1; days <= 366; days += 1) {
    const date = clock.today(days);
    const at = new Date(startOfLondonDay(date).getTime() + 30 * 60_000);
    if (at.toISOString().slice(0, 10) !== date) {
      clock.advanceMinutes(Math.ceil((at.getTime() - clock.now().getTime()) / 60_000));
      return date;
    }
  }
  throw new Error('no day in British Summer Time within a year');
}

describe.each(testDatabaseTargets())('"today" is the London date at 00:30 BST on $name', (target) => {
  const env = useTestApp(target);
  afterEach(() => env().clock.reset());

  it('shows a task due yesterday as overdue and one due today as not, on the case and in "my tasks"', async () => {
    const { app, ctx, clock } = env();
    const today = toHalfPastMidnightBst(clock);
    expect(londonDate(clock.now())).toBe(today);
    expect(clock.now().toISOString().slice(0, 10), 'UTC still reads yesterday').toBe(addDays(today, -1));
    const s = await buildPathwayScheme(ctx, app);
    const { caseId } = await allocatedCase(s);
    const url = `${schemeApi(s)}/cases/${caseId}`;
    for (const [description, dueOn] of [
      ['Due yesterday', addDays(today, -1)],
      ['Due today', today],
    ]) {
      const added = await s.worker.request({ method: 'POST', url: `${url}/tasks`, payload: { description, dueOn } });
      expect(added.statusCode, added.body).toBe(200);
    }
    const overdue = (items: { description: string; overdue: boolean }[]) =>
      Object.fromEntries(items.map((t) => [t.description, t.overdue]));
    expect(overdue((await s.worker.request({ method: 'GET', url })).json().tasks)).toEqual({
      'Due yesterday': true,
      'Due today': false,
    });
    expect(overdue((await s.worker.request({ method: 'GET', url: `${schemeApi(s)}/tasks` })).json().items)).toEqual({
      'Due yesterday': true,
      'Due today': false,
    });
  });

  it('takes a referral for someone born today in London, and counts a birthday from midnight in England', async () => {
    const { app, ctx, clock } = env();
    const today = toHalfPastMidnightBst(clock);
    const s = await buildPathwayScheme(ctx, app);
    // British Summer Time never includes 29 February, so today's month and day exist 40 years back.
    const birthday = `${Number(today.slice(0, 4)) - 40}${today.slice(4)}`;
    expect(isRealDate(birthday)).toBe(true);
    const bornToday = await s.referrer.request({
      method: 'POST',
      url: `${schemeApi(s)}/referrals`,
      payload: referralBody({ patient: patientInput({ dateOfBirth: today }) }),
    });
    expect(bornToday.statusCode, bornToday.body).toBe(201);
    expect(bornToday.json().patient.age).toBe(0);
    const { caseId } = await allocatedCase(s, {
      body: referralBody({ patient: patientInput({ dateOfBirth: birthday }) }),
    });
    expect((await s.worker.request({ method: 'GET', url: `${schemeApi(s)}/cases/${caseId}` })).json().patient.age).toBe(
      40,
    );
    const caseload = (await s.worker.request({ method: 'GET', url: `${schemeApi(s)}/caseload` })).json();
    expect(caseload.items.find((c: { caseId: string }) => c.caseId === caseId).patient.age).toBe(40);
  });
});
