import { useCallback, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { riskApi } from '../../../api/risk.ts';
import { casesApi, type Attendance, type SessionMode } from '../../../api/cases.ts';
import { Button } from '../../../components/Button.tsx';
import { Radios } from '../../../components/form/Radios.tsx';
import { ResponsiveTable } from '../../../components/ResponsiveTable.tsx';
import { Textarea } from '../../../components/form/Textarea.tsx';
import { TextInput } from '../../../components/form/TextInput.tsx';
import type { FieldError } from '../../../hooks/useFormErrors.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { ATTENDANCE, AttendanceTag, MODES, textFor } from '../caseLabels.tsx';
import { DateTimeFields, readDateTime, todayParts, type DateTimeParts } from '../DateTimeFields.tsx';
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

function minutes(n: number): string {
  return n === 1 ? '1 minute' : `${n} minutes`;
}

function SessionForm({ kase, slug, generation, onSaved }: SectionProps) {
  const form = useCaseForm('session', generation);
  const [when, setWhen] = useState<DateTimeParts>(() => todayParts());
  const [duration, setDuration] = useState('');
  const [mode, setMode] = useState('');
  const [place, setPlace] = useState('');
  const [attendance, setAttendance] = useState('');
  const [notes, setNotes] = useState('');
  const [risk, setRisk] = useState<SessionRiskState>(EMPTY_SESSION_RISK);
  const navigate = useNavigate();
  const onMatches = useCallback(
    (matches: string[]) =>
      setRisk((r) =>
        r.matches.join('|') === matches.join('|') ? r : { ...r, matches, open: r.open || matches.length > 0 },
      ),
    [],
  );
  useRiskLanguage(slug, notes, onMatches);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors: FieldError[] = [];
    const moment = readDateTime(when, 'startsAt', 'session');
    if (moment.kind === 'errors') errors.push(...moment.errors);
    const durationText = duration.trim();
    const durationMinutes = Number(durationText);
    if (!durationText) errors.push({ field: 'durationMinutes', text: 'Enter how long the session lasted, in minutes' });
    else if (!/^\d+$/.test(durationText))
      errors.push({
        field: 'durationMinutes',
        text: 'How long the session lasted must be a whole number of minutes, like 45',
      });
    else if (durationMinutes > 600)
      errors.push({ field: 'durationMinutes', text: 'How long the session lasted must be 600 minutes or fewer' });
    else if (attendance === 'attended' && durationMinutes === 0)
      errors.push({ field: 'durationMinutes', text: 'An attended session must last more than 0 minutes' });
    if (!mode) errors.push({ field: 'mode', text: 'Select the type of session' });
    if (mode === 'home_visit' && !place.trim())
      errors.push({ field: 'place', text: 'Enter where the home visit took place' });
    else if (place.length > 200) errors.push({ field: 'place', text: 'The place must be 200 characters or fewer' });
    if (!attendance) errors.push({ field: 'attendance', text: 'Select whether the person attended' });
    if (notes.length > 10000) errors.push({ field: 'notes', text: 'Notes must be 10,000 characters or fewer' });
    // Risk language is checked again now, so a fast save cannot outrun the prompt (the server checks too).
    const matches = notes.trim()
      ? await riskApi.language(slug, notes).then(
          (r) => r.matches,
          () => risk.matches,
        )
      : [];
    const riskState = { ...risk, matches, open: risk.open || matches.length > 0 };
    if (matches.join('|') !== risk.matches.join('|')) setRisk(riskState);
    const riskPart = readSessionRisk(riskState, attendance === 'attended');
    errors.push(...riskPart.errors);
    if (!form.check(errors) || moment.kind !== 'ok') return;
    const { errors: _riskErrors, ...riskBody } = riskPart;
    const view = await form.submit(() =>
      casesApi.recordSession(slug, kase.id, {
        startsAt: moment.iso,
        durationMinutes,
        mode: mode as SessionMode,
        place: place.trim(),
        attendance: attendance as Attendance,
        notes: notes.trim(),
        ...riskBody,
      }),
    );
    if (!view) return;
    const level = riskBody.riskCheck?.level;
    const newRisk = view.activeRisks[0];
    if ((level === 'high' || level === 'immediate') && newRisk) {
      // What to do now, and what happens next, on the risk record itself: impossible to miss.
      navigate(`/cases/${encodeURIComponent(kase.id)}/risks/${encodeURIComponent(newRisk.id)}`, {
        state: { justRecorded: true },
      });
      return;
    }
    const message =
      attendance === 'did_not_attend'
        ? 'Session recorded as did not attend'
        : attendance === 'cancelled'
          ? 'Cancelled session recorded'
          : 'Session recorded';
    setWhen(todayParts());
    setDuration('');
    setMode('');
    setPlace('');
    setAttendance('');
    setNotes('');
    setRisk(EMPTY_SESSION_RISK);
    onSaved(
      view,
      level && level !== 'none' && level !== 'low' ? `${message}, with an active ${level} risk` : message,
      SECTIONS.sessions,
    );
  }

  return (
    <form method="post" onSubmit={submit} noValidate aria-labelledby="session-form">
      <h3 id="session-form">Record a session</h3>
      <FormErrorSummary form={form} />
      <DateTimeFields
        name={form.name('startsAt')}
        legend="Date of the session"
        timeLabel="Start time"
        value={when}
        onChange={setWhen}
        dateError={form.errorFor('startsAt')}
        timeError={form.errorFor('startsAtTime')}
      />
      <TextInput
        name={form.name('durationMinutes')}
        label="How long did it last, in minutes?"
        hint="Enter 0 if the person did not attend or the session was cancelled."
        value={duration}
        onChange={setDuration}
        error={form.errorFor('durationMinutes')}
        inputMode="numeric"
        widthClass="nhsuk-input--width-3"
        autoComplete="off"
      />
      <Radios
        name={form.name('mode')}
        legend="Type of session"
        value={mode}
        options={[...MODES]}
        onChange={setMode}
        error={form.errorFor('mode')}
      />
      <TextInput
        name={form.name('place')}
        label="Place"
        hint="Required for a home visit. For example, the surgery, a library or the person’s address."
        value={place}
        onChange={setPlace}
        error={form.errorFor('place')}
      />
      <Radios
        name={form.name('attendance')}
        legend="Did the person attend?"
        value={attendance}
        options={[...ATTENDANCE]}
        onChange={setAttendance}
        error={form.errorFor('attendance')}
      />
      <Textarea
        name={form.name('notes')}
        label="Notes (optional)"
        hint="What you talked about and agreed. The person may ask to see these notes."
        value={notes}
        onChange={setNotes}
        error={form.errorFor('notes')}
        rows={6}
      />
      <SessionRiskFields
        value={risk}
        onChange={setRisk}
        name={form.name}
        errorFor={form.errorFor}
        askConcern={attendance === 'attended'}
      />
      <Button disabled={form.submitting}>Record session</Button>
    </form>
  );
}

