import type { CreatedUser } from '../../api/types.ts';
import { OneTimePasswordShown } from './OneTimePasswordShown.tsx';

/** Confirms a new account and shows its one-time password, once. */
export function UserCreated({ created }: { created: CreatedUser }) {
  const { name } = created.user;
  return (
    <OneTimePasswordShown
      result={created}
      heading="User created"
      panelBody={`${name} can now sign in to Linkwork`}
      instructions={`Give this password to ${name} in person or by phone, not in the same email as their address. They must change it the first time they sign in, and then set up an authenticator app.`}
    />
  );
}
