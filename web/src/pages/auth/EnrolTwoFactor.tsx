import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { authApi } from '../../api/auth.ts';
import type { ApiError } from '../../api/client.ts';
import type { EnrolmentConfirmation, EnrolmentStart } from '../../api/types.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { LoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SecurityCodeField } from '../../components/SignInFields.tsx';
import { TextInput } from '../../components/form/TextInput.tsx';
import { useSubmit } from '../../hooks/useSubmit.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { RecoveryCodes } from './RecoveryCodes.tsx';

interface EnrolTwoFactorProps {
  title: string;
  intro: ReactNode;
  backLink?: ReactNode;
  /** Ask for the current password too: replacing the authenticator of a signed-in account needs it. */
  askForPassword?: boolean;
  /** Called once the person has seen their recovery codes and chosen to continue. */
  onDone: (confirmation: EnrolmentConfirmation) => Promise<void>;
}

/** The secret grouped in fours, easier to type into an app by hand. */
function groupSecret(secret: string): string {
  return (
    secret
      .replace(/\s+/g, '')
      .match(/.{1,4}/g)
      ?.join(' ') ?? secret
  );
}

/** Sets up an authenticator app: QR code and key, then a code to prove it works, then recovery codes. */
export function EnrolTwoFactor({ title, intro, backLink, askForPassword = false, onDone }: EnrolTwoFactorProps) {
  const form = useSubmit();
  const [enrolment, setEnrolment] = useState<EnrolmentStart | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [code, setCode] = useState('');
  const [currentPassword, setCurrentPassword] = useState('');
  const [confirmation, setConfirmation] = useState<EnrolmentConfirmation | null>(null);
  const started = useRef(false);
  usePageTitle(title, form.hasErrors);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    authApi
      .startEnrolment()
      .then(setEnrolment)
      .catch((error: ApiError) => setLoadError(error));
  }, []);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = code.replace(/\s+/g, '');
    const problems = [];
    if (askForPassword && !currentPassword)
      problems.push({ field: 'currentPassword', text: 'Enter your current password' });
    if (!/^\d{6}$/.test(trimmed)) {
      problems.push({ field: 'code', text: 'Enter the 6-digit security code shown in your authenticator app' });
    }
    if (!form.check(problems)) return;
    const confirmed = await form.submit(
      () => authApi.confirmEnrolment(trimmed, askForPassword ? currentPassword : undefined),
      {
        onError: (error) => {
          setCode('');
          setCurrentPassword('');
          return error;
        },
      },
    );
    if (confirmed) setConfirmation(confirmed);
  }

  if (confirmation) {
    return <RecoveryCodes codes={confirmation.recoveryCodes} onContinue={() => void onDone(confirmation)} />;
  }
  if (loadError) return <LoadFailure error={loadError} />;
  if (!enrolment) return <Loading />;

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        {backLink}
        <ErrorSummary errors={form} />
        <h1>{title}</h1>
        {intro}
        <h2 className="nhsuk-heading-m">1. Get an authenticator app</h2>
        <p>
          Install an authenticator app on your phone if you do not have one, for example Microsoft Authenticator or
          Google Authenticator.
        </p>
        <h2 className="nhsuk-heading-m">2. Add Linkwork to the app</h2>
        <p>In the app, choose to add an account and scan this QR code.</p>
        <img
          className="linkwork-qr-code"
          src={enrolment.qrCodeDataUrl}
          alt="QR code for adding Linkwork to your authenticator app"
          width="200"
          height="200"
        />
        <p>If you cannot scan the QR code, enter this key in the app instead:</p>
        <p className="nhsuk-body-l">
          <code className="linkwork-secret">{groupSecret(enrolment.secret)}</code>
        </p>
        <h2 className="nhsuk-heading-m">3. Enter the code from the app</h2>
        <form method="post" onSubmit={submit} noValidate>
          {askForPassword && (
            <TextInput
              name="currentPassword"
              label="Current password"
              hint="To protect your account, confirm it is you."
              type="password"
              autoComplete="current-password"
              value={currentPassword}
              onChange={setCurrentPassword}
              error={form.errorFor('currentPassword')}
            />
          )}
          <SecurityCodeField
            name="code"
            hint="The app shows a 6-digit code for Linkwork that changes every 30 seconds."
            value={code}
            onChange={setCode}
            error={form.errorFor('code')}
          />
          <Button disabled={form.submitting}>Continue</Button>
        </form>
      </div>
    </div>
  );
}
