import type { SignInStep } from '../api/types.ts';

const STEP_PATHS: Record<SignInStep, string> = {
  done: '/',
  'two-factor': '/sign-in/two-factor',
  'change-password': '/sign-in/change-password',
  'enrol-two-factor': '/sign-in/enrol-two-factor',
};

/** Where the browser goes for the next sign-in step the server asks for. */
export function stepPath(step: SignInStep): string {
  return STEP_PATHS[step];
}

/** Guards against a server answer we do not understand. */
export function isSignInStep(value: unknown): value is SignInStep {
  return typeof value === 'string' && value in STEP_PATHS;
}
