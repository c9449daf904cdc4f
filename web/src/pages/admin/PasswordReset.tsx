import type { CreatedUser } from '../../api/types.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { OneTimePasswordShown } from './OneTimePasswordShown.tsx';

/** Confirms a password reset and shows the new one-time password, once. */
export function PasswordReset({ reset }: { reset: CreatedUser }) {
  const { name } = reset.user;
  usePageTitle('Password reset');
  return (
    <OneTimePasswordShown
      result={reset}
      heading="Password reset"
      panelBody={`${name} has been signed out everywhere`}
      instructions={`Give this to ${name}. They must change it when they next sign in. Give it in person or by phone, not by email.`}
    />
  );
}
