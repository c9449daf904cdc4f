import { describe, expect, it } from 'vitest';
import { isHelpActive, isOverdue, nextLadderStep, type LadderVisit } from './escalation-ladder.ts';

const end = new Date('2026-11-23T15:00:00Z');
const settings = { graceMinutes: 15, escalationMinutes: 10 };
const at = (minutesAfterEnd: number) => new Date(end.getTime() + minutesAfterEnd * 60_000);
const visit = (overrides: Partial<LadderVisit> = {}): LadderVisit => ({
  status: 'checked_in',
  expectedEnd: end,
  alertLevel: 0,
  lastAlertAt: null,
  acknowledgedAt: null,
  escalationEndedAt: null,
  helpRequestedAt: null,
  ...overrides,
});

describe('the missed check-out ladder', () => {
  it('waits until the expected end plus grace, then alerts at level 1 and checks again after the escalation interval', () => {
    expect(nextLadderStep(visit(), at(14), settings)).toEqual({ kind: 'wait', dueAt: at(15) });
    expect(nextLadderStep(visit(), at(15), settings)).toEqual({ kind: 'alert', level: 1, nextCheckAt: at(25) });
    // A worker who never pressed "check in" is just as missing.
    expect(nextLadderStep(visit({ status: 'planned' }), at(16), settings)).toMatchObject({ kind: 'alert', level: 1 });
  });

  it('escalates a level each interval after the last alert while nobody acknowledges, up to level 4, then ends with a final record', () => {
    expect(nextLadderStep(visit({ alertLevel: 1, lastAlertAt: at(15) }), at(24), settings)).toEqual({
      kind: 'wait',
      dueAt: at(25),
    });
    expect(nextLadderStep(visit({ alertLevel: 1, lastAlertAt: at(15) }), at(25), settings)).toEqual({
      kind: 'escalate',
      level: 2,
      nextCheckAt: at(35),
    });
    expect(nextLadderStep(visit({ alertLevel: 3, lastAlertAt: at(35) }), at(45), settings)).toEqual({
      kind: 'escalate',
      level: 4,
      nextCheckAt: at(55),
    });
    expect(nextLadderStep(visit({ alertLevel: 4, lastAlertAt: at(45) }), at(55), settings)).toEqual({ kind: 'end' });
    expect(
      nextLadderStep(visit({ alertLevel: 4, lastAlertAt: at(45), escalationEndedAt: at(55) }), at(90), settings),
    ).toEqual({ kind: 'stop', reason: 'ended' });
  });

  it('stops once the worker checked out or cancelled, or someone acknowledged', () => {
    expect(nextLadderStep(visit({ status: 'checked_out' }), at(60), settings)).toEqual({
      kind: 'stop',
      reason: 'closed',
    });
    expect(nextLadderStep(visit({ status: 'cancelled' }), at(60), settings)).toEqual({
      kind: 'stop',
      reason: 'closed',
    });
    expect(
      nextLadderStep(visit({ alertLevel: 2, lastAlertAt: at(25), acknowledgedAt: at(30) }), at(60), settings),
    ).toEqual({ kind: 'stop', reason: 'acknowledged' });
  });

  it('does nothing for a job that runs early because the visit was extended', () => {
    const extended = visit({ expectedEnd: at(60) });
    expect(nextLadderStep(extended, at(15), settings)).toEqual({ kind: 'wait', dueAt: at(75) });
  });

  it('with no grace, alerts as soon as the expected end passes', () => {
    expect(nextLadderStep(visit(), at(0), { graceMinutes: 0, escalationMinutes: 1 })).toMatchObject({
      kind: 'alert',
      level: 1,
    });
  });

  it('calls a visit overdue only while it is open and past its end plus grace', () => {
    expect(isOverdue(visit(), at(14), settings)).toBe(false);
    expect(isOverdue(visit(), at(15), settings)).toBe(true);
    expect(isOverdue(visit({ status: 'checked_out' }), at(60), settings)).toBe(false);
  });

  it('keeps escalating a call for help from its own time, even after a check-out, until someone acknowledges it', () => {
    const help = { alertLevel: 1, lastAlertAt: at(-30), helpRequestedAt: at(-30) };
    // Long before the expected end: the help ladder runs on its escalation interval, not the end.
    expect(nextLadderStep(visit(help), at(-21), settings)).toEqual({ kind: 'wait', dueAt: at(-20) });
    expect(nextLadderStep(visit(help), at(-20), settings)).toEqual({
      kind: 'escalate',
      level: 2,
      nextCheckAt: at(-10),
    });
    expect(nextLadderStep(visit({ ...help, status: 'checked_out' }), at(-20), settings)).toMatchObject({
      kind: 'escalate',
      level: 2,
    });
    expect(nextLadderStep(visit({ ...help, acknowledgedAt: at(-25) }), at(-20), settings)).toEqual({
      kind: 'stop',
      reason: 'acknowledged',
    });
    expect(
      nextLadderStep(visit({ ...help, status: 'checked_out', acknowledgedAt: at(-25) }), at(-20), settings),
    ).toEqual({ kind: 'stop', reason: 'closed' });
    expect(isHelpActive(visit(help))).toBe(true);
    expect(isHelpActive(visit({ ...help, acknowledgedAt: at(-25) }))).toBe(false);
    expect(isHelpActive(visit())).toBe(false);
  });
});
