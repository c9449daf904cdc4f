import { describe, expect, it } from 'vitest';
import { mapAtMost } from './at-most.ts';

describe('mapAtMost', () => {
  it('keeps the order of the items and never has more than the limit in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const out = await mapAtMost([5, 1, 4, 2, 3, 0], 2, async (n) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, n));
      inFlight -= 1;
      return n * 10;
    });
    expect(out).toEqual([50, 10, 40, 20, 30, 0]);
    expect(most).toBe(2);
  });

  it('gives an empty list for no items, and passes a failure on', async () => {
    expect(await mapAtMost([], 3, async () => 1)).toEqual([]);
    await expect(
      mapAtMost([1, 2], 2, async (n) => {
        if (n === 2) throw new Error('no');
        return n;
      }),
    ).rejects.toThrow('no');
  });
});
