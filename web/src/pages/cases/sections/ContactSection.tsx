import { useCallback, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { casesApi, type ContactChannel, type ContactOutcome } from '../../../api/cases.ts';
import { riskApi } from '../../../api/risk.ts';
import { Button } from '../../../components/Button.tsx';
import { ResponsiveTable } from '../../../components/ResponsiveTable.tsx';
import { Radios } from '../../../components/form/Radios.tsx';
import { Textarea } from '../../../components/form/Textarea.tsx';
import type { FieldError } from '../../../hooks/useFormErrors.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { CHANNELS, OUTCOMES, textFor } from '../caseLabels.tsx';
import { DateTimeFields, nowParts, readDateTime, type DateTimeParts } from '../DateTimeFields.tsx';
import { FormErrorSummary } from '../../../components/form/FormErrorSummary.tsx';
import { useCaseForm } from '../../../hooks/useCaseForm.ts';
import {
  EMPTY_SESSION_RISK,
  readSessionRisk,
  SessionRiskFields,
  useRiskLanguage,
  type SessionRiskState,
} from '../../risk/SessionRiskFields.tsx';
import { can, SECTIONS, type SectionProps } from './sectionTypes.ts';

function ContactAttemptForm({ kase, slug, generation, onSaved }: SectionProps) {
  const form = useCaseForm('contact', generation);
  const [channel, setChannel] = useState('');
  const [outcome, setOutcome] = useState('');
  const [when, setWhen] = useState<DateTimeParts>(() => nowParts());
  const [notes, setNotes] = useState('');
  // Reaching the person is contact: its notes get the same risk-language check and risk check as a session's.
  const [risk, setRisk] = useState<SessionRiskState>(EMPTY_SESSION_RISK);
  const navigate = useNavigate();
  const reached = outcome === 'reached';
  const onMatches = useCallback(
    (matches: string[]) =>
      setRisk((r) =>
        r.matches.join('|') === matches.join('|') ? r : { ...r, matches, open: r.open || matches.length > 0 },
      ),
    [],
  );
  useRiskLanguage(slug, reached ? notes : '', onMatches);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors: FieldError[] = [];
    if (!channel) errors.push({ field: 'channel', text: 'Select how you tried to contact the person' });
    if (!outcome) errors.push({ field: 'outcome', text: 'Select what happened' });
    const moment = readDateTime(when, 'at', 'contact attempt');
    if (moment.kind === 'errors') errors.push(...moment.errors);
    if (notes.length > 2000) errors.push({ field: 'notes', text: 'Notes must be 2,000 characters or fewer' });
    // Checked again now, so a fast save cannot outrun the prompt (the server checks too).
    const matches =
      reached && notes.trim()
        ? await riskApi.language(slug, notes).then(
            (r) => r.matches,
            () => risk.matches,
          )
        : [];
    const riskState = { ...risk, matches, open: risk.open || matches.length > 0 };
    if (matches.join('|') !== risk.matches.join('|')) setRisk(riskState);
    const riskPart = reached ? readSessionRisk(riskState, false) : null;
    errors.push(...(riskPart?.errors ?? []));
    if (!form.check(errors) || moment.kind !== 'ok') return;
    const view = await form.submit(() =>
      casesApi.recordContactAttempt(slug, kase.id, {
        at: moment.iso,
        channel: channel as ContactChannel,
        outcome: outcome as ContactOutcome,
        notes: notes.trim(),
        ...(riskPart?.riskCheck ? { riskCheck: riskPart.riskCheck } : {}),
        ...(riskPart?.riskLanguageAcknowledged ? { riskLanguageAcknowledged: true } : {}),
      }),
    );
    if (!view) return;
    const level = riskPart?.riskCheck?.level;
    const newRisk = view.activeRisks[0];
    if ((level === 'high' || level === 'immediate') && newRisk) {
      // What to do now, and what happens next, on the risk record itself: impossible to miss.
      navigate(`/cases/${encodeURIComponent(kase.id)}/risks/${encodeURIComponent(newRisk.id)}`, {
        state: { justRecorded: true },
      });
      return;
    }
    const message =
      view.status === 'active' && kase.status === 'contacting'
        ? 'Contact attempt recorded. The person has been reached, so the case is now active.'
        : 'Contact attempt recorded';
    setChannel('');
    setOutcome('');
    setWhen(nowParts());
    setNotes('');
    setRisk(EMPTY_SESSION_RISK);
    onSaved(
      view,
      level && level !== 'none' && level !== 'low' ? `${message} An active ${level} risk was recorded.` : message,
      SECTIONS.contact,
    );
  }

  return (
    <form method="post" onSubmit={submit} noValidate aria-labelledby="contact-form">
      <h3 id="contact-form">Record a contact attempt</h3>
      <FormErrorSummary form={form} />
      <Radios
        name={form.name('channel')}
        legend="How did you try to contact the person?"
        value={channel}
        options={[...CHANNELS]}
        onChange={setChannel}
        error={form.errorFor('channel')}
        hint="After the set number of attempts, send a letter and record it here as a letter."
      />
      <Radios
        name={form.name('outcome')}
        legend="What happened?"
        value={outcome}
        options={OUTCOMES.map((o) => ({ ...o }))}
        onChange={setOutcome}
        error={form.errorFor('outcome')}
      />
      <DateTimeFields
        name={form.name('at')}
        legend="Date of the attempt"
        timeLabel="Time of the attempt"
        value={when}
        onChange={setWhen}
        dateError={form.errorFor('at')}
        timeError={form.errorFor('atTime')}
      />
      <Textarea
        name={form.name('notes')}
        label="Notes (optional)"
        hint="For example, the number you called or what you said in the message."
        value={notes}
        onChange={setNotes}
        error={form.errorFor('notes')}
        rows={3}
      />
      {reached ? (
        <SessionRiskFields
          value={risk}
          onChange={setRisk}
          name={form.name}
          errorFor={form.errorFor}
          askConcern={false}
          record="contact"
        />
      ) : null}
      <Button disabled={form.submitting}>Record contact attempt</Button>
    </form>
  );
}

/** Every attempt to reach the person, and the form to log the next one. */
export function ContactSection(props: SectionProps) {
  const { kase } = props;
  const attempts = kase.contactAttempts;
  return (
    <section className="linkwork-case-section" aria-labelledby={SECTIONS.contact.id}>
      <h2 id={SECTIONS.contact.id}>{SECTIONS.contact.title}</h2>
      {attempts.length === 0 ? (
        <p>No contact attempts have been recorded yet.</p>
      ) : (
        <ResponsiveTable
          caption="Contact attempts, oldest first"
          columns={[
            { header: 'When', cell: (a) => formatDateTime(a.at) },
            { header: 'How', cell: (a) => textFor(CHANNELS, a.channel) },
            { header: 'Outcome', cell: (a) => textFor(OUTCOMES, a.outcome) },
            { header: 'Notes', cell: (a) => <span className="linkwork-case-text">{a.notes || 'None'}</span> },
            { header: 'By', cell: (a) => a.by ?? 'Not known' },
          ]}
          rows={attempts}
          rowKey={(a) => a.id}
        />
      )}
      {can(kase, 'contact') ? (
        kase.status === 'contacting' ? (
          <ContactAttemptForm {...props} />
        ) : (
          <details className="nhsuk-details linkwork-no-print">
            <summary className="nhsuk-details__summary">
              <span className="nhsuk-details__summary-text">Record another contact attempt</span>
            </summary>
            <div className="nhsuk-details__text">
              <ContactAttemptForm {...props} />
            </div>
          </details>
        )
      ) : null}
    </section>
  );
}
