import { useNavigate } from 'react-router-dom';
import type { EnrolmentConfirmation } from '../../api/types.ts';
import { useSession, useSignedInSession } from '../../auth/SessionContext.tsx';
import { BackLink } from '../../components/BackLink.tsx';
import { EnrolTwoFactor } from '../auth/EnrolTwoFactor.tsx';

/** Setting up, or setting up again, the authenticator app of a signed-in person. */
export function AccountTwoFactorPage() {
  const session = useSignedInSession();
  const { applyStep } = useSession();
  const navigate = useNavigate();
  const resetting = session.user.twoFactorEnabled;

  async function done(confirmation: EnrolmentConfirmation) {
    await applyStep(confirmation);
    navigate('/account', { state: { flash: 'Your authenticator app is set up' } });
  }

  return (
    <EnrolTwoFactor
      title={resetting ? 'Reset your authenticator app' : 'Set up your authenticator app'}
      backLink={<BackLink to="/account">Back to your account</BackLink>}
      intro={
        <p>
          {resetting
            ? 'Use this if you have a new phone or lost your app. Once you enter a code from the new app, use it to sign in from then on, and keep your new recovery codes.'
            : 'Once this is set up you will need a code from the app as well as your password when you sign in.'}
        </p>
      }
      askForPassword
      onDone={done}
    />
  );
}
