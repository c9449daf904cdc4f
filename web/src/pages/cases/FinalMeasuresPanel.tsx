import { Link } from 'react-router-dom';
import type { CaseView } from '../../api/cases.ts';
import { Tag } from '../../components/Tag.tsx';
import { changeText, dischargeRecord, recordOutcomePath, shortNameOf } from './outcomeWords.ts';

/**
 * Before discharge: each measure the scheme asks, whether it has been asked at discharge (completed or declined),
 * and a link to record it now, because the message back to the GP carries the change since the baseline.
 */
export function FinalMeasuresPanel({ kase }: { kase: CaseView }) {
  const asked = kase.outcomes.measures.filter((m) => m.asked || m.records.length > 0);
  if (asked.length === 0) return null;
  return (
    <div className="nhsuk-card">
      <div className="nhsuk-card__content">
        <h2 className="nhsuk-card__heading">Final measures</h2>
        <p className="nhsuk-card__description">
          Ask each measure again before you discharge. The message back to the GP and the referrer will give the change
          since the baseline, or that the person declined.
        </p>
        <ul className="nhsuk-list">
          {asked.map((measure) => {
            const name = shortNameOf(measure);
            const record = dischargeRecord(measure);
            const toDischarge = measure.change.filter((c) => c.latestTimepoint === 'discharge');
            return (
              <li key={measure.key}>
                <strong>{measure.name}</strong>{' '}
                {record?.status === 'completed' ? (
                  <Tag colour="green">Recorded at discharge</Tag>
                ) : record?.status === 'declined' ? (
                  <Tag colour="grey">Declined at discharge</Tag>
                ) : (
                  <Tag colour="orange">Not yet asked at discharge</Tag>
                )}
                {toDischarge.length > 0 ? (
                  <ul className="nhsuk-body-s nhsuk-u-margin-top-2">
                    {toDischarge.map((change) => (
                      <li key={change.scoreKey}>{changeText(change)}</li>
                    ))}
                  </ul>
                ) : null}
                {record?.status === 'declined' ? (
                  <p className="nhsuk-body-s nhsuk-u-margin-top-2">Reason: {record.declinedReason}</p>
                ) : null}
                {!record ? (
                  <p className="nhsuk-u-margin-top-2">
                    <Link to={recordOutcomePath(kase.id, measure.key, 'discharge')}>Record {name} at discharge</Link>
                  </p>
                ) : null}
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}
