import { describe, expect, it } from 'vitest';
import { canonicalJson } from './oruk-content-hash.ts';

/** The canonical form by its definition: a copy with every object's keys inserted in sorted order, then JSON.stringify. */
function byCopy(value: unknown): string {
  const copy = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(copy);
    if (v === null || typeof v !== 'object') return v;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(v).sort()) out[key] = copy((v as Record<string, unknown>)[key]);
    return out;
  };
  return JSON.stringify(copy(value));
}

describe('canonicalJson', () => {
  it('writes the same text as a sorted copy, for nesting, odd keys, undefined and numbers', () => {
    const values: unknown[] = [
      null,
      'plain',
      0,
      -1.5e-7,
      Number.NaN,
      true,
      [],
      {},
      { b: 1, a: [3, { d: null, c: 'x' }], é: 'accent', 'quote"key': '\u2028 line' },
      { 10: 'ten', 9: 'nine', a: 1, '01': 'not an index', 4294967295: 'too big', 4294967294: 'largest index' },
      { kept: 1, gone: undefined, list: [undefined, 1] },
      { id: 'svc-1', name: 'Walk & talk', phones: [{ number: '01632 960000', languages: [{ code: 'ur' }] }] },
    ];
    for (const value of values) expect(canonicalJson(value), JSON.stringify(value)).toBe(byCopy(value));
  });

  it('does not depend on the order the keys came in', () => {
    expect(canonicalJson({ a: 1, b: { y: 2, x: 1 } })).toBe(canonicalJson({ b: { x: 1, y: 2 }, a: 1 }));
  });
});
