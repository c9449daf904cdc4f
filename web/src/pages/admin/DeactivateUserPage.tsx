import { useNavigate, useParams } from 'react-router-dom';
import { adminApi } from '../../api/admin.ts';
import { LoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { ReasonConfirmation } from './ReasonConfirmation.tsx';
import { useAdminUser } from './useAdminUser.ts';

/** Confirms deactivating an account, with the reason. */
export function DeactivateUserPage() {
  const id = useParams().id ?? '';
  const navigate = useNavigate();
  const { state } = useAdminUser(id);
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <LoadFailure error={state.error} />;
  const user = state.data;
  const back = `/admin/users/${encodeURIComponent(id)}`;

  return (
    <ReasonConfirmation
      title="Deactivate user"
      heading={`Deactivate ${user.name}`}
      explanation={
        <p>
          {user.name} ({user.email}) will not be able to sign in until an administrator reactivates the account. Records
          they made stay in Linkwork.
        </p>
      }
      action="Deactivate user"
      cancelTo={back}
      missingReason="Enter the reason for deactivating this user"
      onConfirm={async (reason) => {
        await adminApi.deactivateUser(id, reason);
        navigate(back, { state: { flash: `${user.name} has been deactivated` } });
      }}
    />
  );
}
