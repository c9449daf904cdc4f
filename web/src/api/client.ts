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
}

let csrfToken: string | null = null;
let onUnauthorized: (problem: Problem) => void = () => undefined;

/** Keeps the CSRF token from the last sign-in or session answer in memory (never in storage). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Lets the session context decide what an unexpected 401 means (signed out, or session expired). */
export function setUnauthorizedHandler(handler: (problem: Problem) => void): void {
  onUnauthorized = handler;
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

  if (!response.ok) {
    const problem = await readProblem(response);
    if (response.status === 401 && !options.expectUnauthorized) onUnauthorized(problem);
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
