import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { casesApi, type CaseView } from '../../api/cases.ts';
import type { CodeLabel } from '../../api/codes.ts';
import { referralsApi, type PatientView } from '../../api/referrals.ts';
import type { Role } from '../../api/types.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { Button } from '../../components/Button.tsx';
import { datePartsFrom, readDate } from '../../components/form/DateInput.tsx';
import { EditConflictNotice } from '../../components/EditConflictNotice.tsx';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { LoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useApiData } from '../../hooks/useApiData.ts';
import { useSubmit } from '../../hooks/useSubmit.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { formatDate } from '../../lib/format.ts';
import { ForbiddenContent } from '../errors/ForbiddenContent.tsx';
import { checkPatient, toPatientInput, type PatientDraft } from '../referrals/patientDraft.ts';
import { CONTACT_OPTIONS, PersonFields, SEX_OPTIONS } from '../referrals/PersonFields.tsx';
import { clarifyProblem, isEditConflict } from '../referrals/problems.ts';
import { useCodes } from '../../hooks/useCodes.ts';
import { personName } from './caseLabels.tsx';
import { useSchemeRole, type SchemeRole } from '../../hooks/useSchemeRole.ts';

/** Roles that may correct a person's details (the server's 'patient.write'); supervisors only read. */
export const PERSON_EDITOR_ROLES: readonly Role[] = ['link_worker', 'scheme_manager'];

const PRACTICE_HINT = 'For example, Y90001. You can find it on the practice’s letters or the NHS website.';

/** The saved record as the form shows it: every value as typed text, blanks for what is not recorded. */
function draftFrom(p: PatientView): PatientDraft {
  return {
    nhsNumber: p.nhsNumber ?? '',
    givenName: p.givenName,
    familyName: p.familyName,
    dateOfBirth: datePartsFrom(p.dateOfBirth),
    sex: p.sex ?? '',
    genderIdentity: p.genderIdentity ?? '',
    ethnicity: p.ethnicity ?? '',
    addressLine1: p.addressLine1 ?? '',
    addressLine2: p.addressLine2 ?? '',
    town: p.town ?? '',
    postcode: p.postcode ?? '',
    phone: p.phone ?? '',
    email: p.email ?? '',
    preferredContact: p.preferredContact ?? '',
    preferredLanguage: p.preferredLanguage ?? '',
    interpreterNeeded: p.interpreterNeeded,
    accessibilityNeeds: p.accessibilityNeeds ?? '',
    practiceOdsCode: p.practiceOdsCode ?? '',
  };
}

/** The form's fields in page order, with the names people read. */
const FIELD_LABELS: readonly [keyof PatientDraft, string][] = [
  ['nhsNumber', 'NHS number'],
  ['givenName', 'First name'],
  ['familyName', 'Last name'],
  ['dateOfBirth', 'Date of birth'],
  ['sex', 'Sex'],
  ['genderIdentity', 'Gender identity'],
  ['ethnicity', 'Ethnicity'],
  ['addressLine1', 'Address line 1'],
  ['addressLine2', 'Address line 2'],
  ['town', 'Town or city'],
  ['postcode', 'Postcode'],
  ['phone', 'Phone number'],
  ['email', 'Email address'],
  ['preferredContact', 'How they would like to be contacted'],
  ['preferredLanguage', 'Preferred language'],
  ['interpreterNeeded', 'Needs an interpreter'],
  ['accessibilityNeeds', 'Accessibility and communication needs'],
  ['practiceOdsCode', 'Registered GP practice ODS code'],
];

function same(a: PatientDraft[keyof PatientDraft], b: PatientDraft[keyof PatientDraft]): boolean {
  if (typeof a === 'object' && typeof b === 'object')
    return a.day === b.day && a.month === b.month && a.year === b.year;
  return typeof a === 'string' && typeof b === 'string' ? a.trim() === b.trim() : a === b;
}

function take<K extends keyof PatientDraft>(target: PatientDraft, source: PatientDraft, key: K): void {
  target[key] = source[key];
}

