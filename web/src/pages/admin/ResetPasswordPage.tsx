import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { adminApi } from '../../api/admin.ts';
import type { CreatedUser } from '../../api/types.ts';
import { LoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PasswordReset } from './PasswordReset.tsx';
import { ReasonConfirmation } from './ReasonConfirmation.tsx';
import { useAdminUser } from './useAdminUser.ts';

/** Confirms giving someone a new one-time password (forgotten password), with the reason; shows it once. */
export function ResetPasswordPage() {
  const id = useParams().id ?? '';
  const { state } = useAdminUser(id);
  const [reset, setReset] = useState<CreatedUser | null>(null);
  if (reset) return <PasswordReset reset={reset} />;
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <LoadFailure error={state.error} />;
  const user = state.data;
  const back = `/admin/users/${encodeURIComponent(id)}`;

  return (
    <ReasonConfirmation
      title="Reset password"
      heading={`Reset password for ${user.name}`}
      explanation={
        <>
          <p>
            Do this only when you are sure you are dealing with {user.name}, for example after checking their identity
            in person or by calling them back on a known number.
          </p>
          <p>
            {user.name} ({user.email}) will be signed out everywhere and their current password will stop working. You
            will see a one-time password to give them, which they must change when they next sign in.
          </p>
        </>
      }
      action="Reset password"
      cancelTo={back}
      missingReason="Enter the reason for resetting the password"
      hint="For example, “Forgotten password; identity checked by phone”. This is kept in the audit log."
      onConfirm={async (reason) => {
        setReset(await adminApi.resetPassword(id, reason));
      }}
    />
  );
}
