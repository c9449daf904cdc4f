import { Link } from 'react-router-dom';
import type { RiskTaskView } from '../../api/cases.ts';
import { ResponsiveTable } from '../../components/ResponsiveTable.tsx';
import { Tag } from '../../components/Tag.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { levelText } from './riskLabels.ts';

/** Actions required by risk records, flagged above the ordinary tasks: each is resolved on its risk record. */
export function RiskTasks({ actions }: { actions: RiskTaskView[] }) {
  if (actions.length === 0) return null;
  return (
    <div className="nhsuk-warning-callout">
      <h2 className="nhsuk-warning-callout__label">
        <span role="text">
          <span className="nhsuk-u-visually-hidden">Important: </span>
          Risk actions
        </span>
      </h2>
      <ResponsiveTable
        caption="Actions required by risk records, soonest due first"
        columns={[
          {
            header: 'Action',
            cell: (a) => (
              <Link to={`/cases/${encodeURIComponent(a.caseId)}/risks/${encodeURIComponent(a.riskId)}`}>
                {a.description}
              </Link>
            ),
          },
          { header: 'Person', cell: (a) => a.patientName },
          { header: 'Risk', cell: (a) => `${levelText(a.level)}` },
          {
            header: 'Due',
            cell: (a) =>
              a.overdue ? (
                <>
                  <Tag colour="red">Overdue</Tag> {formatDateTime(a.dueAt)}
                </>
              ) : (
                formatDateTime(a.dueAt)
              ),
          },
        ]}
        rows={actions}
        rowKey={(a) => a.id}
      />
    </div>
  );
}
