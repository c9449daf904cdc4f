import { useRef, useState, type FormEvent } from 'react';
import { authApi } from '../api/auth.ts';
import { ApiError, setCsrfToken } from '../api/client.ts';
import type { AuthStepResult, Problem } from '../api/types.ts';
import type { FieldError } from '../hooks/useFormErrors.ts';
import { useSubmit } from '../hooks/useSubmit.ts';
import { Button } from './Button.tsx';
import { ErrorSummary } from './form/ErrorSummary.tsx';
import { SessionTimeoutDialog } from './SessionTimeoutDialog.tsx';
import { CredentialsFields, SecurityCodeField } from './SignInFields.tsx';

interface SessionTimeoutSignInProps {
  /** Why the session ended, as the server said. */
  reason: Problem;
  /** The finished sign-in: the same person carries on, anyone else starts afresh. */
  onSignedIn: (result: AuthStepResult) => void;
}

/** The server names the sign-in fields "email", "password", "code"; here they are "resume-…". */
function forDialog(error: unknown): unknown {
  if (!(error instanceof ApiError) || !error.problem.errors?.length) return error;
  return new ApiError({
    ...error.problem,
    errors: error.problem.errors.map((e) => ({ ...e, field: `resume-${e.field}` })),
  });
}

/**
 * Signing in again over the page after the session ended, with the same steps as the sign-in pages
 * (password, then the security code when the account has two-factor). The page stays in memory,
 * hidden, so what the person typed is still there when they carry on.
 */
export function SessionTimeoutSignIn({ reason, onSignedIn }: SessionTimeoutSignInProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const form = useSubmit();
  const [step, setStep] = useState<'password' | 'two-factor'>('password');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');

  function finish(result: AuthStepResult) {
    if (result.next === 'two-factor') {
      // Only the token changes: the app's state stays "signed in" so the page behind is not left.
      setCsrfToken(result.csrfToken);
      setStep('two-factor');
      return;
    }
    onSignedIn(result);
  }

  async function submitPassword(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems: FieldError[] = [];
    if (!email.trim()) problems.push({ field: 'resume-email', text: 'Enter your email address' });
    if (!password) problems.push({ field: 'resume-password', text: 'Enter your password' });
    if (!form.check(problems)) return;
    await form.submit(
      async () => {
        finish(await authApi.signIn(email.trim(), password));
      },
      {
        onError: (error) => {
          setPassword('');
          return forDialog(error);
        },
      },
    );
  }

  async function submitCode(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = code.replace(/\s+/g, '');
    if (!trimmed) {
      form.showFieldErrors([{ field: 'resume-code', text: 'Enter the security code from your authenticator app' }]);
      return;
    }
    await form.submit(
      async () => {
        finish(await authApi.twoFactor(trimmed));
      },
      {
        onError: (error) => {
          setCode('');
          return forDialog(error);
        },
      },
    );
  }

  return (
    <SessionTimeoutDialog
      titleId="session-signed-out-title"
      textId="session-signed-out-text"
      role="dialog"
      signedOut
      initialFocus={heading}
    >
      <ErrorSummary errors={form} />
      <h2 className="nhsuk-heading-m" id="session-signed-out-title" tabIndex={-1} ref={heading}>
        You have been signed out
      </h2>
      <div id="session-signed-out-text">
        <p className="nhsuk-body">{reason.detail ?? 'Your session has ended.'}</p>
        <p className="nhsuk-body">
          Sign in again to carry on where you were: what you typed on this page is kept. If someone else signs in, the
          page is cleared and they start at their home page.
        </p>
      </div>
      {step === 'password' ? (
        <form method="post" action="/sign-in" onSubmit={submitPassword} noValidate>
          <CredentialsFields
            emailName="resume-email"
            passwordName="resume-password"
            email={email}
            password={password}
            onEmailChange={setEmail}
            onPasswordChange={setPassword}
            errorFor={form.errorFor}
          />
          <Button disabled={form.submitting}>Sign in</Button>
        </form>
      ) : (
        <form method="post" action="/sign-in/two-factor" onSubmit={submitCode} noValidate>
          <SecurityCodeField
            name="resume-code"
            hint="Enter the 6-digit code shown in your authenticator app. You can also enter one of your recovery codes."
            value={code}
            onChange={setCode}
            error={form.errorFor('resume-code')}
          />
          <Button disabled={form.submitting}>Continue</Button>
        </form>
      )}
    </SessionTimeoutDialog>
  );
}
