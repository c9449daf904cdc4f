import { useNavigate } from 'react-router-dom';
import { adminApi } from '../../api/admin.ts';
import { AdminUserFromAddress, IdentityCheckReminder } from './AdminUserFromAddress.tsx';
import { ReasonConfirmation } from './ReasonConfirmation.tsx';

/** Confirms resetting someone's two-factor authentication (for a lost phone), with the reason. */
export function ResetTwoFactorPage() {
  const navigate = useNavigate();
  return (
    <AdminUserFromAddress>
      {(user, back) => (
        <ReasonConfirmation
          title="Reset two-factor"
          heading={`Reset two-factor authentication for ${user.name}`}
          explanation={
            <>
              <IdentityCheckReminder name={user.name} />
              <p>
                Their authenticator app and recovery codes will stop working. They will set up an authenticator app
                again the next time they sign in.
              </p>
            </>
          }
          action="Reset two-factor"
          cancelTo={back}
          missingReason="Enter the reason for resetting two-factor authentication"
          onConfirm={async (reason) => {
            await adminApi.resetTwoFactor(user.id, reason);
            navigate(back, { state: { flash: `Two-factor authentication has been reset for ${user.name}` } });
          }}
        />
      )}
    </AdminUserFromAddress>
  );
}
