import { describe, expect, it } from 'vitest';
import { morningOf } from './supervision-check.ts';

describe('when the supervision check runs', () => {
  it('runs at 07:00 in London, summer and winter, and on the days the clocks change', () => {
    expect(morningOf('2026-12-07').toISOString()).toBe('2026-12-07T07:00:00.000Z');
    expect(morningOf('2027-07-05').toISOString(), '07:00 BST').toBe('2027-07-05T06:00:00.000Z');
    expect(morningOf('2027-03-28').toISOString(), 'clocks go forward at 01:00').toBe('2027-03-28T06:00:00.000Z');
    expect(morningOf('2026-10-25').toISOString(), 'clocks go back at 02:00').toBe('2026-10-25T07:00:00.000Z');
  });
});
