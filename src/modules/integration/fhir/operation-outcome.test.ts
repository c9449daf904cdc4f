import { describe, expect, it } from 'vitest';
import { AppError, fail } from '../../../platform/errors.ts';
import { fhirInvalid, fhirIssuesOf, operationOutcomeFor } from './operation-outcome.ts';

describe('OperationOutcome for errors', () => {
  it('gives each kind of failure its FHIR issue type', () => {
    const codeOf = (error: AppError) => operationOutcomeFor(error).issue[0]!.code;
    expect(codeOf(new AppError('invalid-token', 'x'))).toBe('login');
    expect(codeOf(fail.unauthenticated())).toBe('login');
    expect(codeOf(fail.forbidden())).toBe('forbidden');
    expect(codeOf(fail.notFound('Task/1'))).toBe('not-found');
    expect(codeOf(fail.conflict('x'))).toBe('conflict');
    expect(codeOf(new AppError('unsupported-media-type', 'x'))).toBe('not-supported');
    expect(codeOf(new AppError('payload-too-large', 'x'))).toBe('too-costly');
  });

  it('marks server failures fatal and says only what the error says', () => {
    const outcome = operationOutcomeFor(new AppError('internal-error', 'Something went wrong on our side.'));
    expect(outcome).toEqual({
      resourceType: 'OperationOutcome',
      issue: [{ severity: 'fatal', code: 'exception', details: { text: 'Something went wrong on our side.' } }],
    });
  });

  it('keeps FHIR issues with their element paths and fixes', () => {
    const error = fhirInvalid([
      { code: 'required', expression: 'ServiceRequest.code', message: 'No code.', fix: 'Send the code.' },
    ]);
    expect(error.status).toBe(400);
    expect(error.errors).toEqual([{ field: 'ServiceRequest.code', message: 'No code.', fix: 'Send the code.' }]);
    expect(operationOutcomeFor(error).issue).toEqual([
      {
        severity: 'error',
        code: 'required',
        details: { text: 'No code.' },
        diagnostics: 'Send the code.',
        expression: ['ServiceRequest.code'],
      },
    ]);
  });

  it('puts only FHIRPath field names in expression', () => {
    const error = fail.validation([
      { field: 'body', message: 'Not JSON', fix: 'Fix it' },
      { field: 'Bundle.entry[1].resource.code', message: 'No code', fix: 'Add it' },
    ]);
    expect(fhirIssuesOf(error)).toBeNull();
    const [body, code] = operationOutcomeFor(error).issue;
    expect(body).not.toHaveProperty('expression');
    expect(code!.expression).toEqual(['Bundle.entry[1].resource.code']);
    expect(code!.code).toBe('invalid');
  });
});
