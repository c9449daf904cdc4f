import { useState, type FormEvent } from 'react';
import { Button } from '../../components/Button.tsx';
import { Select, type SelectOption } from '../../components/form/Select.tsx';
import { TextInput } from '../../components/form/TextInput.tsx';
import type { WorkerChoices } from './useReportChoices.ts';

export const FILTER_NAMES = ['from', 'to', 'practice', 'need', 'worker'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];
export type FilterValues = Record<FilterName, string>;

interface ReportFilterFormProps {
  initial: FilterValues;
  needs: SelectOption[] | null;
  practices: SelectOption[] | null;
  workers: WorkerChoices | null;
  errorFor: (field: FilterName) => string | undefined;
  onApply: (values: FilterValues) => void;
}

/** A list's options, keeping a value from the URL that the list does not hold so the select still shows it. */
function withCurrent(options: SelectOption[], current: string): SelectOption[] {
  if (!current || options.some((o) => o.value === current)) return options;
  return [...options, { value: current, text: current }];
}

/**
 * The report's filters as a GET form: a range of months, then optionally one practice, one need and one link
 * worker. Applying puts them in the address, so a filtered report can be bookmarked and shared; the server checks
 * them (one place for the rules) and its errors come back to each field.
 */
export function ReportFilterForm({ initial, needs, practices, workers, errorFor, onApply }: ReportFilterFormProps) {
  const [values, setValues] = useState<FilterValues>(initial);
  const set = (name: FilterName) => (value: string) => setValues((v) => ({ ...v, [name]: value }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply(values);
  }

  return (
    <form method="get" onSubmit={submit} noValidate aria-label="Filter the report">
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-one-half">
          <TextInput
            name="from"
            label="From month"
            hint="The first month, for example 2026-04"
            type="month"
            value={values.from}
            onChange={set('from')}
            error={errorFor('from')}
            widthClass="nhsuk-input--width-10"
          />
        </div>
        <div className="nhsuk-grid-column-one-half">
          <TextInput
            name="to"
            label="To month"
            hint="The last month, included, for example 2027-03"
            type="month"
            value={values.to}
            onChange={set('to')}
            error={errorFor('to')}
            widthClass="nhsuk-input--width-10"
          />
        </div>
      </div>
      {practices ? (
        <Select
          name="practice"
          label="GP practice"
          value={values.practice}
          options={withCurrent(practices, values.practice)}
          emptyOption="Every practice"
          onChange={set('practice')}
          error={errorFor('practice')}
        />
      ) : null}
      {needs ? (
        <Select
          name="need"
          label="Need"
          value={values.need}
          options={withCurrent(needs, values.need)}
          emptyOption="Every need"
          onChange={set('need')}
          error={errorFor('need')}
        />
      ) : null}
      {workers ? (
        <Select
          name="worker"
          label="Link worker"
          hint={
            workers.partial ? `The first ${workers.options.length} link workers by name.` : 'Active link workers only.'
          }
          value={values.worker}
          options={withCurrent(workers.options, values.worker)}
          emptyOption="Every link worker"
          onChange={set('worker')}
          error={errorFor('worker')}
        />
      ) : null}
      <Button variant="secondary">Apply filters</Button>
    </form>
  );
}
