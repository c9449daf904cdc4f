import { useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { toQuery } from '../../api/client.ts';
import { referralsApi, type DuplicatePair, type PatientView } from '../../api/referrals.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { KeysetPagination } from '../../components/KeysetPagination.tsx';
import { Flash } from '../../components/Flash.tsx';
import { LoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SummaryList, SummaryRow } from '../../components/SummaryList.tsx';
import { useApiData } from '../../hooks/useApiData.ts';
import { useSubmit } from '../../hooks/useSubmit.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { formatDate } from '../../lib/format.ts';
import { formatNhsNumber } from './labels.tsx';
import { AddressLines } from './ReferralDetails.tsx';
import { useScheme } from './SchemeContext.tsx';

type Decision = 'keep-first' | 'keep-second' | 'different';

const MATCH: Record<DuplicatePair['match'], string> = {
  'nhs-number': 'Same NHS number',
  'name-date-of-birth-postcode': 'Same name, date of birth and postcode',
};

const fullName = (p: PatientView) => `${p.givenName} ${p.familyName}`;
const pairKey = (pair: DuplicatePair) => `${pair.first.id}:${pair.second.id}`;

function Record({ patient, title }: { patient: PatientView; title: string }) {
  return (
    <div className="nhsuk-grid-column-one-half">
      <h3>{title}</h3>
      <SummaryList>
        <SummaryRow label="Name">{fullName(patient)}</SummaryRow>
        <SummaryRow label="NHS number">{formatNhsNumber(patient.nhsNumber)}</SummaryRow>
        <SummaryRow label="Date of birth">{patient.dateOfBirth ? formatDate(patient.dateOfBirth) : null}</SummaryRow>
        <SummaryRow label="Address">
          <AddressLines patient={patient} />
        </SummaryRow>
        <SummaryRow label="Phone">{patient.phone}</SummaryRow>
        <SummaryRow label="Email">{patient.email}</SummaryRow>
        <SummaryRow label="Preferred language">{patient.preferredLanguage}</SummaryRow>
        <SummaryRow label="GP practice (ODS code)">{patient.practiceOdsCode}</SummaryRow>
      </SummaryList>
    </div>
  );
}

function confirmText(pair: DuplicatePair, decision: Decision): { heading: string; body: string; action: string } {
  if (decision === 'different') {
    return {
      heading: 'Keep these as different people?',
      body: `${fullName(pair.first)} and ${fullName(pair.second)} stay as two records and will not be suggested as duplicates again.`,
      action: 'Yes, they are different people',
    };
  }
  const keep = decision === 'keep-first' ? pair.first : pair.second;
  const merge = decision === 'keep-first' ? pair.second : pair.first;
  return {
    heading: `Merge into the ${decision === 'keep-first' ? 'first' : 'second'} record?`,
    body: `The referrals and cases of the other record move to ${fullName(keep)}'s record, and the other record (${fullName(merge)}) is removed. This cannot be undone.`,
    action: 'Yes, merge the records',
  };
}

/** The confirmation step; it takes focus so keyboard and screen reader users land on it. */
function Confirmation({
  text,
  submitting,
  onConfirm,
  onCancel,
}: {
  text: { heading: string; body: string; action: string };
  submitting: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="nhsuk-warning-callout" tabIndex={-1} ref={ref}>
      <h3 className="nhsuk-warning-callout__label">
        <span role="text">
          <span className="nhsuk-u-visually-hidden">Important: </span>
          {text.heading}
        </span>
      </h3>
      <p>{text.body}</p>
      <div className="nhsuk-button-group">
        <Button type="button" variant="warning" disabled={submitting} onClick={onConfirm}>
          {text.action}
        </Button>
        <button type="button" className="linkwork-link-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

/** Records that may be the same person, side by side, to merge or keep apart after a confirmation. */
export function DuplicatesPage() {
  const scheme = useScheme();
  const location = useLocation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const after = params.get('after') ?? undefined;
  const { state, reload } = useApiData(`duplicates:${scheme.slug}|${after ?? ''}`, () =>
    referralsApi.duplicates(scheme.slug, after),
  );
  const form = useSubmit();
  const [pending, setPending] = useState<{ key: string; decision: Decision } | null>(null);
  usePageTitle('Possible duplicates', form.hasErrors);

  if (state.status === 'failed') return <LoadFailure error={state.error} />;

  async function confirm(pair: DuplicatePair, decision: Decision) {
    await form.submit(async () => {
      if (decision === 'different') {
        await referralsApi.keepApart(scheme.slug, { firstId: pair.first.id, secondId: pair.second.id });
      } else {
        const keep = decision === 'keep-first' ? pair.first : pair.second;
        const merge = decision === 'keep-first' ? pair.second : pair.first;
        await referralsApi.merge(scheme.slug, { keepId: keep.id, mergeId: merge.id });
      }
      setPending(null);
      await reload();
      const flash =
        decision === 'different' ? 'The records are kept as different people' : 'The records have been merged';
      navigate(location.pathname, { replace: true, state: { flash } });
      window.scrollTo(0, 0);
    });
  }

  return (
    <>
      <ErrorSummary errors={form} />
      <Flash />
      <h1>Possible duplicates</h1>
      <p>
        These records may be the same person. Compare them, then merge them into one record or say they are different
        people. Check with the person or their practice if you are not sure.
      </p>
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'ready' && state.data.items.length === 0 ? (
        <p>
          {after ? 'There are no more possible duplicates to check.' : 'There are no possible duplicates to check.'}
        </p>
      ) : null}
      {state.status === 'ready'
        ? state.data.items.map((pair, index) => {
            const key = pairKey(pair);
            const decision = pending?.key === key ? pending.decision : null;
            const confirmation = decision ? confirmText(pair, decision) : null;
            return (
              <section key={key} aria-labelledby={`pair-${index}-heading`} className="linkwork-duplicate-pair">
                <h2 id={`pair-${index}-heading`}>
                  {fullName(pair.first)} and {fullName(pair.second)}
                </h2>
                <p>Why they may be the same person: {MATCH[pair.match] ?? pair.match}.</p>
                <div className="nhsuk-grid-row">
                  <Record patient={pair.first} title="First record" />
                  <Record patient={pair.second} title="Second record" />
                </div>
                {confirmation && decision ? (
                  <Confirmation
                    text={confirmation}
                    submitting={form.submitting}
                    onConfirm={() => void confirm(pair, decision)}
                    onCancel={() => setPending(null)}
                  />
                ) : (
                  <div className="nhsuk-button-group">
                    <Button
                      type="button"
                      variant="secondary"
                      onClick={() => setPending({ key, decision: 'keep-first' })}
                    >
                      Merge: keep the first
                      <span className="nhsuk-u-visually-hidden"> record, {fullName(pair.first)}</span>
                    </Button>
                    <Button
                      type="button"
                      variant="secondary"
                      onClick={() => setPending({ key, decision: 'keep-second' })}
                    >
                      Merge: keep the second
                      <span className="nhsuk-u-visually-hidden"> record, {fullName(pair.second)}</span>
                    </Button>
                    <Button
                      type="button"
                      variant="secondary"
                      onClick={() => setPending({ key, decision: 'different' })}
                    >
                      These are different people
                      <span className="nhsuk-u-visually-hidden">
                        : {fullName(pair.first)} and {fullName(pair.second)}
                      </span>
                    </Button>
                  </div>
                )}
              </section>
            );
          })
        : null}
      {state.status === 'ready' ? (
        <KeysetPagination
          next={state.data.next}
          onLaterPage={after !== undefined}
          hrefForCursor={(cursor) => `/patients/duplicates${toQuery({ after: cursor })}`}
          firstHref="/patients/duplicates"
          what="possible duplicates"
        />
      ) : null}
    </>
  );
}
