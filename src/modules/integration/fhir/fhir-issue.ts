import type { FhirIssue } from './operation-outcome.ts';

export const issue = (code: FhirIssue['code'], expression: string, message: string, fix: string): FhirIssue => ({
  code,
  expression,
  message,
  fix,
});
