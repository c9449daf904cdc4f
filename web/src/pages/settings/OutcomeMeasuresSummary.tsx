import { SectionLoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SummaryList, SummaryRow } from '../../components/SummaryList.tsx';
import { useOutcomeMeasures } from './useOutcomeMeasures.ts';
import { inSchemeOrder, measureLabel } from './outcomeMeasureText.ts';

/** The settings page's outcome measures: what is asked and how often, with the way to change them. */
export function OutcomeMeasuresSummary({ canEdit }: { canEdit: boolean }) {
  const { state } = useOutcomeMeasures();
  const action = canEdit ? { to: '/settings/outcome-measures', what: 'outcome measures' } : undefined;
  return (
    <section aria-labelledby="outcome-measures-heading">
      <h2 id="outcome-measures-heading">Outcome measures</h2>
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'failed' ? <SectionLoadFailure error={state.error} what="the outcome measures" /> : null}
      {state.status === 'ready' ? (
        <SummaryList>
          <SummaryRow label="Asked of everyone" action={action && { ...action, what: 'measures asked of everyone' }}>
            {state.data.settings.measures.length === 0 ? (
              'None'
            ) : (
              <ul className="nhsuk-list">
                {inSchemeOrder(state.data)
                  .filter((m) => m.asked)
                  .map((m) => (
                    <li key={m.definition.key}>{measureLabel(m)}</li>
                  ))}
              </ul>
            )}
          </SummaryRow>
          <SummaryRow label="Due again after" action={action && { ...action, what: 'review interval' }}>
            {`${state.data.settings.reviewWeeks} ${state.data.settings.reviewWeeks === 1 ? 'week' : 'weeks'}`}
          </SummaryRow>
        </SummaryList>
      ) : null}
    </section>
  );
}
