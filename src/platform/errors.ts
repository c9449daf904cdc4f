/** One problem with one field of a request: which field, what is wrong, how to fix it. */
export interface FieldError {
  field: string;
  message: string;
  fix: string;
}

/** Stable error codes and the HTTP status each one maps to. */
export const ERROR_STATUS = {
  'validation-failed': 400,
  'invalid-two-factor-code': 400,
  'password-rules': 400,
  'sign-in-incomplete': 401,
  unauthenticated: 401,
  'invalid-credentials': 401,
  'session-expired': 401,
  'invalid-token': 401,
  forbidden: 403,
  'csrf-token-missing': 403,
  'not-found': 404,
  conflict: 409,
  'edit-conflict': 409,
  'illegal-transition': 409,
  'payload-too-large': 413,
  'unsupported-media-type': 415,
  'account-locked': 423,
  'too-many-attempts': 429,
  'internal-error': 500,
  'not-ready': 503,
  'database-busy': 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

const TITLES: Record<ErrorCode, string> = {
  'validation-failed': 'The request has errors',
  'invalid-two-factor-code': 'The security code is not right',
  'password-rules': 'The new password does not meet the rules',
  'sign-in-incomplete': 'Finish signing in',
  unauthenticated: 'Sign in required',
  'invalid-credentials': 'Email address or password is not right',
  'session-expired': 'Your session has ended',
  'invalid-token': 'The API token is not valid',
  forbidden: 'You do not have access',
  'csrf-token-missing': 'The request could not be verified',
  'not-found': 'Not found',
  conflict: 'That conflicts with an existing record',
  'edit-conflict': 'Someone else changed this record',
  'illegal-transition': 'That change is not allowed now',
  'payload-too-large': 'The request is too large',
  'unsupported-media-type': 'The request body must be JSON',
  'account-locked': 'The account is locked',
  'too-many-attempts': 'Too many attempts',
  'internal-error': 'Something went wrong',
  'not-ready': 'The service is not ready',
  'database-busy': 'The service is busy',
};

/** The single application error: a stable code, a human detail, optional field errors. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly title: string;
  readonly errors: FieldError[] | undefined;
  readonly extra: Record<string, unknown> | undefined;

  constructor(
    code: ErrorCode,
    detail: string,
    options: { errors?: FieldError[]; extra?: Record<string, unknown> } = {},
  ) {
    super(detail);
    this.name = 'AppError';
    this.code = code;
    this.status = ERROR_STATUS[code];
    this.title = TITLES[code];
    this.errors = options.errors;
    this.extra = options.extra;
  }
}

/** Error factories: each use case throws these rather than building AppError by hand. */
export const fail = {
  validation: (errors: FieldError[]) =>
    new AppError('validation-failed', errors.map((e) => `${e.field}: ${e.message}`).join('; '), { errors }),
  field: (field: string, message: string, fix: string) => fail.validation([{ field, message, fix }]),
  unauthenticated: (detail = 'Sign in to continue.') => new AppError('unauthenticated', detail),
  forbidden: (detail = 'Your role does not allow this.') => new AppError('forbidden', detail),
  notFound: (what: string) => new AppError('not-found', `${what} was not found.`),
  conflict: (detail: string, errors?: FieldError[]) => new AppError('conflict', detail, errors ? { errors } : {}),
  /** Optimistic locking: someone else saved the record after this person opened it. Says when, and what to do. */
  editConflict: (what: string, current: { updated_at: Date; version: number }) =>
    new AppError(
      'edit-conflict',
      `Someone else changed this ${what} at ${current.updated_at.toISOString().slice(0, 16).replace('T', ' ')} (UTC) after you opened it. Reload to see their change, then make yours again.`,
      { extra: { currentVersion: current.version } },
    ),
};
