import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { loneWorkingApi } from '../../api/loneWorking.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { Button } from '../../components/Button.tsx';
import { DateInput, readDate, type DateParts } from '../../components/form/DateInput.tsx';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { Loading } from '../../components/Loading.tsx';
import { TextInput } from '../../components/form/TextInput.tsx';
import { Textarea } from '../../components/form/Textarea.tsx';
import { useApiData } from '../../hooks/useApiData.ts';
import type { FieldError } from '../../hooks/useFormErrors.ts';
import { useSubmit } from '../../hooks/useSubmit.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { formatDateTime, londonDateTimeToIso, londonTimeOfDay, londonToday } from '../../lib/format.ts';
import { ForbiddenContent } from '../errors/ForbiddenContent.tsx';
import { useSchemeRole, type SchemeRole } from '../../hooks/useSchemeRole.ts';
import { BuddyPicker, type Buddy } from './BuddyPicker.tsx';

/** Reads "14:30", "14.30" or "1430" on the 24-hour clock. */
function readTime(text: string): { hours: number; minutes: number } | null {
  const match = /^(\d{1,2})[:.]?(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  return hours > 23 || minutes > 59 ? null : { hours, minutes };
}

/** The calendar day after a yyyy-mm-dd day. */
function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, (d ?? 1) + 1)).toISOString().slice(0, 10);
}

/**
 * The start and end a person means by a date, a start time and an end time, in London: an end at or
 * before the start is on the next day (a visit crossing midnight).
 */
function visitMoments(
  day: string,
  start: { hours: number; minutes: number },
  end: { hours: number; minutes: number },
): { start: string; end: string } {
  const startAt = londonDateTimeToIso(day, start.hours, start.minutes);
  const sameDay = londonDateTimeToIso(day, end.hours, end.minutes);
  return {
    start: startAt,
    end: sameDay > startAt ? sameDay : londonDateTimeToIso(nextDay(day), end.hours, end.minutes),
  };
}

/** Planning a home or community visit: where, when, until when, the buddy and how to reach the worker. `?case=<id>` links it to a case. */
export function PlanVisitPage() {
  const scheme = useSchemeRole();
  if (!scheme)
    return (
      <ForbiddenContent detail="Lone working is for link workers, supervisors and scheme managers working in a scheme." />
    );
  return <PlanVisit scheme={scheme} />;
}

