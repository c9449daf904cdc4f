import type { CrisisReason } from '../../../db/tables/crisis-referrals.ts';
import type { BundleEntry } from './fhir-bundle.ts';
import type { CodeableConcept, Task } from './fhir-resources.ts';

/** An OperationOutcome that warns without refusing: the referral was taken in. */
export interface WarningOutcome {
  resourceType: 'OperationOutcome';
  id: string;
  issue: { severity: 'warning'; code: 'business-rule'; details: CodeableConcept; diagnostics: string }[];
}

const OUTCOME_ID = 'possible-crisis';

/**
 * The warning a GP system must show instead of "sent" when a referral may describe a crisis: this
 * service cannot respond to one, and what to do now. The referral is kept and flagged for review today.
 */
export function crisisOutcome(reasons: readonly CrisisReason[]): WarningOutcome {
  const why = reasons
    .map((r) =>
      r.kind === 'exclusion'
        ? `it names "${r.label}"`
        : `its text carries risk language (${r.phrases.map((p) => `"${p}"`).join(', ')})`,
    )
    .join('; and ');
  const alternatives = reasons.flatMap((r) => (r.kind === 'exclusion' ? [` Suggested pathway: ${r.alternative}`] : []));
  return {
    resourceType: 'OperationOutcome',
    id: OUTCOME_ID,
    issue: [
      {
        severity: 'warning',
        code: 'business-rule',
        details: {
          text: 'Possible crisis: social prescribing cannot respond to a crisis. If the person is at risk now, call 999; for urgent mental health help, NHS 111 option 2. The referral has been received and flagged for the scheme to review today.',
        },
        diagnostics: `Flagged because ${why}.${alternatives.join('')}`,
      },
    ],
  };
}

/** The Task answered to a ServiceRequest, carrying the crisis warning as a contained OperationOutcome named in its output. */
export function withCrisisWarning(task: Task, reasons: readonly CrisisReason[]) {
  if (reasons.length === 0) return task;
  return {
    ...task,
    contained: [crisisOutcome(reasons)],
    output: [
      ...(task.output ?? []),
      { type: { text: 'Possible crisis: what to do now' }, valueReference: { reference: `#${OUTCOME_ID}` } },
    ],
  };
}

/** A transaction-response entry with the crisis warning as its outcome, where FHIR puts an entry's warnings. */
export function entryWithCrisisWarning(entry: BundleEntry, reasons: readonly CrisisReason[]): BundleEntry {
  if (reasons.length === 0 || !entry.response) return entry;
  const { id: _id, ...outcome } = crisisOutcome(reasons);
  return { ...entry, response: { ...entry.response, outcome } };
}
