/** The directory search form: need, words, distance from a postcode, language, age, day and time, cost and capacity. */
import type { Dispatch, FormEvent, SetStateAction } from 'react';
import type { directoryApi } from '../../api/directory.ts';
import { Button } from '../../components/Button.tsx';
import { Checkbox, Checkboxes } from '../../components/form/Checkboxes.tsx';
import { Select } from '../../components/form/Select.tsx';
import { TextInput } from '../../components/form/TextInput.tsx';
import { CAPACITY_OPTIONS, DAYS } from './directoryLabels.tsx';
import { DISTANCES, TIMES, type SearchForm } from './directorySearchQuery.ts';

/** The search's filters, each field kept in the form until the search is sent. */
export function DirectorySearchFilters({
  form,
  setForm,
  choices,
  errorFor,
  onSubmit,
}: {
  form: SearchForm;
  setForm: Dispatch<SetStateAction<SearchForm>>;
  choices: Awaited<ReturnType<typeof directoryApi.choices>>;
  errorFor: (field: string) => string | undefined;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
}) {
  const set =
    <K extends keyof SearchForm>(key: K) =>
    (value: SearchForm[K]) =>
      setForm((f) => ({ ...f, [key]: value }));
  const { needs, languages } = choices;
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Search the directory">
      <Select
        name="need"
        label="Need"
        emptyOption="Any need"
        value={form.need}
        onChange={set('need')}
        error={errorFor('need')}
        options={needs.map((n) => ({ value: n.id, text: `${n.name} (${n.services})` }))}
      />
      <TextInput
        name="q"
        label="Words"
        hint="For example walking, debt or knitting"
        value={form.q}
        onChange={set('q')}
        error={errorFor('q')}
        inputMode="search"
      />
      <TextInput
        name="postcode"
        label="Postcode"
        hint="To measure distance from, for example LK1 2ZR"
        value={form.postcode}
        onChange={set('postcode')}
        error={errorFor('postcode')}
        widthClass="nhsuk-input--width-10"
        autoComplete="off"
      />
      <Select
        name="within"
        label="Distance"
        emptyOption="Any distance"
        value={form.within}
        onChange={set('within')}
        error={errorFor('within')}
        options={DISTANCES.map((d) => ({ value: d, text: `Within ${d} mile${d === '1' ? '' : 's'}` }))}
      />
      <Select
        name="language"
        label="Language"
        emptyOption="Any language"
        value={form.language}
        onChange={set('language')}
        error={errorFor('language')}
        options={languages.map((l) => ({ value: l.code, text: l.name }))}
      />
      <TextInput
        name="age"
        label="Age of the person"
        hint="Only services open to this age"
        value={form.age}
        onChange={set('age')}
        error={errorFor('age')}
        inputMode="numeric"
        widthClass="nhsuk-input--width-3"
      />
      <Select
        name="day"
        label="Day"
        emptyOption="Any day"
        value={form.day}
        onChange={set('day')}
        error={errorFor('day')}
        options={DAYS.map((d) => ({ value: d.code, text: d.name }))}
      />
      <Select
        name="time"
        label="Time of day"
        emptyOption="Any time"
        value={form.time}
        onChange={set('time')}
        error={errorFor('time')}
        options={TIMES.map((t) => ({ value: t.value, text: t.text }))}
      />
      <Checkboxes
        name="capacity"
        legend="Capacity"
        values={form.capacity}
        onChange={set('capacity')}
        error={errorFor('capacity')}
        options={CAPACITY_OPTIONS}
        small
      />
      <Checkbox
        name="free"
        label="Free services only"
        checked={form.free}
        onChange={set('free')}
        error={errorFor('free')}
      />
      <Checkbox
        name="hideStale"
        label="Hide services not confirmed in the last 12 months"
        checked={form.hideStale}
        onChange={set('hideStale')}
        error={errorFor('hideStale')}
      />
      <Button>Search</Button>
    </form>
  );
}
