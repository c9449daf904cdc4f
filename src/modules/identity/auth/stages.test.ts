import { describe, expect, it } from 'vitest';
import { nextStage } from './stages.ts';

const base = { twoFactorEnabled: false, twoFactorVerified: false, mustChangePassword: false, twoFactorRequired: false };

describe('sign-in stages', () => {
  it('asks for the second factor first when enrolled', () => {
    expect(nextStage({ ...base, twoFactorEnabled: true, mustChangePassword: true })).toBe('two_factor');
  });
  it('asks for a new password after the second factor', () => {
    expect(nextStage({ ...base, twoFactorEnabled: true, twoFactorVerified: true, mustChangePassword: true })).toBe(
      'change_password',
    );
  });
  it('asks to enrol when two-factor is required and not set up', () => {
    expect(nextStage({ ...base, twoFactorRequired: true })).toBe('enrol_two_factor');
    expect(nextStage({ ...base, twoFactorRequired: true, mustChangePassword: true })).toBe('change_password');
  });
  it('is done when nothing is outstanding', () => {
    expect(nextStage(base)).toBe('active');
    expect(nextStage({ ...base, twoFactorRequired: true, twoFactorEnabled: true, twoFactorVerified: true })).toBe(
      'active',
    );
  });
});
