import { describe, expect, it } from 'vitest';
import { capacityOf } from '../../workforce/allocation/capacity.ts';
import { nextContactStep, type Attempt } from './contact-policy.ts';
import { interventionStatus } from './intervention-limit.ts';

const DAY = 86_400_000;
const start = new Date('2026-11-02T09:00:00Z');
const at = (days: number) => new Date(start.getTime() + days * DAY);
const policy = { attempts: 3, windowDays: 14, letterWaitDays: 14 };
const failed = (days: number, outcome: Attempt['outcome'] = 'no_answer'): Attempt => ({
  at: at(days),
  channel: 'phone',
  outcome,
});

describe('contact policy (three attempts over two weeks, a letter, then close)', () => {
  it('prompts each attempt in turn, spread over the window', () => {
    const first = nextContactStep(policy, start, [], at(0));
    expect(first).toMatchObject({
      step: 'attempt',
      attemptNumber: 1,
      message: expect.stringContaining('attempt 1 of 3'),
    });
    const second = nextContactStep(policy, start, [failed(0)], at(1));
    expect(second).toMatchObject({ step: 'attempt', attemptNumber: 2 });
    const third = nextContactStep(policy, start, [failed(0), failed(7, 'left_message')], at(8));
    expect(third).toMatchObject({ step: 'attempt', attemptNumber: 3 });
    if (third.step === 'attempt' && second.step === 'attempt')
      expect(third.dueBy.getTime()).toBeGreaterThan(second.dueBy.getTime());
  });

  it('asks for a letter after the attempts, then waits for an answer before closing', () => {
    const attempts = [failed(0), failed(7), failed(14, 'wrong_number')];
    expect(nextContactStep(policy, start, attempts, at(14))).toMatchObject({ step: 'letter' });
    const withLetter = [...attempts, { at: at(15), channel: 'letter' as const, outcome: 'no_answer' as const }];
    expect(nextContactStep(policy, start, withLetter, at(20))).toMatchObject({
      step: 'await-letter',
      message: expect.stringContaining('from 1 December 2026'),
    });
    expect(nextContactStep(policy, start, withLetter, at(29))).toMatchObject({ step: 'close' });
  });

  it('stops prompting once the person is reached, or says what to do when they decline', () => {
    expect(nextContactStep(policy, start, [failed(0), failed(1, 'reached')], at(2)).step).toBe('in-contact');
    expect(nextContactStep(policy, start, [failed(0, 'declined_service')], at(2)).step).toBe('declined');
  });

  it('follows a scheme policy with a different number of attempts', () => {
    expect(nextContactStep({ attempts: 1, windowDays: 7, letterWaitDays: 0 }, start, [failed(0)], at(0)).step).toBe(
      'letter',
    );
  });
});

describe('intervention time limit (12 weeks or 6 sessions)', () => {
  const limits = { weeks: 12, sessions: 6 };
  it('has not started before the person is reached', () => {
    expect(
      interventionStatus(limits, { startedAt: null, sessionsHeld: 0, extraWeeks: 0, extraSessions: 0 }, at(0)).state,
    ).toBe('not-started');
  });
  it('is within the limit early on, nearing it in the last two weeks or the last session, and reached at the end', () => {
    const use = { startedAt: start, sessionsHeld: 2, extraWeeks: 0, extraSessions: 0 };
    expect(interventionStatus(limits, use, at(14))).toMatchObject({
      state: 'within',
      weeksUsed: 2,
      endsOn: '2027-01-25',
    });
    expect(interventionStatus(limits, use, at(71)).state).toBe('nearing');
    expect(interventionStatus(limits, { ...use, sessionsHeld: 5 }, at(14)).state).toBe('nearing');
    expect(interventionStatus(limits, use, at(84))).toMatchObject({
      state: 'reached',
      message: expect.stringContaining('12 weeks ended'),
    });
    expect(interventionStatus(limits, { ...use, sessionsHeld: 6 }, at(14))).toMatchObject({
      state: 'reached',
      message: expect.stringContaining('all 6 sessions'),
    });
  });
  it('counts extensions', () => {
    expect(
      interventionStatus(limits, { startedAt: start, sessionsHeld: 6, extraWeeks: 4, extraSessions: 2 }, at(84)),
    ).toMatchObject({ state: 'within', weekLimit: 16, sessionLimit: 8 });
  });
});

