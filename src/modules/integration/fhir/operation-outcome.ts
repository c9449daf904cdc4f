import { AppError, type ErrorCode } from '../../../platform/errors.ts';

/** FHIR R4 IssueType codes this server uses. */
export type IssueType =
  | 'invalid'
  | 'structure'
  | 'required'
  | 'value'
  | 'code-invalid'
  | 'not-supported'
  | 'not-found'
  | 'login'
  | 'security'
  | 'forbidden'
  | 'conflict'
  | 'duplicate'
  | 'too-costly'
  | 'throttled'
  | 'exception'
  | 'transient';

/** One problem with a FHIR request: its IssueType, the element at fault (FHIRPath) and how to fix it. */
export interface FhirIssue {
  code: IssueType;
  expression?: string;
  message: string;
  fix: string;
}

export interface OperationOutcomeIssue {
  severity: 'fatal' | 'error';
  code: IssueType;
  details: { text: string };
  diagnostics?: string;
  expression?: string[];
}

export interface OperationOutcome {
  resourceType: 'OperationOutcome';
  issue: OperationOutcomeIssue[];
}

/** The IssueType for each application error code, so every error has a FHIR meaning. */
const ISSUE_TYPE: Record<ErrorCode, IssueType> = {
  'validation-failed': 'invalid',
  'invalid-two-factor-code': 'invalid',
  'password-rules': 'invalid',
  'sign-in-incomplete': 'login',
  unauthenticated: 'login',
  'invalid-credentials': 'login',
  'session-expired': 'login',
  'invalid-token': 'login',
  forbidden: 'forbidden',
  'csrf-token-missing': 'security',
  'not-found': 'not-found',
  conflict: 'conflict',
  'edit-conflict': 'conflict',
  'illegal-transition': 'conflict',
  'payload-too-large': 'too-costly',
  'unsupported-media-type': 'not-supported',
  'account-locked': 'security',
  'too-many-attempts': 'throttled',
  'internal-error': 'exception',
  'not-ready': 'transient',
  'database-busy': 'transient',
};

const ISSUE_TYPES = new Set<string>(
  Object.values(ISSUE_TYPE).concat(['structure', 'required', 'value', 'code-invalid', 'duplicate']),
);

/**
 * A 400 validation error whose issues carry FHIR element paths. It stays an AppError (one error
 * type) so anything outside /fhir still shows it as problem+json; the issues ride in `extra`.
 */
export function fhirInvalid(issues: FhirIssue[]): AppError {
  return new AppError('validation-failed', issues.map((i) => `${i.expression ?? 'request'}: ${i.message}`).join('; '), {
    errors: issues.map((i) => ({ field: i.expression ?? 'body', message: i.message, fix: i.fix })),
    extra: { fhirIssues: issues },
  });
}

function isFhirIssue(value: unknown): value is FhirIssue {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.code === 'string' &&
    ISSUE_TYPES.has(v.code) &&
    typeof v.message === 'string' &&
    typeof v.fix === 'string' &&
    (v.expression === undefined || typeof v.expression === 'string')
  );
}

/** The FHIR issues an error carries, or null when it was not raised by the FHIR module. */
export function fhirIssuesOf(error: AppError): FhirIssue[] | null {
  const issues = error.extra?.fhirIssues;
  return Array.isArray(issues) && issues.length > 0 && issues.every(isFhirIssue) ? issues : null;
}

/** Field names from elsewhere ("body", "params.id") are not FHIRPath; only element paths go in expression. */
const looksLikeFhirPath = (field: string) => /^[A-Z][A-Za-z]+(\.|\[|$)/.test(field);

function toIssue(issue: FhirIssue, severity: OperationOutcomeIssue['severity']): OperationOutcomeIssue {
  return {
    severity,
    code: issue.code,
    details: { text: issue.message },
    ...(issue.fix ? { diagnostics: issue.fix } : {}),
    ...(issue.expression ? { expression: [issue.expression] } : {}),
  };
}

/**
 * Every error under /fhir as an OperationOutcome: the issue code says what kind of failure it
 * is, details.text what is wrong, diagnostics how to fix it, expression which element.
 */
export function operationOutcomeFor(error: AppError): OperationOutcome {
  const severity = error.status >= 500 ? 'fatal' : 'error';
  const type = ISSUE_TYPE[error.code];
  const issues: FhirIssue[] = fhirIssuesOf(error) ??
    error.errors?.map((e) => ({
      code: type,
      message: e.message,
      fix: e.fix,
      ...(looksLikeFhirPath(e.field) ? { expression: e.field } : {}),
    })) ?? [{ code: type, message: error.message, fix: '' }];
  return { resourceType: 'OperationOutcome', issue: issues.map((i) => toIssue(i, severity)) };
}
