import { describe, expect, it } from 'vitest';
import { ageOn } from '../patients/age.ts';
import type { Criteria } from '../../scheme/scheme-settings/scheme-policies.ts';
import { crisisExclusions, evaluateReferral, type ReferralFacts } from './criteria.ts';

const criteria: Criteria = {
  minAge: 18,
  maxAge: null,
  practicesServed: ['Y90001', 'Y90002'],
  needsInScope: ['loneliness', 'low-mood', 'debt', 'housing'],
  exclusions: [
    {
      circumstance: 'mental-health-crisis',
      outcome: 'out_of_scope',
      alternative: 'Crisis team via NHS 111 option 2',
      crisis: true,
    },
    {
      circumstance: 'secondary-mental-health-care',
      outcome: 'needs_review',
      alternative: 'Talk to the care coordinator',
      crisis: false,
    },
  ],
};
const facts = (overrides: Partial<ReferralFacts> = {}): ReferralFacts => ({
  dateOfBirth: '1960-05-01',
  practiceOdsCode: 'Y90001',
  needs: ['loneliness'],
  circumstances: [],
  ...overrides,
});
const TODAY = '2026-11-23';

describe('criteria engine', () => {
  it('puts a referral that meets every criterion in scope, with no reasons', () => {
    expect(evaluateReferral(criteria, facts(), TODAY)).toEqual({ evaluation: 'in_scope', reasons: [] });
  });

  it('counts age in whole years, the day before and on a birthday', () => {
    expect(ageOn('2008-11-24', TODAY)).toBe(17);
    expect(ageOn('2008-11-23', TODAY)).toBe(18);
    expect(evaluateReferral(criteria, facts({ dateOfBirth: '2008-11-24' }), TODAY).evaluation).toBe('out_of_scope');
    expect(evaluateReferral(criteria, facts({ dateOfBirth: '2008-11-23' }), TODAY).evaluation).toBe('in_scope');
  });

  it('says why a child is out of scope and where to go instead', () => {
    const result = evaluateReferral(criteria, facts({ dateOfBirth: '2015-01-01' }), TODAY);
    expect(result.reasons[0]).toMatchObject({
      code: 'too-young',
      outcome: 'out_of_scope',
      message: expect.stringContaining('aged 18 and over'),
    });
    expect(result.reasons[0]?.alternative).toMatch(/CAMHS/);
  });

  it('applies a maximum age when the scheme sets one', () => {
    const result = evaluateReferral({ ...criteria, maxAge: 64 }, facts({ dateOfBirth: '1950-01-01' }), TODAY);
    expect(result).toMatchObject({ evaluation: 'out_of_scope', reasons: [{ code: 'too-old' }] });
  });

  it('sends a referral with no date of birth or no practice to review', () => {
    expect(evaluateReferral(criteria, facts({ dateOfBirth: null }), TODAY)).toMatchObject({
      evaluation: 'needs_review',
      reasons: [{ code: 'age-unknown' }],
    });
    expect(evaluateReferral(criteria, facts({ practiceOdsCode: null }), TODAY)).toMatchObject({
      evaluation: 'needs_review',
      reasons: [{ code: 'practice-unknown' }],
    });
  });

  it('refuses a practice the scheme does not serve, and accepts any practice when none is listed', () => {
    expect(evaluateReferral(criteria, facts({ practiceOdsCode: 'B81001' }), TODAY)).toMatchObject({
      evaluation: 'out_of_scope',
      reasons: [{ code: 'practice-not-served' }],
    });
    expect(
      evaluateReferral({ ...criteria, practicesServed: [] }, facts({ practiceOdsCode: 'B81001' }), TODAY).evaluation,
    ).toBe('in_scope');
  });

  it('is out of scope when no need is in scope, and needs review when only some are', () => {
    expect(evaluateReferral(criteria, facts({ needs: ['physical-activity'] }), TODAY)).toMatchObject({
      evaluation: 'out_of_scope',
      reasons: [{ code: 'needs-not-in-scope', message: expect.stringContaining('Physical activity') }],
    });
    expect(evaluateReferral(criteria, facts({ needs: ['loneliness', 'physical-activity'] }), TODAY)).toMatchObject({
      evaluation: 'needs_review',
      reasons: [{ code: 'some-needs-not-in-scope' }],
    });
    expect(evaluateReferral(criteria, facts({ needs: [] }), TODAY)).toMatchObject({
      evaluation: 'needs_review',
      reasons: [{ code: 'no-needs' }],
    });
  });

  it('applies exclusions with their alternative pathway', () => {
    const crisis = evaluateReferral(criteria, facts({ circumstances: ['mental-health-crisis'] }), TODAY);
    expect(crisis).toEqual({
      evaluation: 'out_of_scope',
      reasons: [
        {
          code: 'exclusion:mental-health-crisis',
          outcome: 'out_of_scope',
          message: expect.stringContaining('Acute mental health crisis'),
          alternative: 'Crisis team via NHS 111 option 2',
        },
      ],
    });
    const review = evaluateReferral(criteria, facts({ circumstances: ['secondary-mental-health-care'] }), TODAY);
    expect(review.evaluation).toBe('needs_review');
  });

  it('ignores circumstances the scheme has not excluded', () => {
    expect(evaluateReferral(criteria, facts({ circumstances: ['homeless-tonight'] }), TODAY).evaluation).toBe(
      'in_scope',
    );
  });

  it('lets the worst finding decide and keeps every reason', () => {
    const result = evaluateReferral(
      criteria,
      facts({ dateOfBirth: null, circumstances: ['mental-health-crisis'], needs: ['loneliness', 'physical-activity'] }),
      TODAY,
    );
    expect(result.evaluation).toBe('out_of_scope');
    expect(result.reasons.map((r) => r.code)).toEqual([
      'age-unknown',
      'some-needs-not-in-scope',
      'exclusion:mental-health-crisis',
    ]);
  });

  it('names the crisis-type exclusions a referral matches, and only those', () => {
    expect(crisisExclusions(criteria, ['mental-health-crisis', 'secondary-mental-health-care'])).toEqual([
      {
        kind: 'exclusion',
        circumstance: 'mental-health-crisis',
        label: 'Acute mental health crisis or active suicidal plans',
        alternative: 'Crisis team via NHS 111 option 2',
      },
    ]);
    expect(crisisExclusions(criteria, ['secondary-mental-health-care'])).toEqual([]);
    expect(crisisExclusions({ ...criteria, exclusions: [] }, ['mental-health-crisis'])).toEqual([]);
  });
});
