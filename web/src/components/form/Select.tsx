import { fieldId } from '../../lib/fields.ts';
import { Field } from './Field.tsx';

export interface SelectOption {
  value: string;
  text: string;
}

interface SelectProps {
  name: string;
  label: string;
  value: string;
  options: SelectOption[];
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
  /** Text of a first, empty choice, e.g. "Choose a scheme". */
  emptyOption?: string;
}

/** An NHS.UK select with its label, optional hint and inline error. */
export function Select(props: SelectProps) {
  return (
    <Field id={fieldId(props.name)} label={props.label} hint={props.hint} error={props.error}>
      {({ id, describedBy }) => (
        <select
          className={props.error ? 'nhsuk-select nhsuk-select--error' : 'nhsuk-select'}
          id={id}
          name={props.name}
          value={props.value}
          onChange={(event) => props.onChange(event.target.value)}
          aria-describedby={describedBy}
          aria-invalid={props.error ? 'true' : undefined}
        >
          {props.emptyOption !== undefined ? <option value="">{props.emptyOption}</option> : null}
          {props.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.text}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
