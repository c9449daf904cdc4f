import { describe, expect, it } from 'vitest';
import { costInWords, freshSince, freshness } from './present-service.ts';

describe('directory freshness', () => {
  it('counts a service stale when last confirmed more than 12 months ago, unknown when never', () => {
    const since = freshSince(new Date('2026-11-24T10:00:00Z'));
    expect(since).toBe('2025-11-24');
    expect(freshness('2025-11-24', since)).toEqual({ assuredDate: '2025-11-24', state: 'fresh' });
    expect(freshness('2025-11-23', since)).toEqual({ assuredDate: '2025-11-23', state: 'stale' });
    expect(freshness(null, since)).toEqual({ assuredDate: null, state: 'unknown' });
  });

  it('handles 29 February', () => {
    expect(freshSince(new Date('2028-02-29T00:00:00Z'))).toBe('2027-03-01');
  });

  it('counts the 12 months from today in London: at 00:30 BST the day has already turned', () => {
    expect(freshSince(new Date('2027-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(freshSince(new Date('2027-06-30T22:59:00Z'))).toBe('2026-06-30');
  });
});

describe('cost in words', () => {
  it('says free, the priced options, the fees text, or that the cost is not stated', () => {
    expect(costInWords(true, [], null)).toEqual({ free: true, text: 'Free' });
    expect(costInWords(false, [{ option: 'Session', amount: 2, description: null }], null)).toEqual({
      free: false,
      text: '£2 (Session)',
    });
    expect(costInWords(false, [{ option: 'Lunch', amount: 4.5, description: '£4.50 for lunch' }], 'ignored')).toEqual({
      free: false,
      text: '£4.50 for lunch',
    });
    expect(costInWords(false, [], ' Donations welcome ')).toEqual({ free: false, text: 'Donations welcome' });
    expect(costInWords(false, [], null)).toEqual({ free: false, text: 'Cost not stated' });
  });
});
