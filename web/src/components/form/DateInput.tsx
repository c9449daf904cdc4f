import { fieldId } from '../../lib/fields.ts';
import { Field, classes } from './Field.tsx';

/** What a person typed in the three boxes, kept as text so nothing they type is lost. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export const EMPTY_DATE: DateParts = { day: '', month: '', year: '' };

/** Splits "yyyy-mm-dd" into the three boxes (for editing a saved date). */
export function datePartsFrom(iso: string | null | undefined): DateParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  if (!match) return EMPTY_DATE;
  return { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1] ?? '' };
}

export type DateReading =
  { kind: 'empty' } | { kind: 'date'; iso: string } | { kind: 'invalid'; problem: 'incomplete' | 'not-real' };

/** Reads the three boxes as a real calendar date in "yyyy-mm-dd" form, or says what is wrong. */
export function readDate(parts: DateParts): DateReading {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (!day && !month && !year) return { kind: 'empty' };
  if (!day || !month || !year) return { kind: 'invalid', problem: 'incomplete' };
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year))
    return { kind: 'invalid', problem: 'not-real' };
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso)
    return { kind: 'invalid', problem: 'not-real' };
  return { kind: 'date', iso };
}

interface DateInputProps {
  /** Body field path, e.g. "patient.dateOfBirth"; the day box carries its id so error links land there. */
  name: string;
  legend: string;
  value: DateParts;
  onChange: (value: DateParts) => void;
  hint?: string;
  error?: string;
  /** For dates of birth: lets browsers fill the boxes from the person's saved details. */
  autoCompleteBirthday?: boolean;
}

/** The NHS.UK date input: day, month and year boxes in a fieldset (role group). */
export function DateInput(props: DateInputProps) {
  const id = fieldId(props.name);
  const boxes = [
    { key: 'day' as const, label: 'Day', id, width: 'nhsuk-input--width-2', auto: 'bday-day' },
    { key: 'month' as const, label: 'Month', id: `${id}-month`, width: 'nhsuk-input--width-2', auto: 'bday-month' },
    { key: 'year' as const, label: 'Year', id: `${id}-year`, width: 'nhsuk-input--width-4', auto: 'bday-year' },
  ];
  return (
    <Field id={id} legend={props.legend} role="group" hint={props.hint} error={props.error}>
      {() => (
        <div className="nhsuk-date-input">
          {boxes.map((box) => (
            <div className="nhsuk-date-input__item" key={box.key}>
              <div className="nhsuk-form-group">
                <label className="nhsuk-label nhsuk-date-input__label" htmlFor={box.id}>
                  {box.label}
                </label>
                <input
                  className={classes(
                    'nhsuk-input',
                    'nhsuk-date-input__input',
                    box.width,
                    props.error ? 'nhsuk-input--error' : undefined,
                  )}
                  id={box.id}
                  name={`${props.name}.${box.key}`}
                  type="text"
                  inputMode="numeric"
                  autoComplete={props.autoCompleteBirthday ? box.auto : 'off'}
                  value={props.value[box.key]}
                  onChange={(event) => props.onChange({ ...props.value, [box.key]: event.target.value })}
                  aria-invalid={props.error ? 'true' : undefined}
                />
              </div>
            </div>
          ))}
        </div>
      )}
    </Field>
  );
}
