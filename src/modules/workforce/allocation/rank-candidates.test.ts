import { describe, expect, it } from 'vitest';
import { capacityOf } from './capacity.ts';
import type { Candidate } from './allocation-checks.ts';
import { rankCandidates } from './rank-candidates.ts';

const scheme = { annualPeoplePerFte: 225, fullTimeHours: 37.5, interventionWeeks: 12 };
const worker = (
  name: string,
  openCases: number,
  languages: string[] = [],
  overrides: Partial<Candidate> = {},
): Candidate => ({
  userId: name,
  name,
  hoursPerWeek: 37.5,
  languages,
  acceptingCases: true,
  capacity: capacityOf(scheme, { hoursPerWeek: 37.5, openCases, allocatedThisYear: openCases }),
  ...overrides,
});

describe('allocation suggestions', () => {
  it('puts the worker with most spare capacity first', () => {
    const ranked = rankCandidates([worker('Busy', 45), worker('Free', 5)], {
      language: null,
      interpreterNeeded: false,
    });
    expect(ranked.map((r) => r.name)).toEqual(['Free', 'Busy']);
    expect(ranked[0]?.reasons[0]).toMatch(/46 spare place/);
  });

  it("prefers a worker who speaks the person's language, whatever the case of its name", () => {
    const ranked = rankCandidates([worker('Free', 5), worker('Speaks Urdu', 30, ['urdu'])], {
      language: 'Urdu',
      interpreterNeeded: true,
    });
    expect(ranked[0]).toMatchObject({ name: 'Speaks Urdu', languageMatch: true, suggested: true });
    expect(ranked[1]?.reasons).toContain('Does not speak Urdu; book an interpreter.');
  });

  it('never suggests a worker over their safe caseload or not taking cases, but still lists them with the reason', () => {
    const ranked = rankCandidates(
      [worker('Full', 51, ['Polish']), worker('Away', 0, [], { acceptingCases: false }), worker('Ok', 10)],
      { language: 'Polish', interpreterNeeded: false },
    );
    expect(ranked.map((r) => [r.name, r.suggested])).toEqual([
      ['Ok', true],
      ['Full', false],
      ['Away', false],
    ]);
    expect(ranked[1]?.reasons[0]).toMatch(/Over safe caseload: 51 open cases, cap 51/);
  });

  it('lets a new check block a worker (the place competence matching plugs in)', () => {
    const ranked = rankCandidates([worker('A', 0), worker('B', 0)], { language: null, interpreterNeeded: false }, [
      (c) => ({ score: 0, reason: c.name === 'A' ? 'Training lapsed' : null, blocks: c.name === 'A' }),
    ]);
    expect(ranked.map((r) => [r.name, r.suggested, r.blocked])).toEqual([
      ['B', true, false],
      ['A', false, true],
    ]);
  });
});
