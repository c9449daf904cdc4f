import type { ReactNode } from 'react';
import { fieldId } from '../../lib/fields.ts';
import { ChoiceItem } from './ChoiceItem.tsx';
import { Field, FormGroup, fieldIds } from './Field.tsx';
import { ErrorMessage } from './ErrorMessage.tsx';

export interface CheckboxOption {
  value: string;
  text: string;
  hint?: string;
  /** Body field path for this box alone (e.g. "consent.contact"), so an error about it links here. */
  id?: string;
}

interface CheckboxesProps {
  /** Body field path of the whole list, e.g. "needs"; the first box carries its id. */
  name: string;
  legend: string;
  values: readonly string[];
  options: readonly CheckboxOption[];
  onChange: (values: string[]) => void;
  hint?: ReactNode;
  error?: string;
  /** Errors about one box (by its option id), shown above the list too. */
  optionErrors?: readonly string[];
  legendSize?: 's' | 'm';
  small?: boolean;
}

/** NHS.UK checkboxes in a fieldset; the first box carries the field id so error links land on it. */
export function Checkboxes(props: CheckboxesProps) {
  const errors = [props.error, ...(props.optionErrors ?? [])].filter((e): e is string => Boolean(e));

  function toggle(value: string, checked: boolean) {
    const next = checked ? [...props.values, value] : props.values.filter((v) => v !== value);
    // Keep the options' order, whatever order they were ticked in.
    props.onChange(props.options.map((o) => o.value).filter((v) => next.includes(v)));
  }

  return (
    <Field
      id={fieldId(props.name)}
      legend={props.legend}
      size={props.legendSize ?? 's'}
      hint={props.hint}
      error={errors.length ? errors.join(' ') : undefined}
    >
      {({ id }) => (
        <div className={props.small ? 'nhsuk-checkboxes nhsuk-checkboxes--small' : 'nhsuk-checkboxes'}>
          {props.options.map((option, index) => (
            <ChoiceItem
              key={option.value}
              type="checkbox"
              id={option.id ? fieldId(option.id) : index === 0 ? id : `${id}-${index + 1}`}
              name={props.name}
              value={option.value}
              checked={props.values.includes(option.value)}
              onChange={(checked) => toggle(option.value, checked)}
              label={option.text}
              hint={option.hint}
            />
          ))}
        </div>
      )}
    </Field>
  );
}

interface CheckboxProps {
  /** Body field path, e.g. "patient.interpreterNeeded"; also gives the element id. */
  name: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string;
  error?: string;
}

/** One yes-or-no checkbox on its own (no fieldset), such as "Interpreter needed". */
export function Checkbox(props: CheckboxProps) {
  const id = fieldId(props.name);
  const { errorId } = fieldIds(id, false, Boolean(props.error));
  const hintId = props.hint ? `${id}-item-hint` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <FormGroup error={Boolean(props.error)}>
      {props.error && errorId ? <ErrorMessage id={errorId} text={props.error} /> : null}
      <div className="nhsuk-checkboxes">
        <div className="nhsuk-checkboxes__item">
          <input
            className="nhsuk-checkboxes__input"
            id={id}
            name={props.name}
            type="checkbox"
            checked={props.checked}
            onChange={(event) => props.onChange(event.target.checked)}
            aria-describedby={describedBy}
            aria-invalid={props.error ? 'true' : undefined}
          />
          <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={id}>
            {props.label}
          </label>
          {props.hint ? (
            <div className="nhsuk-hint nhsuk-checkboxes__hint" id={hintId}>
              {props.hint}
            </div>
          ) : null}
        </div>
      </div>
    </FormGroup>
  );
}
