import { useState, type FormEvent } from 'react';
import { casesApi } from '../../../api/cases.ts';
import { Button } from '../../../components/Button.tsx';
import { ResponsiveTable } from '../../../components/ResponsiveTable.tsx';
import { SummaryList, SummaryRow } from '../../../components/SummaryList.tsx';
import { Textarea } from '../../../components/form/Textarea.tsx';
import { TextInput } from '../../../components/form/TextInput.tsx';
import type { FieldError } from '../../../hooks/useFormErrors.ts';
import { formatDate, formatDateTime } from '../../../lib/format.ts';
import { InterventionTag } from '../caseLabels.tsx';
import { FormErrorSummary } from '../../../components/form/FormErrorSummary.tsx';
import { useCaseForm } from '../../../hooks/useCaseForm.ts';
import { can, SECTIONS, type SectionProps } from './sectionTypes.ts';

function readCount(text: string, field: string, what: string, errors: FieldError[]): number {
  const value = text.trim();
  if (!value) {
    errors.push({ field, text: `Enter the number of ${what}, or 0` });
    return 0;
  }
  if (!/^\d+$/.test(value)) {
    errors.push({ field, text: `The number of ${what} must be a whole number, like 4` });
    return 0;
  }
  const n = Number(value);
  if (n > 52) errors.push({ field, text: `The number of ${what} must be 52 or fewer` });
  return n;
}

function ExtendForm({ kase, slug, generation, onSaved, onReload }: SectionProps) {
  const form = useCaseForm('extend', generation);
  const [reason, setReason] = useState('');
  const [weeks, setWeeks] = useState('0');
  const [sessions, setSessions] = useState('0');

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors: FieldError[] = [];
    if (!reason.trim()) errors.push({ field: 'reason', text: 'Enter why the person needs more time' });
    else if (reason.length > 2000)
      errors.push({ field: 'reason', text: 'The reason must be 2,000 characters or fewer' });
    const extraWeeks = readCount(weeks, 'extraWeeks', 'extra weeks', errors);
    const extraSessions = readCount(sessions, 'extraSessions', 'extra sessions', errors);
    if (errors.length === 0 && extraWeeks === 0 && extraSessions === 0) {
      errors.push({ field: 'extraWeeks', text: 'Add at least 1 extra week or 1 extra session' });
    }
    if (!form.check(errors)) return;
    const view = await form.submit(() =>
      casesApi.extend(slug, kase.id, { version: kase.version, reason: reason.trim(), extraWeeks, extraSessions }),
    );
    if (!view) return;
    setReason('');
    setWeeks('0');
    setSessions('0');
    onSaved(
      view,
      `Intervention extended. It now runs up to ${view.intervention.weekLimit} weeks or ${view.intervention.sessionLimit} sessions.`,
      SECTIONS.intervention,
    );
  }

  return (
    <form method="post" onSubmit={submit} noValidate aria-labelledby="extend">
      <h3 id="extend">Extend the intervention</h3>
      <FormErrorSummary
        form={form}
        onReload={onReload}
        reloadWarning="Check their change after you reload, then extend again if it is still needed."
      />
      <p>
        Extend only when the person needs more time to reach their goals. Supervisors and the scheme manager can see the
        reason.
      </p>
      <Textarea
        name={form.name('reason')}
        label="Why does the person need more time?"
        value={reason}
        onChange={setReason}
        error={form.errorFor('reason')}
        rows={4}
      />
      <TextInput
        name={form.name('extraWeeks')}
        label="Extra weeks"
        value={weeks}
        onChange={setWeeks}
        error={form.errorFor('extraWeeks')}
        inputMode="numeric"
        widthClass="nhsuk-input--width-2"
        autoComplete="off"
      />
      <TextInput
        name={form.name('extraSessions')}
        label="Extra sessions"
        value={sessions}
        onChange={setSessions}
        error={form.errorFor('extraSessions')}
        inputMode="numeric"
        widthClass="nhsuk-input--width-2"
        autoComplete="off"
      />
      <Button disabled={form.submitting}>Extend the intervention</Button>
    </form>
  );
}

/** Where the case stands against the scheme's time limit, past extensions, and the form to extend. */
export function InterventionSection(props: SectionProps) {
  const { kase } = props;
  const i = kase.intervention;
  return (
    <section className="linkwork-case-section" aria-labelledby={SECTIONS.intervention.id}>
      <h2 id={SECTIONS.intervention.id}>{SECTIONS.intervention.title}</h2>
      <SummaryList>
        <SummaryRow label="Status">
          <InterventionTag state={i.state} />
        </SummaryRow>
        <SummaryRow label="Weeks">
          {i.state === 'not-started'
            ? `Up to ${i.weekLimit}, from first contact`
            : `Week ${i.weeksUsed + 1} of ${i.weekLimit}`}
        </SummaryRow>
        <SummaryRow label="Sessions held">{`${i.sessionsHeld} of ${i.sessionLimit}`}</SummaryRow>
        <SummaryRow label="Ends">{i.endsOn ? formatDate(i.endsOn) : 'Not started yet'}</SummaryRow>
      </SummaryList>
      <p>{i.message}</p>
      {kase.extensions.length > 0 ? (
        <ResponsiveTable
          caption="Extensions"
          captionVisible
          columns={[
            { header: 'When', cell: (e) => formatDateTime(e.at) },
            { header: 'Extra weeks', cell: (e) => e.extraWeeks, numeric: true },
            { header: 'Extra sessions', cell: (e) => e.extraSessions, numeric: true },
            { header: 'Reason', cell: (e) => <span className="linkwork-case-text">{e.reason}</span> },
            { header: 'By', cell: (e) => e.by ?? 'Not known' },
          ]}
          rows={kase.extensions}
          rowKey={(e) => `${e.at}:${e.reason}`}
        />
      ) : null}
      {can(kase, 'extend') ? <ExtendForm {...props} /> : null}
    </section>
  );
}
