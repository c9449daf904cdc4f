import { useNavigate, useParams } from 'react-router-dom';
import { adminApi } from '../../api/admin.ts';
import { LoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { ReasonConfirmation } from './ReasonConfirmation.tsx';
import { useAdminUser } from './useAdminUser.ts';

/** Confirms resetting someone's two-factor authentication (for a lost phone), with the reason. */
export function ResetTwoFactorPage() {
  const id = useParams().id ?? '';
  const navigate = useNavigate();
  const { state } = useAdminUser(id);
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <LoadFailure error={state.error} />;
  const user = state.data;
  const back = `/admin/users/${encodeURIComponent(id)}`;

  return (
    <ReasonConfirmation
      title="Reset two-factor"
      heading={`Reset two-factor authentication for ${user.name}`}
      explanation={
        <>
          <p>
            Do this only when you are sure you are dealing with {user.name}, for example after checking their identity
            in person or by calling them back on a known number.
          </p>
          <p>
            Their authenticator app and recovery codes will stop working. They will set up an authenticator app again
            the next time they sign in.
          </p>
        </>
      }
      action="Reset two-factor"
      cancelTo={back}
      missingReason="Enter the reason for resetting two-factor authentication"
      onConfirm={async (reason) => {
        await adminApi.resetTwoFactor(id, reason);
        navigate(back, { state: { flash: `Two-factor authentication has been reset for ${user.name}` } });
      }}
    />
  );
}
