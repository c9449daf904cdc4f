import { useState } from 'react';
import { adminApi } from '../../api/admin.ts';
import type { CreatedUser } from '../../api/types.ts';
import { AdminUserFromAddress, IdentityCheckReminder } from './AdminUserFromAddress.tsx';
import { PasswordReset } from './PasswordReset.tsx';
import { ReasonConfirmation } from './ReasonConfirmation.tsx';

/** Confirms giving someone a new one-time password (forgotten password), with the reason; shows it once. */
export function ResetPasswordPage() {
  const [reset, setReset] = useState<CreatedUser | null>(null);
  if (reset) return <PasswordReset reset={reset} />;
  return (
    <AdminUserFromAddress>
      {(user, back) => (
        <ReasonConfirmation
          title="Reset password"
          heading={`Reset password for ${user.name}`}
          explanation={
            <>
              <IdentityCheckReminder name={user.name} />
              <p>
                {user.name} ({user.email}) will be signed out everywhere and their current password will stop working.
                You will see a one-time password to give them, which they must change when they next sign in.
              </p>
            </>
          }
          action="Reset password"
          cancelTo={back}
          missingReason="Enter the reason for resetting the password"
          hint="For example, “Forgotten password; identity checked by phone”. This is kept in the audit log."
          onConfirm={async (reason) => {
            setReset(await adminApi.resetPassword(user.id, reason));
          }}
        />
      )}
    </AdminUserFromAddress>
  );
}
