import { describe, expect, it } from 'vitest';
import { hashPassword, oneTimePassword, passwordProblems, verifyPassword } from './passwords.ts';

describe('password rules', () => {
  it('accepts a long, uncommon password', () => {
    expect(passwordProblems('river-candle-orbit')).toEqual([]);
  });
  it('refuses passwords under 12 characters, naming the field and how to fix it', () => {
    expect(passwordProblems('short-pw', {}, 'newPassword')).toEqual([
      expect.objectContaining({
        field: 'newPassword',
        message: expect.stringContaining('12'),
        fix: expect.any(String),
      }),
    ]);
  });
  it('refuses common passwords from the shipped deny-list, in any case', () => {
    expect(passwordProblems('qwertyuiop123')[0]?.message).toMatch(/too common/);
    expect(passwordProblems('1QAZ2WSX3EDC')[0]?.message).toMatch(/too common/);
  });
  it('refuses a common password with digits or symbols added on the end', () => {
    expect(passwordProblems('password2026!!')[0]?.message).toMatch(/too common/);
    expect(passwordProblems('football123456')[0]?.message).toMatch(/too common/);
  });
  it("refuses passwords built from the person's name or email", () => {
    expect(
      passwordProblems('jordan-evans-rocks', { name: 'Jordan Evans', email: 'je@example.org' })[0]?.message,
    ).toMatch(/name or email/);
    expect(passwordProblems('my-bramwell-secret', { email: 'bramwell@example.org' })[0]?.message).toMatch(
      /name or email/,
    );
  });
  it('makes one-time passwords that pass the rules and differ each time', () => {
    const a = oneTimePassword();
    expect(passwordProblems(a)).toEqual([]);
    expect(oneTimePassword()).not.toBe(a);
  });
  it('hashes with argon2id and verifies', async () => {
    const cost = { memoryCost: 1024, timeCost: 1, parallelism: 1 };
    const hash = await hashPassword('river-candle-orbit', cost);
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(hash, 'river-candle-orbit')).toBe(true);
    expect(await verifyPassword(hash, 'river-candle-orbiT')).toBe(false);
    expect(await verifyPassword('not-a-hash', 'x')).toBe(false);
  });
});
