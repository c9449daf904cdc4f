import { describe, expect, it } from 'vitest';
import { addMonths, bestRecord, competenceGaps, describeGaps, expiryFor, statusOn } from './training-rules.ts';

describe('training expiry', () => {
  it('adds the renewal period, keeping the end of a month inside the month', () => {
    expect(expiryFor('2025-03-14', 36)).toBe('2028-03-14');
    expect(expiryFor('2025-03-14', null)).toBeNull();
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
  });

  it('is valid up to and including its expiry date, expiring soon within 30 days, and missing without a record', () => {
    const r = { completedOn: '2025-01-01', expiresOn: '2026-01-31' };
    expect(statusOn(r, '2025-12-31')).toBe('current');
    expect(statusOn(r, '2026-01-01')).toBe('expiring');
    expect(statusOn(r, '2026-01-31')).toBe('expiring');
    expect(statusOn(r, '2026-02-01')).toBe('expired');
    expect(statusOn({ completedOn: '2001-01-01', expiresOn: null }, '2026-01-01')).toBe('current');
    expect(statusOn(undefined, '2026-01-01')).toBe('missing');
  });

  it('counts the record with the latest expiry, and one that never expires above all', () => {
    const old = { completedOn: '2020-01-01', expiresOn: '2021-01-01' };
    const renewed = { completedOn: '2021-01-01', expiresOn: '2022-01-01' };
    expect(bestRecord([renewed, old])).toBe(renewed);
    expect(bestRecord([old, renewed])).toBe(renewed);
    const forever = { completedOn: '2019-01-01', expiresOn: null };
    expect(bestRecord([old, forever, renewed])).toBe(forever);
    expect(bestRecord([])).toBeUndefined();
  });
});

describe('competence for a complex case', () => {
  const courses = [
    { id: 'sp', name: 'Suicide prevention', coversFlags: ['mental_health'], active: true },
    { id: 'mhfa', name: 'Mental Health First Aid', coversFlags: ['mental_health'], active: true },
    { id: 'sga', name: 'Safeguarding adults (level 2)', coversFlags: ['safeguarding', 'domestic_abuse'], active: true },
    { id: 'old', name: 'Retired course', coversFlags: ['mental_health'], active: false },
  ];

  it('needs every active course that covers each flag, current on the day', () => {
    const records = new Map([
      ['sp', { completedOn: '2024-01-10', expiresOn: '2025-01-10' }],
      ['mhfa', { completedOn: '2024-01-10', expiresOn: '2027-01-10' }],
    ]);
    expect(competenceGaps(['mental_health'], courses, records, '2025-01-10')).toEqual([]);
    expect(competenceGaps(['mental_health'], courses, records, '2025-01-11')).toEqual([
      { flag: 'mental_health', course: 'Suicide prevention', state: 'expired', expiresOn: '2025-01-10' },
    ]);
    expect(
      competenceGaps(['mental_health', 'domestic_abuse'], courses, records, '2025-01-11').map((g) => [
        g.course,
        g.state,
      ]),
    ).toEqual([
      ['Suicide prevention', 'expired'],
      ['Safeguarding adults (level 2)', 'missing'],
    ]);
    expect(competenceGaps([], courses, new Map(), '2025-01-11')).toEqual([]);
  });

  it('says what is missing or lapsed, when, and for which flag', () => {
    const text = describeGaps([
      { flag: 'mental_health', course: 'Suicide prevention', state: 'expired', expiresOn: '2025-01-10' },
      { flag: 'safeguarding', course: 'Safeguarding adults (level 2)', state: 'missing', expiresOn: null },
      { flag: 'domestic_abuse', course: 'Safeguarding adults (level 2)', state: 'missing', expiresOn: null },
    ]);
    expect(text).toBe(
      'Suicide prevention lapsed on 10 January 2025 (needed for significant mental health needs); Safeguarding adults (level 2) not recorded (needed for safeguarding (adult), domestic abuse)',
    );
  });
});
