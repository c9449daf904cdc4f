import { useRef, useState } from 'react';
import { formatTime } from '../lib/format.ts';
import { Button } from './Button.tsx';
import { SessionTimeoutDialog } from './SessionTimeoutDialog.tsx';

interface SessionTimeoutWarningProps {
  /** When the session ends (server time, ISO). */
  expiresAt: string;
  /** True when this is the session's absolute end, which staying active cannot move. */
  finalEnd: boolean;
  onStay: () => Promise<void>;
  onDismiss: () => void;
  onSignOut: () => void;
}

/**
 * The warning before the idle timeout (WCAG 2.2 "timing adjustable"): focus goes to "Stay signed in",
 * so one key press keeps the session; at the absolute end it says to save now instead.
 */
export function SessionTimeoutWarning({
  expiresAt,
  finalEnd,
  onStay,
  onDismiss,
  onSignOut,
}: SessionTimeoutWarningProps) {
  const primary = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const at = formatTime(expiresAt);

  async function stay() {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      await onStay();
    } catch {
      setProblem('Sorry, we could not keep you signed in. Check your connection and select "Stay signed in" again.');
      setBusy(false);
    }
  }

  return (
    <SessionTimeoutDialog
      titleId="session-warning-title"
      textId="session-warning-text"
      role="alertdialog"
      initialFocus={primary}
      onEscape={finalEnd ? onDismiss : () => void stay()}
    >
      <h2 className="nhsuk-heading-m" id="session-warning-title">
        {finalEnd ? 'Your session is about to end' : 'You are about to be signed out'}
      </h2>
      <div id="session-warning-text">
        {finalEnd ? (
          <p className="nhsuk-body">
            Sessions have a time limit. We will sign you out at {at}. Save your work now. If you are signed out, you can
            sign in again on this page and carry on.
          </p>
        ) : (
          <p className="nhsuk-body">
            For your security, we will sign you out at {at} if you do not do anything. If you are signed out, you can
            sign in again on this page and carry on with what you typed.
          </p>
        )}
        {problem ? (
          <p className="nhsuk-error-message" role="alert">
            <span className="nhsuk-u-visually-hidden">Error:</span> {problem}
          </p>
        ) : null}
      </div>
      <div className="nhsuk-button-group">
        {finalEnd ? (
          <button className="nhsuk-button" type="button" ref={primary} onClick={onDismiss}>
            Continue
          </button>
        ) : (
          <button
            className="nhsuk-button"
            type="button"
            ref={primary}
            onClick={() => void stay()}
            disabled={busy}
            aria-disabled={busy ? 'true' : undefined}
          >
            Stay signed in
          </button>
        )}
        <Button type="button" variant="secondary" onClick={onSignOut}>
          Sign out
        </Button>
      </div>
    </SessionTimeoutDialog>
  );
}
