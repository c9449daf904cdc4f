import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { authApi } from '../../api/auth.ts';
import { useSession } from '../../auth/SessionContext.tsx';
import { stepPath } from '../../auth/steps.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { TextInput } from '../../components/form/TextInput.tsx';
import { useSubmit } from '../../hooks/useSubmit.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';

/** Second step of signing in: a code from the authenticator app, or a recovery code. */
export function TwoFactorPage() {
  const { applyStep } = useSession();
  const navigate = useNavigate();
  const form = useSubmit();
  const [code, setCode] = useState('');
  const [useRecoveryCode, setUseRecoveryCode] = useState(false);
  usePageTitle('Enter your security code', form.hasErrors);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = code.replace(/\s+/g, '');
    if (!trimmed) {
      form.showFieldErrors([{ field: 'code', text: 'Enter the security code from your authenticator app' }]);
      return;
    }
    await form.submit(
      async () => {
        const result = await authApi.twoFactor(trimmed);
        await applyStep(result);
        navigate(stepPath(result.next), { replace: true });
      },
      {
        onError: (error) => {
          setCode('');
          return error;
        },
      },
    );
  }

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <ErrorSummary errors={form} />
        <h1>Enter your security code</h1>
        <form method="post" action="/sign-in/two-factor" onSubmit={submit} noValidate>
          <TextInput
            name="code"
            label="Security code"
            hint={
              useRecoveryCode
                ? 'Enter one of your recovery codes, for example abcd-efgh-ijkl. Each recovery code works once.'
                : 'Enter the 6-digit code shown in your authenticator app. You can also enter one of your recovery codes.'
            }
            inputMode={useRecoveryCode ? 'text' : 'numeric'}
            autoComplete="one-time-code"
            spellCheck={false}
            widthClass={useRecoveryCode ? 'nhsuk-input--width-20' : 'nhsuk-input--width-10'}
            value={code}
            onChange={setCode}
            error={form.errorFor('code')}
          />
          <Button disabled={form.submitting}>Continue</Button>
        </form>
        <p>
          <button className="linkwork-link-button" type="button" onClick={() => setUseRecoveryCode((v) => !v)}>
            {useRecoveryCode ? 'Use a code from your authenticator app instead' : 'Use a recovery code instead'}
          </button>
        </p>
      </div>
    </div>
  );
}
