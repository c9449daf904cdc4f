import { describe, expect, it } from 'vitest';
import { addDays } from '../../../platform/london-time.ts';
import {
  countedOn,
  monthEnd,
  runningBalances,
  sessionOnSchedule,
  supervisionStates,
  supervisionUpToDate,
} from './safety-figures.ts';

describe('monthEnd and countedOn', () => {
  it('gives the last day of the month, leap years included', () => {
    expect(monthEnd('2028-02-01')).toBe('2028-02-29');
    expect(monthEnd('2026-12-01')).toBe('2026-12-31');
  });
  it('counts a running month on today, a past month on its last day', () => {
    expect(countedOn('2026-11-01', '2026-12-07')).toBe('2026-11-30');
    expect(countedOn('2026-12-01', '2026-12-07')).toBe('2026-12-07');
  });
});

describe('runningBalances', () => {
  const months = ['2026-01-01', '2026-02-01', '2026-03-01'];
  it('starts from the movements before the range and adds each month', () => {
    const b = runningBalances(
      [
        { key: 'a', month: null, net: 3 },
        { key: 'a', month: '2026-02-01', net: -1 },
        { key: 'a', month: '2026-02-01', net: 2 },
        { key: 'b', month: '2026-03-01', net: 1 },
      ],
      months,
    );
    expect(b.get('a')).toEqual([3, 4, 4]);
    expect(b.get('b')).toEqual([0, 0, 1]);
    expect(b.has('c')).toBe(false);
  });
});

describe('supervisionUpToDate', () => {
  const terms = { since: '2026-01-10', cadenceDays: 28 };
  it('is null before the worker started', () => {
    expect(supervisionUpToDate(terms, [], '2026-01-09')).toBeNull();
  });
  it('counts from the start until the first session', () => {
    expect(supervisionUpToDate(terms, [], '2026-02-07')).toBe(true);
    expect(supervisionUpToDate(terms, [], '2026-02-08')).toBe(false);
  });
  it('counts from the last session held on or before the day, never a later one', () => {
    expect(supervisionUpToDate(terms, ['2026-02-01', '2026-04-01'], '2026-03-01')).toBe(true);
    expect(supervisionUpToDate(terms, ['2026-02-01', '2026-04-01'], '2026-03-02')).toBe(false);
    expect(supervisionUpToDate(terms, ['2026-02-01', '2026-04-01'], '2026-04-02')).toBe(true);
  });
});

describe('sessionOnSchedule', () => {
  const terms = { since: '2026-01-10', cadenceDays: 28 };
  it('compares the gap with the cadence', () => {
    expect(sessionOnSchedule(terms, 28, '2026-05-01')).toBe(true);
    expect(sessionOnSchedule(terms, 29, '2026-05-01')).toBe(false);
  });
  it('compares a first session with the start day', () => {
    expect(sessionOnSchedule(terms, null, '2026-02-07')).toBe(true);
    expect(sessionOnSchedule(terms, null, '2026-02-08')).toBe(false);
  });
});

describe('supervisionStates', () => {
  it('gives, day by day, what supervisionUpToDate gives for each day alone', () => {
    const terms = { since: '2026-01-10', cadenceDays: 28 };
    const held = ['2026-01-20', '2026-02-10', '2026-02-11', '2026-05-30', '2026-07-01'];
    const days = Array.from({ length: 240 }, (_, i) => addDays('2026-01-01', i));
    const one = days.map((d) => supervisionUpToDate(terms, held, d));
    expect(supervisionStates(terms, held, days)).toEqual(one);
    expect(one).toContain(null);
    expect(one).toContain(true);
    expect(one).toContain(false);
  });
});