/** One field's value in words, as the person would check it. */
function shown(key: keyof PatientDraft, draft: PatientDraft, ethnicCategories: readonly CodeLabel[]): string {
  const value = draft[key];
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'object') {
    const date = readDate(value);
    return date.kind === 'date'
      ? formatDate(date.iso)
      : date.kind === 'empty'
        ? 'Not given'
        : `${value.day}/${value.month}/${value.year}`;
  }
  if (!value.trim()) return 'Not given';
  if (key === 'sex') return SEX_OPTIONS.find((o) => o.value === value)?.text ?? value;
  if (key === 'preferredContact') return CONTACT_OPTIONS.find((o) => o.value === value)?.text ?? value;
  if (key === 'ethnicity') return ethnicCategories.find((e) => e.code === value)?.label ?? value;
  return value.trim();
}

interface ReloadedChange {
  label: string;
  /** What is saved now, after someone else's change. */
  saved: string;
  /** What this person typed instead, kept in the form; null when the form now shows the saved value. */
  typed: string | null;
}

/** "Change <name>'s details": correcting the person's record from their case. */
export function PersonDetailsPage() {
  const scheme = useSchemeRole();
  const id = useParams().id ?? '';
  if (!scheme)
    return (
      <ForbiddenContent detail="Case pages are for link workers, supervisors and scheme managers working in a scheme." />
    );
  // A different case is a fresh page: no draft or errors carried over.
  return <PersonDetailsInScheme key={id} scheme={scheme} caseId={id} />;
}

function PersonDetailsInScheme({ scheme, caseId }: { scheme: SchemeRole; caseId: string }) {
  const { slug } = scheme;
  const caseTo = `/cases/${encodeURIComponent(caseId)}`;
  const { state } = useApiData(`${slug}|${caseId}`, () => casesApi.get(slug, caseId));
  const codes = useCodes();
  // The loaded page and the form set their own titles, with the person's name.
  usePageTitle('Change details');

  if (state.status === 'loading' || codes.state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <LoadFailure error={state.error} />;
  if (codes.state.status === 'failed') return <LoadFailure error={codes.state.error} />;
  const kase = state.data;
  const canChange = PERSON_EDITOR_ROLES.includes(scheme.role) && kase.allowedActions.length > 0;
  if (!canChange) return <CannotChange kase={kase} caseTo={caseTo} />;

  return (
    <PersonDetailsForm
      key={kase.patient.id}
      slug={slug}
      caseId={kase.id}
      caseTo={caseTo}
      initial={kase.patient}
      ethnicCategories={codes.state.data.ethnicCategories}
    />
  );
}

/** For someone who can read the case but not change the person's details (a supervisor, or a closed case). */
function CannotChange({ kase, caseTo }: { kase: CaseView; caseTo: string }) {
  const title = `Change ${personName(kase.patient)}’s details`;
  usePageTitle(title);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={caseTo}>Back to the case</BackLink>
        <h1>{title}</h1>
        <p>
          {kase.status === 'closed'
            ? 'This case is closed, so the person’s details cannot be changed from it.'
            : `Only the link worker (${kase.worker.name}) or the scheme manager can change this person’s details.`}
        </p>
        <p>
          <Link to={caseTo}>Go to the case</Link>
        </p>
      </div>
    </div>
  );
}

interface PersonDetailsFormProps {
  slug: string;
  caseId: string;
  caseTo: string;
  initial: PatientView;
  ethnicCategories: readonly CodeLabel[];
}