/** Sessions held with the person (and missed ones), and the form to record one. */
export function SessionsSection(props: SectionProps) {
  const { kase } = props;
  const held = kase.sessions.filter((s) => s.attendance === 'attended').length;
  const missed = kase.sessions.filter((s) => s.attendance === 'did_not_attend').length;
  return (
    <section className="linkwork-case-section" aria-labelledby={SECTIONS.sessions.id}>
      <h2 id={SECTIONS.sessions.id}>{SECTIONS.sessions.title}</h2>
      {kase.sessions.length === 0 ? (
        <p>No sessions have been recorded yet.</p>
      ) : (
        <>
          <p>
            {held === 1 ? '1 session held' : `${held} sessions held`}
            {missed > 0 ? `; the person did not attend ${missed === 1 ? '1 session' : `${missed} sessions`}` : ''}.
          </p>
          <ResponsiveTable
            caption="Sessions, oldest first"
            columns={[
              { header: 'Date and time', cell: (s) => formatDateTime(s.startsAt) },
              { header: 'Type', cell: (s) => textFor(MODES, s.mode) },
              { header: 'Place', cell: (s) => s.place || 'Not given' },
              { header: 'Duration', cell: (s) => minutes(s.durationMinutes) },
              { header: 'Attendance', cell: (s) => <AttendanceTag attendance={s.attendance} /> },
              { header: 'Notes', cell: (s) => <span className="linkwork-case-text">{s.notes || 'None'}</span> },
              {
                header: 'Concern about risk',
                cell: (s) => (s.riskConcern === 'yes' ? 'Yes' : s.riskConcern === 'no' ? 'No' : 'Not asked'),
              },
              { header: 'By', cell: (s) => s.by ?? 'Not known' },
            ]}
            rows={kase.sessions}
            rowKey={(s) => s.id}
          />
        </>
      )}
      {can(kase, 'session') ? <SessionForm {...props} /> : null}
    </section>
  );
}
