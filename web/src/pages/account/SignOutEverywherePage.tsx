import type { FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { authApi } from '../../api/auth.ts';
import { useSession } from '../../auth/SessionContext.tsx';
import { BackLink } from '../../components/BackLink.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { useSubmit } from '../../hooks/useSubmit.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';

/** Confirms, then ends every session of the signed-in person, this one included. */
export function SignOutEverywherePage() {
  const { clearSession } = useSession();
  const navigate = useNavigate();
  const form = useSubmit();
  usePageTitle('Sign out everywhere', form.hasErrors);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await form.submit(async () => {
      await authApi.signOutEverywhere();
      clearSession();
      navigate('/sign-in', { replace: true, state: { signedOut: true } });
    });
  }

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/account">Back to your account</BackLink>
        <ErrorSummary errors={form} />
        <h1>Sign out everywhere</h1>
        <p>This signs you out of Linkwork on every device and browser where you are signed in, including this one.</p>
        <p>You will need to sign in again with your password and security code.</p>
        <form method="post" onSubmit={submit} noValidate>
          <div className="nhsuk-button-group">
            <Button variant="warning" disabled={form.submitting}>
              Sign out everywhere
            </Button>
            <Link className="nhsuk-link" to="/account">
              Cancel
            </Link>
          </div>
        </form>
      </div>
    </div>
  );
}
