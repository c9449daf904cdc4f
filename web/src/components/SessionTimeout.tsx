import { useCallback, useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { authApi } from '../api/auth.ts';
import { ApiError } from '../api/client.ts';
import { useSession } from '../auth/SessionContext.tsx';
import { SessionTimeoutSignIn } from './SessionTimeoutSignIn.tsx';
import { SessionTimeoutWarning } from './SessionTimeoutWarning.tsx';

/** How long to wait before asking again when the server could not be reached at the idle end. */
const RETRY_MS = 5_000;
/** The least time between two checks of a session the server says is still open. */
const MIN_CHECK_MS = 1_000;

/**
 * Watches the session's idle end: warns before it with "Stay signed in", and when the session has
 * ended (idle, time limit, or signed out elsewhere) asks the person to sign in again over the page,
 * so a half-written form is not lost. Before warning or ending, it asks the server, which knows
 * about activity in other tabs; those checks do not count as activity.
 */
export function SessionTimeout() {
  const { state, expiry, interruption, interrupt, resume, clearSession } = useSession();
  const navigate = useNavigate();
  const [warning, setWarning] = useState(false);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const session = state.status === 'signed-in' ? state.session : null;
  const warningMs = (session?.warningSeconds ?? 120) * 1000;

  const check = useCallback(async () => {
    try {
      await authApi.checkSession();
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) interrupt(error.problem);
      else throw error;
    }
  }, [interrupt]);

  useEffect(() => {
    if (!session || !expiry || interruption) {
      setWarning(false);
      return;
    }
    const now = Date.now();
    const warnAt = expiry.deadline - warningMs;
    let timer: number;
    const later = (ms: number) => {
      timer = window.setTimeout(() => void check().catch(() => later(RETRY_MS)), ms);
    };
    if (now < warnAt) {
      setWarning(false);
      later(warnAt - now);
    } else if (now < expiry.deadline) {
      setWarning(true);
      later(expiry.deadline - now);
    } else {
      setWarning(true);
      later(MIN_CHECK_MS);
    }
    return () => window.clearTimeout(timer);
  }, [session, expiry, interruption, warningMs, check]);

  const stay = useCallback(async () => {
    try {
      await authApi.extendSession();
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        interrupt(error.problem);
        return;
      }
      throw error;
    }
  }, [interrupt]);

  const signOut = useCallback(async () => {
    try {
      await authApi.signOut();
    } finally {
      clearSession();
      navigate('/sign-in', { replace: true, state: { signedOut: true } });
    }
  }, [clearSession, navigate]);

  if (!session) return null;
  if (interruption) return <SessionTimeoutSignIn reason={interruption} onSignedIn={resume} />;
  if (!warning || !expiry || dismissed === expiry.expiresAt) return null;
  return (
    <SessionTimeoutWarning
      expiresAt={expiry.expiresAt}
      finalEnd={expiry.expiresAt === session.absoluteExpiresAt}
      onStay={stay}
      onDismiss={() => setDismissed(expiry.expiresAt)}
      onSignOut={() => void signOut()}
    />
  );
}
