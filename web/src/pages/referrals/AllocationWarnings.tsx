/** The warnings shown when the chosen link worker needs an override: training not current, or over their safe caseload. */
import type { WorkerSuggestion } from '../../api/referrals.ts';
import { Checkbox } from '../../components/form/Checkboxes.tsx';
import { Textarea } from '../../components/form/Textarea.tsx';
import type { AllocationNeed } from './AllocationChecks.tsx';

/** Training not current: a scheme manager may allocate anyway with a reason and a confirmation; others cannot. */
export function TrainingOverrideWarning({
  worker,
  need,
  canOverride,
  reason,
  onReasonChange,
  confirmed,
  onConfirmedChange,
  errorFor,
}: {
  worker: WorkerSuggestion;
  need: AllocationNeed;
  canOverride: boolean;
  reason: string;
  onReasonChange: (value: string) => void;
  confirmed: boolean;
  onConfirmedChange: (value: boolean) => void;
  errorFor: (field: string) => string | undefined;
}) {
  return (
    <div className="nhsuk-warning-callout">
      <h3 className="nhsuk-warning-callout__label">
        <span role="text">
          <span className="nhsuk-u-visually-hidden">Important: </span>
          {worker.name}’s training for this case is not current
        </span>
      </h3>
      <p>
        This referral is flagged for {need.complexity?.join(', ').toLowerCase()}.{' '}
        {worker.trainingGaps
          .map((g) => `${g.course} is ${g.state === 'expired' ? 'lapsed' : 'not recorded'}`)
          .join('; ')}
        .
      </p>
      {canOverride ? (
        <>
          <p>
            You can allocate anyway only by recording an override: your name, the time and your reason are kept, shown
            on the case and in the audit log.
          </p>
          <Textarea
            name="override.reason"
            label="Why are you allocating to this link worker anyway?"
            hint="For example: the only worker who speaks the person’s language; refresher booked for 3 March; weekly supervision meanwhile"
            value={reason}
            onChange={onReasonChange}
            rows={4}
            error={errorFor('override.reason')}
          />
          <Checkbox
            name="overrideConfirmed"
            label="I accept the risk of allocating to someone whose training is not current"
            checked={confirmed}
            onChange={onConfirmedChange}
            error={errorFor('overrideConfirmed')}
          />
        </>
      ) : (
        <p>
          You cannot allocate this case to {worker.name}. Choose another link worker, or ask a scheme manager: only they
          can allocate with an override.
        </p>
      )}
    </div>
  );
}

/** Over their safe caseload: allocating is still possible, but only once confirmed on purpose. */
export function OverCapWarning({
  worker,
  confirmed,
  onConfirmedChange,
  error,
}: {
  worker: WorkerSuggestion;
  confirmed: boolean;
  onConfirmedChange: (value: boolean) => void;
  error?: string;
}) {
  return (
    <div className="nhsuk-warning-callout">
      <h3 className="nhsuk-warning-callout__label">
        <span role="text">
          <span className="nhsuk-u-visually-hidden">Important: </span>
          {worker.name} is over their safe caseload
        </span>
      </h3>
      <p>
        A caseload over the safe limit puts the link worker and the people they support at risk. You can still allocate,
        for example when no one else speaks the person’s language, but only on purpose: confirm below. Talk to the
        scheme manager about the caseload.
      </p>
      <Checkbox
        name="overCapConfirmed"
        label="I know this worker is over their safe caseload"
        checked={confirmed}
        onChange={onConfirmedChange}
        error={error}
      />
    </div>
  );
}
