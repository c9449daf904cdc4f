import { useState, type FormEvent } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { authApi } from '../../api/auth.ts';
import { useSession } from '../../auth/SessionContext.tsx';
import { stepPath } from '../../auth/steps.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { Loading } from '../../components/Loading.tsx';
import { NotificationBanner } from '../../components/NotificationBanner.tsx';
import { CredentialsFields } from '../../components/SignInFields.tsx';
import type { FieldError } from '../../hooks/useFormErrors.ts';
import { useSubmit } from '../../hooks/useSubmit.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';

interface SignInLocationState {
  from?: string;
  signedOut?: boolean;
}

function readState(state: unknown): SignInLocationState {
  return typeof state === 'object' && state !== null ? (state as SignInLocationState) : {};
}

/** Safe places to return to after signing in: our own paths only. */
function returnPath(from: string | undefined): string {
  return from && from.startsWith('/') && !from.startsWith('//') && !from.startsWith('/sign-in') ? from : '/';
}

/** First step of signing in: email address and password. */
export function SignInPage() {
  const { state, applyStep } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const form = useSubmit();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { from, signedOut } = readState(location.state);
  usePageTitle('Sign in', form.hasErrors);

  if (state.status === 'loading') return <Loading />;
  if (state.status === 'signed-in' && !form.submitting) return <Navigate to={returnPath(from)} replace />;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems: FieldError[] = [];
    if (!email.trim()) problems.push({ field: 'email', text: 'Enter your email address' });
    if (!password) problems.push({ field: 'password', text: 'Enter your password' });
    if (!form.check(problems)) return;
    await form.submit(
      async () => {
        const result = await authApi.signIn(email.trim(), password);
        await applyStep(result);
        navigate(result.next === 'done' ? returnPath(from) : stepPath(result.next), { replace: true });
      },
      {
        onError: (error) => {
          setPassword('');
          return error;
        },
      },
    );
  }

  const expired = state.status === 'signed-out' && state.expired;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <ErrorSummary errors={form} />
        <h1>Sign in</h1>
        {expired ? (
          <NotificationBanner title="Important" heading="You have been signed out">
            <p>
              You have been signed out because you were inactive for too long, or you reached the time limit for a
              session. Sign in again to continue.
            </p>
          </NotificationBanner>
        ) : null}
        {signedOut && !expired ? <NotificationBanner title="Success" heading="You have signed out" success /> : null}
        <p>Sign in with the email address and password your administrator gave you.</p>
        <form method="post" action="/sign-in" onSubmit={submit} noValidate>
          <CredentialsFields
            emailName="email"
            passwordName="password"
            email={email}
            password={password}
            onEmailChange={setEmail}
            onPasswordChange={setPassword}
            errorFor={form.errorFor}
          />
          <Button disabled={form.submitting}>Sign in</Button>
        </form>
        <p>If you have forgotten your password or lost your authenticator, ask your administrator to reset it.</p>
      </div>
    </div>
  );
}
