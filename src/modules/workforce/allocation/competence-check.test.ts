import { describe, expect, it } from 'vitest';
import { competenceCheck, type Candidate } from './allocation-checks.ts';
import { capacityOf } from './capacity.ts';
import { rankCandidates } from './rank-candidates.ts';

const policy = { annualPeoplePerFte: 225, fullTimeHours: 37.5, interventionWeeks: 12 };
const worker = (name: string, training: [string, string | null][]): Candidate => ({
  userId: name,
  name,
  hoursPerWeek: 37.5,
  languages: [],
  acceptingCases: true,
  capacity: capacityOf(policy, { hoursPerWeek: 37.5, openCases: 2, allocatedThisYear: 2 }),
  training: new Map(training.map(([course, expiresOn]) => [course, { completedOn: '2024-01-01', expiresOn }])),
});
const courses = [
  { id: 'sp', name: 'Suicide prevention', coversFlags: ['mental_health'], active: true },
  { id: 'mhfa', name: 'Mental Health First Aid', coversFlags: ['mental_health'], active: true },
];
const need = (flags: string[], on = '2026-03-01') => ({
  language: null,
  interpreterNeeded: false,
  competence: { on, flags, courses },
});

describe('the competence allocation check', () => {
  it('blocks a worker whose required training lapsed before the allocation day, naming it', () => {
    const result = competenceCheck(
      worker('Lapsed', [
        ['sp', '2026-02-28'],
        ['mhfa', '2027-01-01'],
      ]),
      need(['mental_health']),
    );
    expect(result).toEqual({
      score: -2000,
      blocks: true,
      reason:
        'Training missing or lapsed: Suicide prevention lapsed on 28 February 2026 (needed for significant mental health needs). Only a scheme manager can allocate, with an override.',
    });
  });

  it('passes a worker trained on the day (expiry day included), and says nothing for an unflagged case', () => {
    expect(
      competenceCheck(
        worker('Ok', [
          ['sp', '2026-03-01'],
          ['mhfa', null],
        ]),
        need(['mental_health']),
      ),
    ).toMatchObject({ blocks: false, reason: 'Trained for significant mental health needs.' });
    expect(competenceCheck(worker('Untrained', []), need([]))).toEqual({ score: 0, reason: null, blocks: false });
    expect(competenceCheck(worker('Untrained', []), { language: null, interpreterNeeded: false })).toEqual({
      score: 0,
      reason: null,
      blocks: false,
    });
  });

  it('is one of the allocation checks: a blocked worker is never suggested, even with more spare capacity', () => {
    const ranked = rankCandidates(
      [
        worker('Untrained', []),
        {
          ...worker('Trained', [
            ['sp', null],
            ['mhfa', null],
          ]),
          capacity: capacityOf(policy, { hoursPerWeek: 37.5, openCases: 30, allocatedThisYear: 30 }),
        },
      ],
      need(['mental_health']),
    );
    expect(ranked.map((r) => [r.name, r.suggested, r.blocked])).toEqual([
      ['Trained', true, false],
      ['Untrained', false, true],
    ]);
    expect(ranked[1]?.reasons[0]).toMatch(/Suicide prevention not recorded .*; Mental Health First Aid not recorded/);
  });
});
