import { useEffect, useState } from 'react';
import { trainingApi, type CaseCompetence } from '../../../api/training.ts';
import { Tag } from '../../../components/Tag.tsx';
import { formatDateTime } from '../../../lib/format.ts';

/**
 * The case's complexity flags and, when its worker's training for them was missing or lapsed,
 * the scheme manager's override: who accepted the risk, when, why, and what training was missing.
 * Shows nothing for a case without either.
 */
export function ComplexitySection({ slug, caseId }: { slug: string; caseId: string }) {
  const [data, setData] = useState<CaseCompetence | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let current = true;
    trainingApi.caseCompetence(slug, caseId).then(
      (d) => current && setData(d),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [slug, caseId]);

  if (failed) {
    return (
      <section aria-labelledby="complexity-heading">
        <h2 id="complexity-heading">Complexity and allocation</h2>
        <p>The case’s complexity and any training override could not be loaded. Reload the page to try again.</p>
      </section>
    );
  }
  if (!data || (data.flags.length === 0 && data.overrides.length === 0)) return null;
  return (
    <section aria-labelledby="complexity-heading">
      <h2 id="complexity-heading">Complexity and allocation</h2>
      <p>
        {data.flags.length
          ? data.flags.map((f) => (
              <Tag key={f.code} colour="purple">
                {f.label}
              </Tag>
            ))
          : 'No complexity flags.'}
      </p>
      {data.overrides.map((o) => (
        <div className="nhsuk-warning-callout" key={o.at}>
          <h3 className="nhsuk-warning-callout__label">
            <span role="text">
              <span className="nhsuk-u-visually-hidden">Important: </span>
              Allocated with a training override
            </span>
          </h3>
          <p>
            {o.by} allocated this case to {o.workerName} on {formatDateTime(o.at)}, accepting that their training was
            not current.
          </p>
          <dl className="nhsuk-summary-list">
            <div className="nhsuk-summary-list__row nhsuk-summary-list__row--no-actions">
              <dt className="nhsuk-summary-list__key">Training missing or lapsed</dt>
              <dd className="nhsuk-summary-list__value">{o.summary}</dd>
            </div>
            <div className="nhsuk-summary-list__row nhsuk-summary-list__row--no-actions">
              <dt className="nhsuk-summary-list__key">Reason</dt>
              <dd className="nhsuk-summary-list__value linkwork-pre-line">{o.reason}</dd>
            </div>
          </dl>
        </div>
      ))}
    </section>
  );
}
