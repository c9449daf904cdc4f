import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { casesApi, type CaseView } from '../../api/cases.ts';
import { outcomesApi, type MeasureDefinition, type OutcomeBody, type Timepoint } from '../../api/outcomes.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { Button } from '../../components/Button.tsx';
import { LoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Checkbox } from '../../components/form/Checkboxes.tsx';
import { DateInput, datePartsFrom, readDate, type DateParts } from '../../components/form/DateInput.tsx';
import { FormErrorSummary } from '../../components/form/FormErrorSummary.tsx';
import { Radios } from '../../components/form/Radios.tsx';
import { Textarea } from '../../components/form/Textarea.tsx';
import { useApiData } from '../../hooks/useApiData.ts';
import { FormErrorsReporter, useCaseForm, useErrorsAcrossForms } from '../../hooks/useCaseForm.ts';
import type { FieldError } from '../../hooks/useFormErrors.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { useSchemeRole, type SchemeRole } from '../../hooks/useSchemeRole.ts';
import { londonToday } from '../../lib/format.ts';
import { ForbiddenContent } from '../errors/ForbiddenContent.tsx';
import { personName } from './caseLabels.tsx';
import { MeasureItemField } from './MeasureItemField.tsx';
import { recordOutcomePath, shortNameOf, TIMEPOINT_WORDS } from './outcomeWords.ts';

const TIMEPOINTS: readonly Timepoint[] = ['baseline', 'review', 'discharge'];

const TIMEPOINT_HINTS: Record<Timepoint, string> = {
  baseline: 'At the first session or before',
  review: 'Asked again while you work together',
  discharge: 'At the end of your work together',
};

function isTimepoint(value: string | null): value is Timepoint {
  return TIMEPOINTS.some((t) => t === value);
}

/** The asking to preselect: the one asked for (from the discharge page), else the one due, else a review. */
function preselected(kase: CaseView, measureKey: string, asked: string | null): Timepoint {
  if (isTimepoint(asked)) return asked;
  const onCase = kase.outcomes.measures.find((m) => m.key === measureKey);
  if (onCase?.due) return onCase.due;
  return onCase?.records.some((r) => r.timepoint === 'baseline') ? 'review' : 'baseline';
}

/**
 * Recording a validated measure with the person, or that they declined it and why: at baseline, at a review or
 * at discharge. The measure's wording, scale and licence come from the scheme's definition.
 */
export function RecordOutcomePage() {
  const scheme = useSchemeRole();
  if (!scheme)
    return (
      <ForbiddenContent detail="Case pages are for link workers, supervisors and scheme managers working in a scheme." />
    );
  return <RecordOutcomeInScheme scheme={scheme} />;
}

