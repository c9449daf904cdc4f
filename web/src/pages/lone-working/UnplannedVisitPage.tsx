import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { loneWorkingApi, type VisitView } from '../../api/loneWorking.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Select } from '../../components/form/Select.tsx';
import { TextInput } from '../../components/form/TextInput.tsx';
import { Textarea } from '../../components/form/Textarea.tsx';
import { useApiData } from '../../hooks/useApiData.ts';
import type { FieldError } from '../../hooks/useFormErrors.ts';
import { useSubmit } from '../../hooks/useSubmit.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { formatTime } from '../../lib/format.ts';
import { ForbiddenContent } from '../errors/ForbiddenContent.tsx';
import { useSchemeRole, type SchemeRole } from '../../hooks/useSchemeRole.ts';
import { BuddyPicker, type Buddy } from './BuddyPicker.tsx';

const LENGTHS = [15, 30, 45, 60, 90, 120, 180, 240];

/**
 * A visit starting now that was not planned, or whose plan is for another time: created and checked in
 * at once, so the buddy is alerted if the worker does not check out. `?from=<visit>` copies that visit's
 * place, buddy, phone and case.
 */
export function UnplannedVisitPage() {
  const scheme = useSchemeRole();
  if (!scheme)
    return (
      <ForbiddenContent detail="Lone working is for link workers, supervisors and scheme managers working in a scheme." />
    );
  return <UnplannedVisit scheme={scheme} />;
}

function UnplannedVisit({ scheme }: { scheme: SchemeRole }) {
  const fromId = useSearchParams()[0].get('from');
  const from = useApiData(`lone-working:from:${scheme.slug}:${fromId ?? ''}`, () =>
    fromId ? loneWorkingApi.get(scheme.slug, fromId) : Promise.resolve(null),
  );
  const mine = useApiData(`lone-working:mine:${scheme.slug}`, () => loneWorkingApi.mine(scheme.slug));
  usePageTitle('Start an unplanned visit', false);
  if (from.state.status === 'loading' || mine.state.status === 'loading') return <Loading />;
  const source = from.state.status === 'ready' ? from.state.data : null;
  const lastPhone = mine.state.status === 'ready' ? (mine.state.data.visits.at(-1)?.workerPhone ?? '') : '';
  const graceMinutes = mine.state.status === 'ready' ? mine.state.data.graceMinutes : null;
  return <UnplannedForm scheme={scheme} source={source} lastPhone={lastPhone} graceMinutes={graceMinutes} />;
}

interface FormInput {
  scheme: SchemeRole;
  source: VisitView | null;
  lastPhone: string;
  graceMinutes: number | null;
}

function UnplannedForm({ scheme, source, lastPhone, graceMinutes }: FormInput) {
  const navigate = useNavigate();
  const form = useSubmit();
  usePageTitle('Start an unplanned visit', form.hasErrors);
  const [place, setPlace] = useState(source?.place ?? '');
  const [purpose, setPurpose] = useState(source?.purpose ?? '');
  const [minutes, setMinutes] = useState('60');
  // The planned visit's buddy, unless that is the worker themselves.
  const [buddy, setBuddy] = useState<Buddy | null>(source && source.buddy.id !== scheme.me.id ? source.buddy : null);
  const [phone, setPhone] = useState(source?.workerPhone ?? lastPhone);
  const endsAt = new Date(Date.now() + Number(minutes) * 60_000).toISOString();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems: FieldError[] = [];
    if (!place.trim()) problems.push({ field: 'place', text: 'Enter the address or venue of the visit' });
    if (!buddy) problems.push({ field: 'buddyId', text: 'Search for your buddy by name and select them' });
    if (!phone.trim())
      problems.push({ field: 'workerPhone', text: 'Enter the phone number to reach you on during the visit' });
    if (!form.check(problems) || !buddy) return;
    await form.submit(async () => {
      const visit = await loneWorkingApi.startUnplanned(scheme.slug, {
        place: place.trim(),
        purpose: purpose.trim(),
        durationMinutes: Number(minutes),
        buddyId: buddy.id,
        workerPhone: phone.trim(),
        caseId: source?.caseId ?? null,
      });
      navigate(`/lone-working/${visit.id}`, {
        state: {
          flash: `You are checked in. ${visit.buddy.name} is your buddy. Check out by ${formatTime(visit.expectedEnd)}, or extend the visit.`,
        },
      });
    });
  }

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={source ? `/lone-working/${encodeURIComponent(source.id)}` : '/lone-working'}>
          {source ? 'Back to the planned visit' : 'Back to lone working'}
        </BackLink>
        <ErrorSummary errors={form} />
        <h1>Start an unplanned visit now</h1>
        <p>
          The visit starts now and you are checked in at once.{' '}
          {graceMinutes === null
            ? ''
            : `If you have not checked out ${graceMinutes === 0 ? 'by the end' : `${graceMinutes} minutes after the end`}, your buddy and the managers are alerted.`}
        </p>
        {source ? (
          <p>The place, buddy and phone are copied from your planned visit; change anything that is different.</p>
        ) : null}
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Textarea
            name="place"
            label="Where are you?"
            hint="The full address or venue, so someone could find you"
            value={place}
            onChange={setPlace}
            error={form.errorFor('place')}
            rows={3}
          />
          <TextInput
            name="purpose"
            label="Purpose (optional)"
            hint="For example, home visit. Do not name the person."
            value={purpose}
            onChange={setPurpose}
            error={form.errorFor('purpose')}
          />
          <Select
            name="durationMinutes"
            label="How long will the visit last?"
            hint={`You will be expected to check out by ${formatTime(endsAt)}`}
            value={minutes}
            onChange={setMinutes}
            error={form.errorFor('durationMinutes') ?? form.errorFor('expectedEnd')}
            options={LENGTHS.map((m) => ({
              value: String(m),
              text:
                m < 60 ? `${m} minutes` : `${m / 60} hour${m === 60 ? '' : 's'}${m % 60 ? ` ${m % 60} minutes` : ''}`,
            }))}
          />
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
            value={phone}
            onChange={setPhone}
            error={form.errorFor('workerPhone')}
            widthClass="nhsuk-input--width-20"
          />
          {form.errorFor('caseId') ? (
            <p className="nhsuk-error-message" id="caseId">
              {form.errorFor('caseId')}
            </p>
          ) : null}
          <Button disabled={form.submitting}>Start visit and check in</Button>
        </form>
      </div>
    </div>
  );
}
