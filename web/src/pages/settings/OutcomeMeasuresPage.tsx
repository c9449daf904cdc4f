import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ApiError } from '../../api/client.ts';
import type { OutcomeMeasures } from '../../api/outcomes.ts';
import { LoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Checkboxes } from '../../components/form/Checkboxes.tsx';
import { TextInput } from '../../components/form/TextInput.tsx';
import type { FieldError } from '../../hooks/useFormErrors.ts';
import { useSubmit } from '../../hooks/useSubmit.ts';
import { useScheme } from '../referrals/SchemeContext.tsx';
import { outcomeSettingsApi } from './outcomeMeasuresApi.ts';
import { inSchemeOrder, measureHint, measureLabel, reviewWeeksOf } from './outcomeMeasureText.ts';
import { SettingsForm } from './SettingsForm.tsx';
import { useOutcomeMeasures } from './useOutcomeMeasures.ts';

/** The server names one measure ("measures[1]"); its error belongs to the list of checkboxes. */
function toFormFields(error: unknown): unknown {
  if (!(error instanceof ApiError) || !error.problem.errors) return error;
  const errors = error.problem.errors.map((e) => ({ ...e, field: e.field.replace(/^measures\[\d+\]$/, 'measures') }));
  return new ApiError({ ...error.problem, errors });
}

function OutcomeMeasuresForm({ data, reload }: { data: OutcomeMeasures; reload: () => Promise<void> }) {
  const scheme = useScheme();
  const form = useSubmit();
  const entries = inSchemeOrder(data);
  const [asked, setAsked] = useState<string[]>(() => entries.filter((m) => m.asked).map((m) => m.definition.key));
  const [weeks, setWeeks] = useState(String(data.settings.reviewWeeks));

  function check(): FieldError[] {
    if (reviewWeeksOf(weeks) !== null) return [];
    return [{ field: 'reviewWeeks', text: 'Weeks before a measure is due again must be a whole number from 1 to 52' }];
  }

  async function save() {
    const reviewWeeks = reviewWeeksOf(weeks) ?? data.settings.reviewWeeks;
    await outcomeSettingsApi.save(scheme.slug, { measures: asked, reviewWeeks, version: data.settings.version });
    return asked.length === 0
      ? 'Outcome measures saved. No measure is asked of everyone.'
      : `Outcome measures saved. ${asked.length} ${asked.length === 1 ? 'measure is' : 'measures are'} asked of everyone, due again every ${reviewWeeks} ${reviewWeeks === 1 ? 'week' : 'weeks'}.`;
  }

  return (
    <SettingsForm
      title="Outcome measures"
      form={form}
      check={check}
      save={save}
      mapError={toFormFields}
      reload={reload}
      what="outcome measure settings"
      intro={
        <>
          <p>
            Link workers ask the ticked measures of everyone they support: at the start, again after the review
            interval, and when support ends.
          </p>
          <p>
            <Link to="/settings/outcome-measures/add">Add a licensed measure</Link> the scheme holds a licence for.
          </p>
        </>
      }
    >
      <Checkboxes
        name="measures"
        legend="Measures asked of everyone"
        legendSize="m"
        hint="Select every measure the scheme asks. Measures not ticked can still be recorded when a worker chooses to."
        values={asked}
        options={entries.map((m) => ({ value: m.definition.key, text: measureLabel(m), hint: measureHint(m) }))}
        onChange={setAsked}
        error={form.errorFor('measures')}
      />
      <TextInput
        name="reviewWeeks"
        label="Weeks before a measure is due again"
        hint="Weeks after the last asking, from 1 to 52. 6 is common"
        inputMode="numeric"
        widthClass="nhsuk-input--width-4"
        value={weeks}
        onChange={setWeeks}
        error={form.errorFor('reviewWeeks')}
      />
    </SettingsForm>
  );
}

/** The scheme manager chooses the outcome measures asked of everyone and how often they fall due again. */
export function OutcomeMeasuresPage() {
  const { state, reload } = useOutcomeMeasures();
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <LoadFailure error={state.error} />;
  return <OutcomeMeasuresForm data={state.data} reload={reload} />;
}
