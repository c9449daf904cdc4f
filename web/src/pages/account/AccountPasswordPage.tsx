import { useNavigate } from 'react-router-dom';
import type { AuthStepResult } from '../../api/types.ts';
import { useSession } from '../../auth/SessionContext.tsx';
import { BackLink } from '../../components/BackLink.tsx';
import { PasswordChangeForm } from '../auth/PasswordChangeForm.tsx';

/** Changing the password of a signed-in person. */
export function AccountPasswordPage() {
  const { applyStep } = useSession();
  const navigate = useNavigate();

  async function changed(result: AuthStepResult) {
    await applyStep(result);
    navigate('/account', { state: { flash: 'Your password has been changed' } });
  }

  return (
    <>
      <BackLink to="/account">Back to your account</BackLink>
      <PasswordChangeForm
        title="Change your password"
        intro="Enter your current password, then choose a new one."
        onChanged={changed}
      />
    </>
  );
}
