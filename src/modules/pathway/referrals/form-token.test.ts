import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkFormToken, issueFormToken } from './form-token.ts';

const key = randomBytes(32);
const t0 = new Date('2026-11-23T10:00:00Z');
const later = (s: number) => new Date(t0.getTime() + s * 1000);

describe('self-referral form token', () => {
  const token = issueFormToken(key, 'demo', t0);
  it('accepts a form filled at human speed', () => expect(checkFormToken(key, 'demo', token, later(60), 4)).toBeNull());
  it('refuses a form sent faster than a person could fill it', () =>
    expect(checkFormToken(key, 'demo', token, later(1), 4)).toBe('too-fast'));
  it('refuses a stale form', () => expect(checkFormToken(key, 'demo', token, later(3 * 3600), 4)).toBe('expired'));
  it("refuses a forged, altered or other scheme's token", () => {
    expect(checkFormToken(key, 'other', token, later(60), 4)).toBe('invalid');
    expect(checkFormToken(randomBytes(32), 'demo', token, later(60), 4)).toBe('invalid');
    expect(checkFormToken(key, 'demo', token.replace(/\.(\d+)\./, '.1.'), later(60), 4)).toBe('invalid');
    expect(checkFormToken(key, 'demo', 'nonsense', later(60), 4)).toBe('invalid');
  });
});
