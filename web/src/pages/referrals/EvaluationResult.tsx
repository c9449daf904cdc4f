import type { Evaluation, EvaluationReason } from '../../api/referrals.ts';
import { EvaluationTag } from './labels.tsx';

const SUMMARY: Record<Evaluation, string> = {
  in_scope: 'This referral meets the service’s criteria.',
  needs_review: 'The service will look at this referral more closely before deciding.',
  out_of_scope:
    'This referral is outside the service’s criteria. The service may decline it and suggest another pathway.',
};

/** The criteria check made at intake: the result, each reason, and any pathway to use instead. */
export function EvaluationResult({
  evaluation,
  reasons,
}: {
  evaluation: Evaluation;
  reasons: readonly EvaluationReason[];
}) {
  return (
    <section aria-labelledby="criteria-heading">
      <h2 id="criteria-heading">Criteria check</h2>
      <p>
        <EvaluationTag evaluation={evaluation} />
      </p>
      <p>{SUMMARY[evaluation] ?? ''}</p>
      {reasons.length > 0 ? (
        <ul className="nhsuk-list linkwork-reasons">
          {reasons.map((reason) => (
            <li key={`${reason.code}:${reason.message}`}>
              <EvaluationTag evaluation={reason.outcome} /> {reason.message}
              {reason.alternative ? (
                <div className="nhsuk-inset-text linkwork-alternative">
                  <span className="nhsuk-u-visually-hidden">Information: </span>
                  <p>
                    <strong>Suggested alternative:</strong> {reason.alternative}
                  </p>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