function PersonDetailsForm({ slug, caseId, caseTo, initial, ethnicCategories }: PersonDetailsFormProps) {
  const navigate = useNavigate();
  const form = useSubmit();
  /** The saved record the form's changes are made to (its version goes with the save). */
  const [base, setBase] = useState<PatientView>(initial);
  const [draft, setDraft] = useState<PatientDraft>(() => draftFrom(initial));
  const [conflict, setConflict] = useState(false);
  const [reloading, setReloading] = useState(false);
  const [reloaded, setReloaded] = useState<{ serial: number; changes: ReloadedChange[] } | null>(null);
  const reloadedRef = useRef<HTMLDivElement>(null);
  const name = personName(base);
  const title = `Change ${name}’s details`;
  usePageTitle(title, form.hasErrors);

  // After a reload, say what changed and move focus there, as the conflict notice just went away.
  const reloadSerial = reloaded?.serial;
  useEffect(() => {
    if (reloadSerial === undefined) return;
    reloadedRef.current?.focus();
    reloadedRef.current?.scrollIntoView({ block: 'start' });
  }, [reloadSerial]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = checkPatient(draft, {
      nhsNumberRequired: false,
      dateOfBirthRequired: base.dateOfBirth !== null,
      whose: 'the person’s',
    });
    if (!form.check(problems)) return;
    await form.submit(
      async () => {
        const saved = await referralsApi.updatePatient(slug, base.id, {
          version: base.version,
          patient: toPatientInput(draft),
        });
        navigate(caseTo, { state: { flash: `${personName(saved)}’s details have been changed`, section: 'referral' } });
      },
      {
        onError: (error) => {
          setConflict(isEditConflict(error));
          return clarifyProblem(error, 'person’s details');
        },
      },
    );
  }

  /**
   * Loads the latest saved details. Fields this person has not touched take the saved values;
   * what they typed stays, and any field both of them changed is listed to check.
   */
  async function reloadLatest() {
    setReloading(true);
    let latestCase: CaseView;
    try {
      latestCase = await casesApi.get(slug, caseId);
    } catch (error) {
      form.showError(error);
      setReloading(false);
      return;
    }
    const latest = latestCase.patient;
    const before = draftFrom(base);
    const after = draftFrom(latest);
    const next: PatientDraft = { ...draft };
    const changes: ReloadedChange[] = [];
    for (const [key, label] of FIELD_LABELS) {
      if (same(after[key], before[key])) continue;
      const typedHere = !same(draft[key], before[key]);
      if (!typedHere) take(next, after, key);
      changes.push({
        label,
        saved: shown(key, after, ethnicCategories),
        typed: typedHere && !same(draft[key], after[key]) ? shown(key, draft, ethnicCategories) : null,
      });
    }
    setBase(latest);
    setDraft(next);
    setConflict(false);
    form.clear();
    setReloaded((current) => ({ serial: (current?.serial ?? 0) + 1, changes }));
    setReloading(false);
  }

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={caseTo}>Back to the case</BackLink>
        <ErrorSummary errors={form} />
        <h1>{title}</h1>
        {conflict ? (
          <EditConflictNotice what="person’s details" onReload={() => (reloading ? undefined : void reloadLatest())} />
        ) : null}
        {reloaded ? (
          <div className="nhsuk-inset-text" tabIndex={-1} ref={reloadedRef}>
            <span className="nhsuk-u-visually-hidden">Information: </span>
            <h2 className="nhsuk-heading-s">The latest saved details have been loaded</h2>
            {reloaded.changes.length > 0 ? (
              <>
                <p>Someone else changed:</p>
                <ul className="nhsuk-list nhsuk-list--bullet">
                  {reloaded.changes.map((change) => (
                    <li key={change.label} className="linkwork-case-text">
                      {change.label}: now {change.saved}
                      {change.typed !== null
                        ? `. You typed ${change.typed}, which is still in the form`
                        : ', as the form now shows'}
                    </li>
                  ))}
                </ul>
                <p>Check the details, then save again.</p>
              </>
            ) : (
              <p>None of the details on this form were changed. Check them, then save again.</p>
            )}
          </div>
        ) : null}
        <p>
          Correct the person’s details when they tell you something has changed, or when the referral had them wrong.
        </p>
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>
            These details belong to the person, not just this case: any other referral or case for {name} shows the
            changes too.
          </p>
        </div>
        <form method="post" onSubmit={submit} noValidate>
          <PersonFields
            value={draft}
            onChange={setDraft}
            errorFor={form.errorFor}
            ethnicCategories={ethnicCategories}
            nhsNumberRequired={false}
            dateOfBirthRequired={base.dateOfBirth !== null}
            practiceHint={PRACTICE_HINT}
          />
          <div className="nhsuk-button-group">
            <Button disabled={form.submitting}>Save changes</Button>
            <Link className="nhsuk-link" to={caseTo}>
              Cancel
            </Link>
          </div>
        </form>
      </div>
    </div>
  );
}
