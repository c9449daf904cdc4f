import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { authApi } from '../api/auth.ts';
import {
  ApiError,
  noteInteraction,
  setCsrfToken,
  setSessionExpiryHandler,
  setUnauthorizedHandler,
  type SessionExpiry,
} from '../api/client.ts';
import type { AuthStepResult, Problem, SessionView, SignInStep } from '../api/types.ts';
import { isSignInStep, stepPath } from './steps.ts';

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
  /** When the session ends without activity, from the server's latest answer; null when not signed in. */
  expiry: SessionExpiry | null;
  /** Set when the server ended the session while a page was open: the page stays, behind a sign-in dialog. */
  interruption: Problem | null;
  /** The session ended on the server (the idle end passed) while the page is open: keep the page, ask to sign in. */
  interrupt: (problem: Problem) => void;
  /**
   * After signing in again over the page: the same person carries on where they were (waiting requests
   * are sent again); anyone else gets a fresh app at home, so nothing of the page is shown to them.
   */
  resume: (result: AuthStepResult) => 'resumed' | 'started-afresh';
}

/** Session problems after which signing in again lets the open page carry on. */
const RESUMABLE_CODES = new Set(['session-expired', 'unauthenticated']);

/**
 * Forgets anything kept in this browser for the app: storage and caches. Linkwork keeps no patient data
 * there (form drafts live only in page memory), and this makes sure nothing is left after sign-out.
 */
export function forgetStoredData(): void {
  try {
    window.localStorage.clear();
    window.sessionStorage.clear();
  } catch {
    // Storage may be switched off; then there is nothing to clear.
  }
  if ('caches' in window) {
    void window.caches.keys().then(
      (keys) => Promise.all(keys.map((key) => window.caches.delete(key))),
      () => undefined,
    );
  }
}

/** Loads the app afresh at `path`: nothing of the pages open so far stays in memory. */
function startAfresh(path: string): void {
  forgetStoredData();
  window.location.assign(path);
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
  const [expiry, setExpiry] = useState<SessionExpiry | null>(null);
  const [interruption, setInterruption] = useState<Problem | null>(null);
  const stateRef = useRef(state);
  stateRef.current = state;
  /** Requests refused because the session ended, waiting for the person to sign in again. */
  const waiting = useRef<((resumed: boolean) => void)[]>([]);

  const refresh = useCallback(async () => {
    setState(await loadSession());
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const interrupt = useCallback((problem: Problem) => {
    setCsrfToken(null);
    setExpiry(null);
    setInterruption((current) => current ?? problem);
  }, []);

  useEffect(() => {
    setUnauthorizedHandler((problem) => {
      const wasSignedIn = stateRef.current.status === 'signed-in';
      if (wasSignedIn && RESUMABLE_CODES.has(problem.code ?? '')) {
        interrupt(problem);
        return new Promise<boolean>((resolve) => waiting.current.push(resolve));
      }
      setCsrfToken(null);
      setExpiry(null);
      if (wasSignedIn) forgetStoredData();
      setState({ status: 'signed-out', expired: wasSignedIn });
    });
    setSessionExpiryHandler(setExpiry);
  }, [interrupt]);

  useEffect(() => {
    // What the person does in the page is their activity; a timer's request is not.
    document.addEventListener('keydown', noteInteraction, true);
    document.addEventListener('pointerdown', noteInteraction, true);
    // A page brought back by the back button from the browser's memory asks the server again.
    const reloadIfRestored = (event: PageTransitionEvent) => {
      if (event.persisted) window.location.reload();
    };
    window.addEventListener('pageshow', reloadIfRestored);
    return () => {
      document.removeEventListener('keydown', noteInteraction, true);
      document.removeEventListener('pointerdown', noteInteraction, true);
      window.removeEventListener('pageshow', reloadIfRestored);
    };
  }, []);

  const setSession = useCallback((session: SessionView) => {
    setCsrfToken(session.csrfToken);
    setState({ status: 'signed-in', session });
    // An answer's header already gave the idle end on this browser's clock; a sign-in step has no header.
    setExpiry((current) =>
      current?.expiresAt === session.idleExpiresAt
        ? current
        : { expiresAt: session.idleExpiresAt, deadline: Date.parse(session.idleExpiresAt) - 1000 },
    );
  }, []);

  const resume = useCallback(
    (result: AuthStepResult): 'resumed' | 'started-afresh' => {
      const previous = stateRef.current.status === 'signed-in' ? stateRef.current.session.user.id : null;
      const release = (resumed: boolean) => {
        const waiters = waiting.current;
        waiting.current = [];
        for (const resolve of waiters) resolve(resumed);
      };
      if (result.next !== 'done' || !result.session || result.session.user.id !== previous) {
        release(false);
        startAfresh(result.next === 'done' ? '/' : stepPath(result.next));
        return 'started-afresh';
      }
      setSession(result.session);
      setInterruption(null);
      release(true);
      return 'resumed';
    },
    [setSession],
  );

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
    setExpiry(null);
    forgetStoredData();
    setState({ status: 'signed-out', expired: false, signedOut: true });
  }, []);

  const value = useMemo(
    () => ({ state, applyStep, setSession, clearSession, refresh, expiry, interruption, interrupt, resume }),
    [state, applyStep, setSession, clearSession, refresh, expiry, interruption, interrupt, resume],
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
