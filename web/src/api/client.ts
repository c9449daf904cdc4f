import type { Problem } from './types.ts';

/** An API answer that was not 2xx, carrying the server's problem+json body. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
  }
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  /** Auth steps answer 401 for a wrong password or code; those are form errors, not an ended session. */
  expectUnauthorized?: boolean;
  /** Made by the page on its own (a timer), not by the person: the server does not count it as activity. */
  background?: boolean;
}

/** What the server says about the session on each answer, for the timeout warning. */
export interface SessionExpiry {
  /** The server's time when the session ends without activity (ISO). */
  expiresAt: string;
  /** The same moment on this browser's clock (ms), corrected for clock difference, a second early. */
  deadline: number;
}

/**
 * What to do about an unexpected 401: a promise of `true` means the same person signed in again,
 * so the request is sent once more (it was refused before the server did anything).
 */
type UnauthorizedHandler = (problem: Problem) => Promise<boolean> | void;

let csrfToken: string | null = null;
let onUnauthorized: UnauthorizedHandler = () => undefined;
let onSessionExpiry: (expiry: SessionExpiry) => void = () => undefined;
/** When the person last pressed a key, clicked or touched the page (ms); see noteInteraction. */
let lastInteraction = Date.now();
/** A request this long after the person's last interaction was made by a timer, not by them. */
const INTERACTION_WINDOW_MS = 30_000;
/** The session codes after which signing in again lets the page carry on. */
const RESUMABLE = new Set(['session-expired', 'unauthenticated']);

/** Keeps the CSRF token from the last sign-in or session answer in memory (never in storage). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Lets the session context decide what an unexpected 401 means (signed out, or session expired). */
export function setUnauthorizedHandler(handler: UnauthorizedHandler): void {
  onUnauthorized = handler;
}

/** Lets the session context follow the session's idle end, which every signed-in answer reports. */
export function setSessionExpiryHandler(handler: (expiry: SessionExpiry) => void): void {
  onSessionExpiry = handler;
}

/**
 * Records that the person did something in the page. Requests long after the last interaction are
 * sent as background requests, so a page left open (refreshing counts on a timer) still times out.
 */
export function noteInteraction(): void {
  lastInteraction = Date.now();
}

function reportExpiry(response: Response): void {
  const expiresAt = response.headers.get('x-session-expires-at');
  const expires = expiresAt ? Date.parse(expiresAt) : Number.NaN;
  if (!expiresAt || Number.isNaN(expires)) return;
  const serverNow = Date.parse(response.headers.get('date') ?? '');
  const remaining = expires - (Number.isNaN(serverNow) ? Date.now() : serverNow);
  onSessionExpiry({ expiresAt, deadline: Date.now() + remaining - 1000 });
}

function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'status' in value && 'title' in value;
}

async function readProblem(response: Response): Promise<Problem> {
  const fallback: Problem = {
    title: response.status >= 500 ? 'Sorry, there is a problem with the service' : 'The request could not be completed',
    status: response.status,
    detail: response.status >= 500 ? 'Try again later.' : undefined,
  };
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return fallback;
  try {
    const body: unknown = await response.json();
    return isProblem(body) ? body : fallback;
  } catch {
    return fallback;
  }
}

/** Calls the Linkwork API with the session cookie and CSRF token; throws ApiError on failure. */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  if (options.background || Date.now() - lastInteraction > INTERACTION_WINDOW_MS)
    headers['X-Linkwork-Background'] = '1';

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    throw new ApiError({
      title: 'Linkwork could not be reached',
      status: 0,
      detail: 'Check your connection and try again.',
    });
  }

  reportExpiry(response);
  if (!response.ok) {
    const problem = await readProblem(response);
    if (response.status === 401 && !options.expectUnauthorized) {
      const resumed = onUnauthorized(problem);
      if (resumed && RESUMABLE.has(problem.code ?? '') && (await resumed)) return apiRequest<T>(path, options);
    }
    throw new ApiError(problem);
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** Builds a query string from the filled-in values only. */
export function toQuery(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
