import type { SessionStage } from '../../../db/schema.ts';

export type NextStep = 'done' | 'two-factor' | 'change-password' | 'enrol-two-factor';

export interface StageFacts {
  twoFactorEnabled: boolean;
  twoFactorVerified: boolean;
  mustChangePassword: boolean;
  twoFactorRequired: boolean;
}

/**
 * The order of sign-in steps: prove the second factor if enrolled, then replace a one-time
 * password, then enrol in two-factor where the deployment requires it.
 */
export function nextStage(f: StageFacts): SessionStage {
  if (f.twoFactorEnabled && !f.twoFactorVerified) return 'two_factor';
  if (f.mustChangePassword) return 'change_password';
  if (f.twoFactorRequired && !f.twoFactorEnabled) return 'enrol_two_factor';
  return 'active';
}

const STEP: Record<SessionStage, NextStep> = {
  two_factor: 'two-factor',
  change_password: 'change-password',
  enrol_two_factor: 'enrol-two-factor',
  active: 'done',
};

export function stepFor(stage: SessionStage): NextStep {
  return STEP[stage];
}
