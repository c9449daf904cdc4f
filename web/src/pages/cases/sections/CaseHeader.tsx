import { Link } from 'react-router-dom';
import type { CaseView } from '../../../api/cases.ts';
import { SummaryList, SummaryRow } from '../../../components/SummaryList.tsx';
import { formatDate, formatDateTime } from '../../../lib/format.ts';
import { CaseStatusTag, formatNhsNumber, personName } from '../caseLabels.tsx';

function speaksEnglish(language: string | null): boolean {
  return !language || /^english$/i.test(language.trim());
}

/** The needs to know before any contact: interpreter, language, accessibility. */
function ImportantNeeds({ kase }: { kase: CaseView }) {
  const p = kase.patient;
  const lines: string[] = [];
  if (p.interpreterNeeded) lines.push(`Needs an interpreter${p.preferredLanguage ? ` (${p.preferredLanguage})` : ''}.`);
  else if (!speaksEnglish(p.preferredLanguage)) lines.push(`Preferred language: ${p.preferredLanguage}.`);
  if (p.accessibilityNeeds?.trim()) lines.push(`Accessibility needs: ${p.accessibilityNeeds.trim()}`);
  if (lines.length === 0) return null;
  return (
    <div className="nhsuk-inset-text">
      <span className="nhsuk-u-visually-hidden">Information: </span>
      <h2 className="nhsuk-heading-s">Important needs</h2>
      {lines.map((line) => (
        <p key={line} className="linkwork-case-text">
          {line}
        </p>
      ))}
    </div>
  );
}

/**
 * The top of the case page: who the person is, where the case stands, and who is working it.
 * `changeDetailsTo` is the page for correcting the person's details, for those who can.
 */
export function CaseHeader({ kase, changeDetailsTo }: { kase: CaseView; changeDetailsTo?: string }) {
  const p = kase.patient;
  return (
    <>
      <span className="nhsuk-caption-l">Case</span>
      <h1>{personName(p)}</h1>
      <SummaryList>
        <SummaryRow label="NHS number">{formatNhsNumber(p.nhsNumber)}</SummaryRow>
        <SummaryRow label="Age">
          {p.age === null ? 'Not known' : `${p.age}`}
          {p.dateOfBirth ? ` (born ${formatDate(p.dateOfBirth)})` : ''}
        </SummaryRow>
        <SummaryRow label="Status">
          <CaseStatusTag status={kase.status} />
        </SummaryRow>
        <SummaryRow label="Link worker">{kase.worker.name}</SummaryRow>
        <SummaryRow label="Allocated">{formatDate(kase.allocatedAt)}</SummaryRow>
        <SummaryRow label="First contact">
          {kase.firstContactAt ? formatDateTime(kase.firstContactAt) : 'Not reached yet'}
        </SummaryRow>
      </SummaryList>
      {changeDetailsTo ? (
        <p className="linkwork-no-print">
          <Link to={changeDetailsTo}>
            Change details<span className="nhsuk-u-visually-hidden"> for {personName(p)}</span>
          </Link>
        </p>
      ) : null}
      <ImportantNeeds kase={kase} />
    </>
  );
}