describe('safe caseload', () => {
  const scheme = { annualPeoplePerFte: 225, fullTimeHours: 37.5, interventionWeeks: 12 };
  it('gives a full-time worker about 51 open cases at once and 225 a year', () => {
    expect(capacityOf(scheme, { hoursPerWeek: 37.5, openCases: 10, allocatedThisYear: 40 })).toMatchObject({
      cap: 51,
      annualCap: 225,
      spare: 41,
      overCap: false,
    });
  });
  it('scales to working hours', () => {
    expect(capacityOf(scheme, { hoursPerWeek: 15, openCases: 0, allocatedThisYear: 0 })).toMatchObject({
      cap: 20,
      annualCap: 90,
    });
  });
  it('is over cap at the cap, and has no spare once the year is full', () => {
    expect(capacityOf(scheme, { hoursPerWeek: 37.5, openCases: 51, allocatedThisYear: 60 })).toMatchObject({
      spare: 0,
      overCap: true,
    });
    expect(capacityOf(scheme, { hoursPerWeek: 37.5, openCases: 5, allocatedThisYear: 225 })).toMatchObject({
      spare: 0,
      overCap: true,
    });
  });
});

describe('contact policy and intervention limit on the London calendar', () => {
  // Monday 00:30 BST on 6 April 2026 is Sunday 23:30 UTC: the day in England is the Monday.
  const halfPastMidnightBst = new Date('2026-04-05T23:30:00Z');

  it('ends the intervention on the London date of first contact plus the weeks, not the UTC date', () => {
    const use = { startedAt: halfPastMidnightBst, sessionsHeld: 1, extraWeeks: 0, extraSessions: 0 };
    expect(interventionStatus({ weeks: 12, sessions: 6 }, use, halfPastMidnightBst)).toMatchObject({
      state: 'within',
      weeksUsed: 0,
      endsOn: '2026-06-29',
    });
    // Sunday 28 June 23:30 UTC is Monday 29 June in London: the twelve weeks have ended.
    const ended = interventionStatus({ weeks: 12, sessions: 6 }, use, new Date('2026-06-28T23:30:00Z'));
    expect(ended).toMatchObject({
      state: 'reached',
      weeksUsed: 12,
      message: expect.stringContaining('the 12 weeks ended on 29 June 2026'),
    });
    expect(interventionStatus({ weeks: 12, sessions: 6 }, use, new Date('2026-06-28T22:59:00Z')).state).toBe('nearing');
  });

  it('keeps the London time of day for contact deadlines across a clock change', () => {
    // Allocated Friday 27 March 2026 at 10:00 GMT; the clocks go forward on Sunday 29th: attempt 1 is due Sunday 10:00 BST.
    const allocated = new Date('2026-03-27T10:00:00Z');
    const first = nextContactStep(policy, allocated, [], allocated);
    expect(first.step === 'attempt' && first.dueBy.toISOString()).toBe('2026-03-29T09:00:00.000Z');
    // A letter sent at 00:30 BST on 20 October: closing is allowed from 00:30 GMT on 3 November, 14 London days on, not an hour early.
    const letter = { at: new Date('2026-10-19T23:30:00Z'), channel: 'letter' as const, outcome: 'no_answer' as const };
    const waiting = nextContactStep(policy, allocated, [letter], new Date('2026-11-03T00:29:00Z'));
    expect(waiting).toMatchObject({ step: 'await-letter', message: expect.stringContaining('from 3 November 2026') });
    expect(waiting.step === 'await-letter' && waiting.closeFrom.toISOString()).toBe('2026-11-03T00:30:00.000Z');
    expect(nextContactStep(policy, allocated, [letter], new Date('2026-11-03T00:30:00Z')).step).toBe('close');
  });
});
