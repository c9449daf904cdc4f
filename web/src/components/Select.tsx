import { fieldId } from '../lib/fields.ts';
import { ErrorMessage } from './ErrorMessage.tsx';

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
  const id = fieldId(props.name);
  const hintId = props.hint ? `${id}-hint` : undefined;
  const errorId = props.error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={props.error ? 'nhsuk-form-group nhsuk-form-group--error' : 'nhsuk-form-group'}>
      <label className="nhsuk-label" htmlFor={id}>
        {props.label}
      </label>
      {props.hint ? (
        <div className="nhsuk-hint" id={hintId}>
          {props.hint}
        </div>
      ) : null}
      {props.error && errorId ? <ErrorMessage id={errorId} text={props.error} /> : null}
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
    </div>
  );
}
