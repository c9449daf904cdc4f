import { useNavigate } from 'react-router-dom';
import type { AuthStepResult } from '../../api/types.ts';
import { useSession } from '../../auth/SessionContext.tsx';
import { stepPath } from '../../auth/steps.ts';
import { PasswordChangeForm } from './PasswordChangeForm.tsx';

/** Sign-in step for a new or reset account: replace the one-time password. */
export function ChangePasswordStepPage() {
  const { applyStep } = useSession();
  const navigate = useNavigate();

  async function changed(result: AuthStepResult) {
    await applyStep(result);
    navigate(stepPath(result.next), { replace: true });
  }

  return (
    <PasswordChangeForm
      title="Create a new password"
      intro="You need to replace the password you were given before you can use Linkwork. For current password, enter the one-time password your administrator gave you."
      onChanged={changed}
    />
  );
}
