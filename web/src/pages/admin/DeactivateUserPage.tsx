import { useNavigate } from 'react-router-dom';
import { adminApi } from '../../api/admin.ts';
import { AdminUserFromAddress } from './AdminUserFromAddress.tsx';
import { ReasonConfirmation } from './ReasonConfirmation.tsx';

/** Confirms deactivating an account, with the reason. */
export function DeactivateUserPage() {
  const navigate = useNavigate();
  return (
    <AdminUserFromAddress>
      {(user, back) => (
        <ReasonConfirmation
          title="Deactivate user"
          heading={`Deactivate ${user.name}`}
          explanation={
            <p>
              {user.name} ({user.email}) will not be able to sign in until an administrator reactivates the account.
              Records they made stay in Linkwork.
            </p>
          }
          action="Deactivate user"
          cancelTo={back}
          missingReason="Enter the reason for deactivating this user"
          onConfirm={async (reason) => {
            await adminApi.deactivateUser(user.id, reason);
            navigate(back, { state: { flash: `${user.name} has been deactivated` } });
          }}
        />
      )}
    </AdminUserFromAddress>
  );
}