function RecordOutcomeInScheme({ scheme }: { scheme: SchemeRole }) {
  const { slug } = scheme;
  const id = useParams().id ?? '';
  const [params] = useSearchParams();
  const measureKey = params.get('measure') ?? '';
  const caseTo = `/cases/${encodeURIComponent(id)}`;
  const kase = useApiData(`${slug}|${id}`, () => casesApi.get(slug, id));
  const measures = useApiData(`outcome-measures|${slug}`, () => outcomesApi.measures(slug));
  const errors = useErrorsAcrossForms();
  const definition =
    measures.state.status === 'ready'
      ? measures.state.data.measures.find((m) => m.definition.key === measureKey)?.definition
      : undefined;
  const person = kase.state.status === 'ready' ? personName(kase.state.data.patient) : null;
  usePageTitle(
    definition && person
      ? `Record ${shortNameOf(definition)} for ${person}`
      : person
        ? `Record an outcome measure for ${person}`
        : 'Record an outcome measure',
    errors.hasErrors,
  );

  if (kase.state.status === 'loading' || measures.state.status === 'loading') return <Loading />;
  if (kase.state.status === 'failed') return <LoadFailure error={kase.state.error} />;
  if (measures.state.status === 'failed') return <LoadFailure error={measures.state.error} />;
  const view = kase.state.data;
  const name = personName(view.patient);

  if (!view.allowedActions.includes('outcome')) {
    return (
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <BackLink to={caseTo}>Back to the case</BackLink>
          <h1>Record an outcome measure</h1>
          <p>
            {view.status === 'closed'
              ? 'This case is closed, so no more measures can be recorded.'
              : `Only the link worker (${view.worker.name}) or the scheme manager can record measures with ${name}.`}
          </p>
          <p>
            <Link to={caseTo}>Go to the case</Link>
          </p>
        </div>
      </div>
    );
  }

  if (!definition) {
    const timepoint = params.get('timepoint');
    return (
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <BackLink to={caseTo}>Back to the case</BackLink>
          <span className="nhsuk-caption-l">{name}</span>
          <h1>Choose a measure to record</h1>
          {measureKey ? <p>This scheme has no measure called “{measureKey}”. Choose one of these.</p> : null}
          <ul>
            {measures.state.data.measures.map(({ definition: d }) => (
              <li key={d.key}>
                <Link to={recordOutcomePath(view.id, d.key, isTimepoint(timepoint) ? timepoint : undefined)}>
                  {d.name}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      </div>
    );
  }

  return (
    <FormErrorsReporter.Provider value={errors.report}>
      <OutcomeForm
        key={definition.key}
        slug={slug}
        kase={view}
        definition={definition}
        initialTimepoint={preselected(view, definition.key, params.get('timepoint'))}
        caseTo={caseTo}
      />
    </FormErrorsReporter.Provider>
  );
}

interface OutcomeFormProps {
  slug: string;
  kase: CaseView;
  definition: MeasureDefinition;
  initialTimepoint: Timepoint;
  caseTo: string;
}

function OutcomeForm({ slug, kase, definition, initialTimepoint, caseTo }: OutcomeFormProps) {
  const navigate = useNavigate();
  const form = useCaseForm('outcome');
  const measureName = shortNameOf(definition);
  const person = personName(kase.patient);
  const [timepoint, setTimepoint] = useState<string>(initialTimepoint);
  const [answeredOn, setAnsweredOn] = useState<DateParts>(() => datePartsFrom(londonToday()));
  const [declined, setDeclined] = useState(false);
  const [reason, setReason] = useState('');
  const [answers, setAnswers] = useState<Record<string, string>>({});

  function readForm(problems: FieldError[]): OutcomeBody | null {
    if (!isTimepoint(timepoint)) problems.push({ field: 'timepoint', text: 'Select when this measure was asked' });
    const day = readDate(answeredOn);
    if (day.kind === 'empty') problems.push({ field: 'answeredOn', text: 'Enter the date the person answered' });
    else if (day.kind === 'invalid')
      problems.push({
        field: 'answeredOn',
        text:
          day.problem === 'incomplete'
            ? 'The date answered must include a day, month and year'
            : 'The date answered must be a real date, like 6 12 2026',
      });
    else if (day.iso > londonToday())
      problems.push({ field: 'answeredOn', text: 'The date answered must be today or in the past' });
    if (declined && !reason.trim())
      problems.push({ field: 'declinedReason', text: 'Enter why the person declined, in their words if you can' });
    else if (declined && reason.length > 500)
      problems.push({ field: 'declinedReason', text: 'The reason must be 500 characters or fewer' });
    if (problems.length > 0 || !isTimepoint(timepoint) || day.kind !== 'date') return null;
    const base = { measure: definition.key, timepoint, answeredOn: day.iso };
    if (declined) return { ...base, declinedReason: reason.trim() };
    // Unanswered items are left out: the server names each one, so the summary links to it.
    const given = Object.entries(answers).filter(([, value]) => value !== '');
    return { ...base, answers: Object.fromEntries(given.map(([key, value]) => [key, Number(value)])) };
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems: FieldError[] = [];
    const body = readForm(problems);
    if (!form.check(problems) || !body) return;
    const saved = await form.submit(() => outcomesApi.record(slug, kase.id, body));
    if (!saved) return;
    const when = TIMEPOINT_WORDS[body.timepoint].toLowerCase();
    navigate(caseTo, {
      state: {
        flash: declined
          ? `Recorded that ${person} declined ${measureName} at ${when}.`
          : `${measureName} recorded at ${when}.`,
        section: 'outcomes',
      },
    });
  }

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={caseTo}>Back to the case</BackLink>
        <FormErrorSummary form={form} level={2} />
        <span className="nhsuk-caption-l">{person}</span>
        <h1>Record {measureName}</h1>
        <p className="nhsuk-lede-text">{definition.name}</p>
        {definition.description ? <p>{definition.description}</p> : null}
        <form method="post" onSubmit={submit} noValidate aria-label={`Record ${measureName}`}>
          <Radios
            name={form.name('timepoint')}
            legend="When is this measure being asked?"
            value={timepoint}
            options={TIMEPOINTS.map((t) => ({ value: t, text: TIMEPOINT_WORDS[t], hint: TIMEPOINT_HINTS[t] }))}
            onChange={setTimepoint}
            error={form.errorFor('timepoint')}
          />
          <DateInput
            name={form.name('answeredOn')}
            legend="Date answered"
            hint="The day the person gave these answers, for example 6 12 2026"
            value={answeredOn}
            onChange={setAnsweredOn}
            error={form.errorFor('answeredOn')}
          />
          <Checkbox
            name={form.name('declined')}
            label="The person declined this measure"
            hint="They would rather not answer. Record why, so the next asking can take it into account."
            checked={declined}
            onChange={setDeclined}
          />
          {declined ? (
            <Textarea
              name={form.name('declinedReason')}
              label="Why did they decline?"
              hint="In their words if they gave a reason. 500 characters or fewer."
              value={reason}
              onChange={setReason}
              error={form.errorFor('declinedReason')}
              rows={3}
            />
          ) : (
            <>
              {definition.instructions ? (
                <div className="nhsuk-inset-text">
                  <span className="nhsuk-u-visually-hidden">Information: </span>
                  <p>Read this to the person: {definition.instructions}</p>
                </div>
              ) : null}
              {definition.items.map((item) => (
                <MeasureItemField
                  key={item.key}
                  name={form.name(`answers.${item.key}`)}
                  item={item}
                  value={answers[item.key] ?? ''}
                  onChange={(value) => setAnswers((current) => ({ ...current, [item.key]: value }))}
                  error={form.errorFor(`answers.${item.key}`)}
                />
              ))}
            </>
          )}
          <p className="nhsuk-body-s">Licence: {definition.licence}</p>
          <div className="nhsuk-button-group">
            <Button disabled={form.submitting}>Save {measureName}</Button>
            <Link className="nhsuk-link" to={caseTo}>
              Cancel
            </Link>
          </div>
        </form>
      </div>
    </div>
  );
}
