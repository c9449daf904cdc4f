/**
 * Where the time-travel run (test/integration/time-travel.test.ts) sends the clock, and what it runs
 * there. Each instant is one where date arithmetic has gone wrong before, or easily could: a
 * weekend, a bank holiday, the hour in which a UTC date and a London date differ, the clock changes
 * and the turn of the year. Keep the list short: every instant reruns every file below.
 */

export interface TimeTravelInstant {
  /** What makes the instant hard, for the test name. */
  label: string;
  /** Which time-travel test file runs it: three files, so the test runner spreads them over its workers. */
  group: 'weekends and bank holidays' | 'midnight in London' | 'clock changes';
  /** The faked start, in UTC (yyyy-mm-dd hh:mm:ss); the clock then runs on from there. */
  utc: string;
  /** The process time zone: UTC as on a server, or Europe/London to catch code that reads local time. */
  tz: 'UTC' | 'Europe/London';
}

export const TIME_TRAVEL_INSTANTS: readonly TimeTravelInstant[] = [
  { group: 'weekends and bank holidays', label: 'a Saturday', utc: '2026-12-05 11:00:00', tz: 'UTC' },
  { group: 'weekends and bank holidays', label: 'a Sunday afternoon', utc: '2026-12-06 14:00:00', tz: 'UTC' },
  {
    group: 'weekends and bank holidays',
    label: 'Christmas Day, a Friday bank holiday',
    utc: '2026-12-25 10:00:00',
    tz: 'UTC',
  },
  {
    group: 'weekends and bank holidays',
    label: 'the substitute bank holiday, Monday 28 December',
    utc: '2026-12-28 08:59:00',
    tz: 'UTC',
  },
  {
    group: 'midnight in London',
    label: 'Friday 23:50 in London in winter (GMT)',
    utc: '2027-01-29 23:50:00',
    tz: 'UTC',
  },
  {
    group: 'midnight in London',
    label: 'Friday 23:50 in London in summer (BST)',
    utc: '2027-07-02 22:50:00',
    tz: 'UTC',
  },
  {
    group: 'midnight in London',
    label: 'Monday 00:30 BST (still Sunday in UTC)',
    utc: '2027-06-27 23:30:00',
    tz: 'Europe/London',
  },
  { group: 'clock changes', label: 'a minute before the clocks go forward', utc: '2027-03-28 00:59:00', tz: 'UTC' },
  { group: 'clock changes', label: 'a minute before the clocks go back', utc: '2026-10-25 00:59:00', tz: 'UTC' },
  { group: 'midnight in London', label: "23:55 on New Year's Eve", utc: '2026-12-31 23:55:00', tz: 'UTC' },
];

/**
 * The tests whose outcome depends on the date or time they run at: deadlines in working days,
 * reminders, "today" and "overdue", supervision and training due dates, timers moved on by the
 * test clock. Pure unit tests with fixed dates do not read the clock, so they are not here; nor are
 * tests whose timers are only elapsed minutes (sign-in lockout, session timeout), which no date moves.
 */
export const TIME_SENSITIVE_TESTS: readonly string[] = [
  'test/integration/onward-referral-timers.test.ts',
  'test/integration/debriefs.test.ts',
  'test/integration/supervision.test.ts',
  'test/integration/training.test.ts',
  'test/integration/wellbeing.test.ts',
  'test/integration/risk.test.ts',
  'test/integration/risk-action-overdue.test.ts',
  'test/integration/lone-working.test.ts',
];

/**
 * The environment of a faked run: PGlite only (a PostgreSQL server is another process, whose clock
 * faketime does not move), real monotonic clocks so timers and timeouts still fire, no cached time.
 */
export function faketimeEnv(base: NodeJS.ProcessEnv, instant: TimeTravelInstant): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(base)) {
    if (key === 'TEST_DATABASE_URL' || key.startsWith('VITEST') || key.startsWith('FAKETIME')) continue;
    env[key] = value;
  }
  return {
    ...env,
    TZ: instant.tz,
    FAKETIME_DONT_FAKE_MONOTONIC: '1',
    FAKETIME_NO_CACHE: '1',
    LINKWORK_TIME_TRAVEL: instant.utc,
    NO_COLOR: '1',
    FORCE_COLOR: '0',
  };
}