function PlanVisit({ scheme }: { scheme: SchemeRole }) {
  const navigate = useNavigate();
  const caseId = useSearchParams()[0].get('case');
  const mine = useApiData(`lone-working:mine:${scheme.slug}`, () => loneWorkingApi.mine(scheme.slug));
  const form = useSubmit();
  usePageTitle('Plan a visit', form.hasErrors);
  // The suggested start is in 15 minutes, with its own London date (just before midnight, that is tomorrow).
  const soon = new Date(Date.now() + 15 * 60_000);
  const [soonYear, soonMonth, soonDay] = londonToday(soon).split('-').map(Number);
  const [place, setPlace] = useState('');
  const [purpose, setPurpose] = useState('');
  const [date, setDate] = useState<DateParts>({
    day: String(soonDay),
    month: String(soonMonth),
    year: String(soonYear),
  });
  const [start, setStart] = useState(londonTimeOfDay(soon));
  const [end, setEnd] = useState('');
  const [buddy, setBuddy] = useState<Buddy | null>(null);
  const [phone, setPhone] = useState<string | null>(null);

  const chosenDay = readDate(date);
  const [chosenStart, chosenEnd] = [readTime(start), readTime(end)];
  // What the fields mean, shown as they are typed: the end paired with its date, in London.
  const chosen =
    chosenDay.kind === 'date' && chosenStart && chosenEnd ? visitMoments(chosenDay.iso, chosenStart, chosenEnd) : null;
  if (mine.state.status === 'loading') return <Loading />;
  const lastPhone = mine.state.status === 'ready' ? (mine.state.data.visits.at(-1)?.workerPhone ?? '') : '';
  const phoneValue = phone ?? lastPhone;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems: FieldError[] = [];
    if (!place.trim()) problems.push({ field: 'place', text: 'Enter the address or venue of the visit' });
    const day = readDate(date);
    if (day.kind !== 'date')
      problems.push({
        field: 'plannedStart',
        text: day.kind === 'empty' ? 'Enter the date of the visit' : 'The date of the visit must be a real date',
      });
    const startTime = readTime(start);
    if (!startTime)
      problems.push({ field: 'plannedStartTime', text: 'Enter the start time on the 24-hour clock, like 14:30' });
    const endTime = readTime(end);
    if (!endTime)
      problems.push({
        field: 'expectedEnd',
        text: 'Enter the time you expect to finish on the 24-hour clock, like 15:30',
      });
    if (!buddy) problems.push({ field: 'buddyId', text: 'Search for your buddy by name and select them' });
    if (!phoneValue.trim())
      problems.push({ field: 'workerPhone', text: 'Enter the phone number to reach you on during the visit' });
    if (!form.check(problems) || day.kind !== 'date' || !startTime || !endTime || !buddy) return;
    const moments = visitMoments(day.iso, startTime, endTime);
    await form.submit(async () => {
      const visit = await loneWorkingApi.plan(scheme.slug, {
        place: place.trim(),
        purpose: purpose.trim(),
        plannedStart: moments.start,
        expectedEnd: moments.end,
        buddyId: buddy.id,
        workerPhone: phoneValue.trim(),
        caseId,
      });
      navigate(`/lone-working/${visit.id}`, {
        state: { flash: `Visit planned. ${visit.buddy.name} is your buddy. Check in when you arrive.` },
      });
    });
  }

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={caseId ? `/cases/${encodeURIComponent(caseId)}` : '/lone-working'}>
          {caseId ? 'Back to the case' : 'Back to lone working'}
        </BackLink>
        <ErrorSummary errors={form} />
        <h1>Plan a visit</h1>
        {caseId ? (
          <p>
            This visit is for <Link to={`/cases/${encodeURIComponent(caseId)}`}>the case you came from</Link>. Alerts
            never name the person you visit.
          </p>
        ) : null}
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Textarea
            name="place"
            label="Where are you going?"
            hint="The full address or venue, so someone could find you"
            value={place}
            onChange={setPlace}
            error={form.errorFor('place')}
            rows={3}
          />
          <TextInput
            name="purpose"
            label="Purpose (optional)"
            hint="For example, first home visit. Do not name the person."
            value={purpose}
            onChange={setPurpose}
            error={form.errorFor('purpose')}
          />
          <DateInput
            name="plannedStart"
            legend="Date of the visit"
            hint="For example, 23 11 2026"
            value={date}
            onChange={setDate}
            error={form.errorFor('plannedStart')}
          />
          <TextInput
            name="plannedStartTime"
            label="Start time"
            hint="24-hour clock, for example 14:30"
            value={start}
            onChange={setStart}
            error={form.errorFor('plannedStartTime')}
            widthClass="nhsuk-input--width-5"
            autoComplete="off"
          />
          <TextInput
            name="expectedEnd"
            label="Time you expect to finish"
            hint="If you have not checked out soon after this, your buddy and the managers are alerted. A time before the start is the next day"
            value={end}
            onChange={setEnd}
            error={form.errorFor('expectedEnd')}
            widthClass="nhsuk-input--width-5"
            autoComplete="off"
          />
          <div aria-live="polite">
            {chosen ? (
              <div className="nhsuk-inset-text">
                <p>
                  This visit: from {formatDateTime(chosen.start)} to {formatDateTime(chosen.end)}.
                </p>
              </div>
            ) : null}
          </div>
          <BuddyPicker
            slug={scheme.slug}
            meId={scheme.me.id}
            value={buddy}
            onChange={setBuddy}
            error={form.errorFor('buddyId')}
          />
          <TextInput
            name="workerPhone"
            label="Your phone number during the visit"
            type="tel"
            autoComplete="tel"
            value={phoneValue}
            onChange={setPhone}
            error={form.errorFor('workerPhone')}
            widthClass="nhsuk-input--width-20"
          />
          {form.errorFor('caseId') ? (
            <p className="nhsuk-error-message" id="caseId">
              {form.errorFor('caseId')}
            </p>
          ) : null}
          <Button disabled={form.submitting}>Plan visit</Button>
        </form>
      </div>
    </div>
  );
}
