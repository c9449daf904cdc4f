import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { authApi } from '../api/auth.ts';
import { ApiError, setCsrfToken, setUnauthorizedHandler } from '../api/client.ts';
import type { AuthStepResult, SessionView, SignInStep } from '../api/types.ts';
import { isSignInStep } from './steps.ts';

export type SessionState =
  | { status: 'loading' }
  | { status: 'signed-out'; expired: boolean; signedOut?: boolean }
  | { status: 'partial'; next: Exclude<SignInStep, 'done'> }
  | { status: 'signed-in'; session: SessionView };

interface SessionContextValue {
  state: SessionState;
  /** Records the answer of a sign-in step: the new CSRF token and either the session or the next step. */
  applyStep: (result: AuthStepResult) => Promise<void>;
  setSession: (session: SessionView) => void;
  /** Forgets the session locally, e.g. after signing out. */
  clearSession: () => void;
  refresh: () => Promise<void>;
}

const SessionContext = createContext<SessionContextValue | null>(null);

async function loadSession(): Promise<SessionState> {
  try {
    const session = await authApi.session();
    setCsrfToken(session.csrfToken);
    return { status: 'signed-in', session };
  } catch (error) {
    if (error instanceof ApiError && error.problem.code === 'sign-in-incomplete' && isSignInStep(error.problem.next)) {
      if (error.problem.csrfToken) setCsrfToken(error.problem.csrfToken);
      if (error.problem.next !== 'done') return { status: 'partial', next: error.problem.next };
    }
    setCsrfToken(null);
    return { status: 'signed-out', expired: false };
  }
}

/** Holds who is signed in for the whole app, and notices when the server ends the session. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const stateRef = useRef(state);
  stateRef.current = state;

  const refresh = useCallback(async () => {
    setState(await loadSession());
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  useEffect(() => {
    setUnauthorizedHandler(() => {
      const wasSignedIn = stateRef.current.status === 'signed-in';
      setCsrfToken(null);
      setState({ status: 'signed-out', expired: wasSignedIn });
    });
  }, []);

  const setSession = useCallback((session: SessionView) => {
    setCsrfToken(session.csrfToken);
    setState({ status: 'signed-in', session });
  }, []);

  const applyStep = useCallback(
    async (result: AuthStepResult) => {
      setCsrfToken(result.csrfToken);
      if (result.next !== 'done') {
        setState({ status: 'partial', next: result.next });
        return;
      }
      if (result.session) {
        setSession(result.session);
        return;
      }
      await refresh();
    },
    [refresh, setSession],
  );

  /** Forgets the session after the person signed out (so pages show "You have signed out", not "sign in to see …"). */
  const clearSession = useCallback(() => {
    setCsrfToken(null);
    setState({ status: 'signed-out', expired: false, signedOut: true });
  }, []);

  const value = useMemo(
    () => ({ state, applyStep, setSession, clearSession, refresh }),
    [state, applyStep, setSession, clearSession, refresh],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The session context; only usable inside SessionProvider. */
export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside SessionProvider');
  return value;
}

/** The signed-in session; only usable below RequireSignedIn. */
export function useSignedInSession(): SessionView {
  const { state } = useSession();
  if (state.status !== 'signed-in') throw new Error('useSignedInSession must be used below RequireSignedIn');
  return state.session;
}
