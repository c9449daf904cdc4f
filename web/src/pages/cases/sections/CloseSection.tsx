import type { FormEvent } from 'react';
import type { CaseView } from '../../../api/cases.ts';
import { casesApi } from '../../../api/cases.ts';
import { Button } from '../../../components/Button.tsx';
import { ButtonLink } from '../../../components/ButtonLink.tsx';
import { SummaryList, SummaryRow } from '../../../components/SummaryList.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { FormErrorSummary } from '../../../components/form/FormErrorSummary.tsx';
import { useCaseForm } from '../../../hooks/useCaseForm.ts';
import { can, SECTIONS, type SectionProps } from './sectionTypes.ts';

function UnableToContactForm({ kase, slug, generation, onSaved, onReload }: SectionProps) {
  const form = useCaseForm('close', generation);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const view = await form.submit(() => casesApi.closeUnableToContact(slug, kase.id, kase.version));
    if (view)
      onSaved(
        view,
        'Case closed as unable to contact. A message back has been sent to the GP and the referrer.',
        SECTIONS.messagesBack,
      );
  }

  return (
    <form method="post" onSubmit={submit} noValidate aria-labelledby="close-unable-form">
      <h3 id="close-unable-form">Close as unable to contact</h3>
      <FormErrorSummary form={form} onReload={onReload} />
      <p>{kase.contactStep.message}</p>
      <p>
        A message back will be sent to the GP and the referrer to say that the person could not be contacted. The case
        cannot be reopened: a new referral would be needed.
      </p>
      <Button variant="warning" disabled={form.submitting}>
        Close as unable to contact
      </Button>
    </form>
  );
}

/** How an open case ends: as unable to contact (only when the contact policy allows) or by discharge. */
export function CloseSection(props: SectionProps) {
  const { kase } = props;
  const dischargeTo = `/cases/${encodeURIComponent(kase.id)}/discharge`;
  return (
    <section className="linkwork-case-section" aria-labelledby={SECTIONS.close.id}>
      <h2 id={SECTIONS.close.id}>{SECTIONS.close.title}</h2>
      {kase.status === 'contacting' ? (
        <p>
          The scheme’s contact policy is to make the set number of contact attempts, spread over time and by different
          channels, then send a letter and wait for an answer. Only then can the case be closed as unable to contact.
        </p>
      ) : null}
      {can(kase, 'close-unable-to-contact') ? (
        <UnableToContactForm {...props} />
      ) : kase.status === 'contacting' ? (
        <p>You cannot close the case as unable to contact yet. {kase.contactStep.message}</p>
      ) : null}
      {can(kase, 'discharge') ? (
        <>
          <h3>Discharge</h3>
          <p>
            Discharge when your work together is finished, the person chooses to stop, or the intervention limit is
            reached. You will give the reason and a summary, and a message back will be sent to the GP and the referrer.
          </p>
          <ButtonLink to={dischargeTo} variant="secondary">
            Discharge
          </ButtonLink>
        </>
      ) : null}
    </section>
  );
}

function reasonText(code: string, label: string): string {
  if (label && label !== code) return label;
  if (code === 'unable-to-contact') return 'Unable to contact';
  return code.replace(/[-_]/g, ' ');
}

/** How a closed case ended. */
export function DischargeSection({ kase }: { kase: CaseView }) {
  const d = kase.discharge;
  return (
    <section className="linkwork-case-section" aria-labelledby={SECTIONS.discharge.id}>
      <h2 id={SECTIONS.discharge.id}>{SECTIONS.discharge.title}</h2>
      {d ? (
        <SummaryList>
          <SummaryRow label="Closed">{formatDateTime(d.closedAt)}</SummaryRow>
          <SummaryRow label="Reason">{reasonText(d.reason, d.reasonLabel)}</SummaryRow>
          <SummaryRow label="Summary">
            {d.summary ? <span className="linkwork-case-text">{d.summary}</span> : null}
          </SummaryRow>
          <SummaryRow label="What was arranged">
            {d.arranged ? <span className="linkwork-case-text">{d.arranged}</span> : 'Nothing recorded'}
          </SummaryRow>
        </SummaryList>
      ) : (
        <p>This case is closed.</p>
      )}
    </section>
  );
}
