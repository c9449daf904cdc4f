import { useNavigate } from 'react-router-dom';
import type { EnrolmentConfirmation } from '../../api/types.ts';
import { useSession } from '../../auth/SessionContext.tsx';
import { stepPath } from '../../auth/steps.ts';
import { EnrolTwoFactor } from './EnrolTwoFactor.tsx';

/** Sign-in step for accounts without two-factor authentication yet. */
export function EnrolTwoFactorStepPage() {
  const { applyStep } = useSession();
  const navigate = useNavigate();

  async function done(confirmation: EnrolmentConfirmation) {
    await applyStep(confirmation);
    navigate(stepPath(confirmation.next), { replace: true });
  }

  return (
    <EnrolTwoFactor
      title="Set up two-factor authentication"
      intro={
        <p>
          Linkwork holds sensitive information about people, so you need a code from an authenticator app as well as
          your password each time you sign in.
        </p>
      }
      onDone={done}
    />
  );
}
