import { Link } from 'react-router-dom';
import type { CaseView } from '../../../api/cases.ts';
import { formatDate } from '../../../lib/format.ts';
import { InterventionTag, OverdueTag } from '../caseLabels.tsx';
import { can, SECTIONS } from './sectionTypes.ts';

/** The first thing to do on this case, from the contact policy, the time limit and overdue tasks. */
export function NextStepSection({ kase }: { kase: CaseView }) {
  const { contactStep, intervention } = kase;
  const dischargeTo = `/cases/${encodeURIComponent(kase.id)}/discharge`;
  const overdueTasks = kase.tasks.filter((t) => !t.done && t.overdue).length;
  const dueBy = contactStep.dueBy ? new Date(contactStep.dueBy) : null;
  const late = dueBy !== null && dueBy.getTime() < Date.now();
  const warn = intervention.state === 'nearing' || intervention.state === 'reached';

  return (
    <section className="linkwork-case-section" aria-labelledby={SECTIONS.nextStep.id}>
      <h2 id={SECTIONS.nextStep.id}>{SECTIONS.nextStep.title}</h2>
      {kase.status === 'closed' ? (
        <p>
          This case is closed{kase.discharge ? ` (${formatDate(kase.discharge.closedAt)})` : ''}. Nothing more can be
          recorded. <a href={`#${SECTIONS.discharge.id}`}>Read how it closed</a>
        </p>
      ) : (
        <div className="nhsuk-card">
          <div className="nhsuk-card__content">
            <h3 className="nhsuk-card__heading">
              {contactStep.step === 'in-contact' ? 'Working with the person' : 'Contact'}
            </h3>
            {contactStep.step !== 'in-contact' ? (
              <p className="nhsuk-card__description">
                {late ? (
                  <>
                    <OverdueTag />{' '}
                  </>
                ) : null}
                {contactStep.message}
              </p>
            ) : null}
            <ul className="nhsuk-list">
              {(contactStep.step === 'attempt' || contactStep.step === 'letter') && can(kase, 'contact') ? (
                <li>
                  <a href="#contact-form">Record a contact attempt</a>
                </li>
              ) : null}
              {contactStep.step === 'close' && can(kase, 'close-unable-to-contact') ? (
                <li>
                  <a href={`#${SECTIONS.close.id}`}>Close as unable to contact</a>
                </li>
              ) : null}
              {contactStep.step === 'declined' && can(kase, 'discharge') ? (
                <li>
                  <Link to={dischargeTo}>Discharge the case</Link>
                </li>
              ) : null}
              {contactStep.step === 'in-contact' && can(kase, 'session') ? (
                <li>
                  <a href="#session-form">Record a session</a>
                </li>
              ) : null}
              {overdueTasks > 0 ? (
                <li>
                  <a href={`#${SECTIONS.tasks.id}`}>
                    {overdueTasks === 1 ? '1 task is overdue' : `${overdueTasks} tasks are overdue`}
                  </a>
                </li>
              ) : null}
            </ul>
          </div>
        </div>
      )}

      {kase.status !== 'closed' && warn ? (
        <div className="nhsuk-card nhsuk-card--warning">
          <div className="nhsuk-card__content">
            <h3 className="nhsuk-card__heading">
              <span className="nhsuk-u-visually-hidden">Important: </span>
              {intervention.state === 'reached' ? 'Intervention limit reached' : 'Intervention limit near'}
            </h3>
            <p className="nhsuk-card__description">{intervention.message}</p>
            <ul className="nhsuk-list">
              {can(kase, 'extend') ? (
                <li>
                  <a href="#extend">Extend the intervention</a>
                </li>
              ) : null}
              {can(kase, 'discharge') ? (
                <li>
                  <Link to={dischargeTo}>Discharge the case</Link>
                </li>
              ) : null}
            </ul>
          </div>
        </div>
      ) : null}
      {kase.status !== 'closed' && !warn ? (
        <p>
          <InterventionTag state={intervention.state} /> {intervention.message}
        </p>
      ) : null}
    </section>
  );
}
