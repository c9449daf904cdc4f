import type { WorkerSuggestion } from '../../api/referrals.ts';
import { Tag, type TagColour } from '../../components/Tag.tsx';
import { formatDate } from '../../lib/format.ts';

/** What allocation knows about the person being allocated. */
export interface AllocationNeed {
  language: string | null;
  interpreterNeeded: boolean;
  /** Labels of the case's complexity flags (none: training is not checked). */
  complexity?: string[];
}

interface Check {
  name: string;
  result: string;
  colour: TagColour;
  detail: string;
}

function needsLanguage(language: string | null): language is string {
  return Boolean(language && language.trim() && language.trim().toLowerCase() !== 'english');
}

function languageCheck(worker: WorkerSuggestion, need: AllocationNeed): Check {
  if (!needsLanguage(need.language)) {
    return {
      name: 'Language',
      result: 'No language need',
      colour: 'grey',
      detail: 'The person has not asked for a language other than English.',
    };
  }
  if (worker.languageMatch) {
    return { name: 'Language', result: 'Match', colour: 'green', detail: `${worker.name} speaks ${need.language}.` };
  }
  return {
    name: 'Language',
    result: 'No match',
    colour: 'yellow',
    detail: `${worker.name} does not speak ${need.language}${need.interpreterNeeded ? '. Book an interpreter for every contact' : '. You may need an interpreter'}.`,
  };
}

function capacityCheck(worker: WorkerSuggestion): Check {
  const c = worker.capacity;
  if (c.overCap) {
    return {
      name: 'Safe caseload',
      result: 'Over cap',
      colour: 'red',
      detail: `${c.openCases} open cases against a safe caseload of ${c.cap}; ${c.allocatedThisYear} of ${c.annualCap} people this year.`,
    };
  }
  return {
    name: 'Safe caseload',
    result: 'Within cap',
    colour: 'green',
    detail: `${c.openCases} of ${c.cap} open cases, ${c.spare} spare ${c.spare === 1 ? 'place' : 'places'}; ${c.allocatedThisYear} of ${c.annualCap} people this year.`,
  };
}

/** Training for the case's complexity: missing or lapsed training rules the worker out unless a scheme manager overrides. */
function trainingCheck(worker: WorkerSuggestion, need: AllocationNeed): Check | null {
  if (!need.complexity?.length) return null;
  if (!worker.blocked) {
    return {
      name: 'Training for complexity',
      result: 'Trained',
      colour: 'green',
      detail: `${worker.name}’s training is current for: ${need.complexity.join(', ').toLowerCase()}.`,
    };
  }
  const gaps = worker.trainingGaps.map(
    (g) =>
      `${g.course} ${g.state === 'expired' && g.expiresOn ? `lapsed on ${formatDate(g.expiresOn)}` : 'not recorded'}`,
  );
  return {
    name: 'Training for complexity',
    result: 'Not trained',
    colour: 'red',
    detail: `${gaps.join('; ')}. Only a scheme manager can allocate, with an override and a reason.`,
  };
}

function acceptingCheck(worker: WorkerSuggestion): Check {
  return worker.acceptingCases
    ? { name: 'Taking new cases', result: 'Yes', colour: 'green', detail: `${worker.name} is taking new cases.` }
    : {
        name: 'Taking new cases',
        result: 'No',
        colour: 'orange',
        detail: `${worker.name} has asked not to be given new cases at the moment.`,
      };
}

/**
 * The checks made before allocating a person to a worker, each with its result in words.
 * Training for the case's complexity (when it has flags), language, safe caseload and whether
 * the worker is taking cases.
 */
export function allocationChecks(worker: WorkerSuggestion, need: AllocationNeed): Check[] {
  const training = trainingCheck(worker, need);
  return [...(training ? [training] : []), languageCheck(worker, need), capacityCheck(worker), acceptingCheck(worker)];
}

/** The allocation checks for one worker, as a summary list with a tag per result. */
export function AllocationChecks({ worker, need }: { worker: WorkerSuggestion; need: AllocationNeed }) {
  const checks = allocationChecks(worker, need);
  return (
    <section aria-labelledby="allocation-checks-heading" className="linkwork-allocation-checks">
      <h2 className="nhsuk-heading-m" id="allocation-checks-heading">
        Checks for {worker.name}
      </h2>
      <dl className="nhsuk-summary-list">
        {checks.map((check) => (
          <div className="nhsuk-summary-list__row nhsuk-summary-list__row--no-actions" key={check.name}>
            <dt className="nhsuk-summary-list__key">{check.name}</dt>
            <dd className="nhsuk-summary-list__value">
              <Tag colour={check.colour}>{check.result}</Tag>
              <span className="linkwork-line">{check.detail}</span>
            </dd>
          </div>
        ))}
      </dl>
      {worker.reasons.length > 0 ? (
        <>
          <h3 className="nhsuk-heading-s">Why {worker.name} is ranked here</h3>
          <ul className="nhsuk-list nhsuk-list--bullet">
            {worker.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
