import { Link } from 'react-router-dom';
import type { CaseView } from '../../api/cases.ts';
import { RiskTag } from '../../components/RiskTag.tsx';
import { Tag } from '../../components/Tag.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { levelText } from './riskLabels.ts';

const RANK = { none: 0, low: 1, medium: 2, high: 3, immediate: 4 } as const;

/**
 * At the top of the case for everyone who can see it, above everything else: each active risk,
 * highest level first, with its level as a tag, when it was recorded, what is still outstanding
 * (each open action, its deadline and who holds it) and a link to act on it.
 */
export function ActiveRiskBanner({ kase }: { kase: CaseView }) {
  if (kase.activeRisks.length === 0) return null;
  const risks = [...kase.activeRisks].sort((a, b) => RANK[b.level] - RANK[a.level] || b.since.localeCompare(a.since));
  return (
    <div className="nhsuk-warning-callout linkwork-active-risk" role="region" aria-labelledby="active-risk-heading">
      <h2 className="nhsuk-warning-callout__label" id="active-risk-heading">
        <span role="text">
          <span className="nhsuk-u-visually-hidden">Important: </span>
          {kase.activeRisks.length === 1 ? 'Active risk' : `${kase.activeRisks.length} active risks`}
        </span>
      </h2>
      <ul className="nhsuk-list">
        {risks.map((r) => (
          <li key={r.id}>
            <p className="nhsuk-u-margin-bottom-2">
              <RiskTag level={r.level} />{' '}
              <Link to={`/cases/${encodeURIComponent(kase.id)}/risks/${encodeURIComponent(r.id)}`}>
                {levelText(r.level)} risk since {formatDateTime(r.since)}
              </Link>
            </p>
            {r.outstanding.length > 0 ? (
              <>
                <p className="nhsuk-body-s nhsuk-u-margin-bottom-1">Outstanding:</p>
                <ul className="nhsuk-list nhsuk-list--bullet nhsuk-body-s">
                  {r.outstanding.map((a) => (
                    <li key={a.id}>
                      {a.description} – due {formatDateTime(a.dueAt)} ({a.assignee})
                      {a.overdue ? (
                        <>
                          {' '}
                          <Tag colour="red">Overdue</Tag>
                        </>
                      ) : null}
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p className="nhsuk-body-s">
                No actions are outstanding: the risk can be reviewed and closed on its record.
              </p>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Safeguarding records on the case: links to those the viewer may open, and a count of restricted ones. */
export function SafeguardingSummary({ kase, canRaise }: { kase: CaseView; canRaise: boolean }) {
  const { visible, restricted } = kase.safeguarding;
  if (visible.length === 0 && restricted === 0 && !canRaise) return null;
  return (
    <section className="linkwork-case-section" aria-labelledby="safeguarding">
      <h2 id="safeguarding">Safeguarding</h2>
      {visible.length === 0 && restricted === 0 ? <p>No safeguarding concerns have been raised.</p> : null}
      {visible.length > 0 ? (
        <ul className="nhsuk-list nhsuk-list--bullet">
          {visible.map((c) => (
            <li key={c.id}>
              <Link to={`/cases/${encodeURIComponent(kase.id)}/safeguarding/${encodeURIComponent(c.id)}`}>
                {c.subject === 'adult' ? 'Adult' : 'Child'} safeguarding concern raised {formatDateTime(c.raisedAt)}
              </Link>{' '}
              ({c.status})
            </li>
          ))}
        </ul>
      ) : null}
      {restricted > 0 ? (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>
            {restricted === 1
              ? 'There is a restricted safeguarding record'
              : `There are ${restricted} restricted safeguarding records`}{' '}
            on this case. Only the person who raised it, their supervisor, the safeguarding lead and the scheme manager
            can open it.
          </p>
        </div>
      ) : null}
      {canRaise ? (
        <p>
          <Link to={`/cases/${encodeURIComponent(kase.id)}/safeguarding/new`}>Raise a safeguarding concern</Link>
        </p>
      ) : null}
    </section>
  );
}
