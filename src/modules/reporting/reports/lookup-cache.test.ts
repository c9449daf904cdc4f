import { describe, expect, it } from 'vitest';
import { keptLookup } from './lookup-cache.ts';

const at = (iso: string) => ({ now: new Date(iso), day: iso.slice(0, 10) });

describe('keptLookup', () => {
  it('reads once within a minute, again after it, on a new day, after a refresh, and after a failure', async () => {
    const key = { report: 'safety', schemeId: crypto.randomUUID() };
    let reads = 0;
    const load = async () => ++reads;
    expect(await keptLookup(key, at('2026-12-07T10:00:00Z'), false, load)).toBe(1);
    expect(await keptLookup(key, at('2026-12-07T10:00:59Z'), false, load)).toBe(1);
    expect(await keptLookup(key, at('2026-12-07T10:01:00Z'), false, load)).toBe(2);
    expect(await keptLookup(key, at('2026-12-07T10:01:10Z'), true, load)).toBe(3);
    expect(await keptLookup(key, { now: new Date('2026-12-07T10:01:20Z'), day: '2026-12-08' }, false, load)).toBe(4);
    // A clock set back is not taken as fresh.
    expect(await keptLookup(key, { now: new Date('2026-12-07T09:00:00Z'), day: '2026-12-08' }, false, load)).toBe(5);
    const other = { report: 'equity', schemeId: key.schemeId };
    expect(await keptLookup(other, at('2026-12-07T10:01:20Z'), false, load)).toBe(6);

    const failing = { report: 'outcomes', schemeId: key.schemeId };
    await expect(
      keptLookup(failing, at('2026-12-07T10:00:00Z'), false, () => Promise.reject(new Error('no database'))),
    ).rejects.toThrow('no database');
    await new Promise((resolve) => setImmediate(resolve));
    expect(await keptLookup(failing, at('2026-12-07T10:00:01Z'), false, load)).toBe(7);
  });
});
