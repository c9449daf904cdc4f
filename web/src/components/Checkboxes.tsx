import type { ReactNode } from 'react';
import { fieldId } from '../lib/fields.ts';
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
  const id = fieldId(props.name);
  const hintId = props.hint ? `${id}-hint` : undefined;
  const errors = [props.error, ...(props.optionErrors ?? [])].filter((e): e is string => Boolean(e));
  const errorId = errors.length ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;

  function toggle(value: string, checked: boolean) {
    const next = checked ? [...props.values, value] : props.values.filter((v) => v !== value);
    // Keep the options' order, whatever order they were ticked in.
    props.onChange(props.options.map((o) => o.value).filter((v) => next.includes(v)));
  }

  return (
    <div className={errors.length ? 'nhsuk-form-group nhsuk-form-group--error' : 'nhsuk-form-group'}>
      <fieldset className="nhsuk-fieldset" aria-describedby={describedBy}>
        <legend className={`nhsuk-fieldset__legend nhsuk-fieldset__legend--${props.legendSize ?? 's'}`}>
          {props.legend}
        </legend>
        {props.hint ? (
          <div className="nhsuk-hint" id={hintId}>
            {props.hint}
          </div>
        ) : null}
        {errors.length && errorId ? <ErrorMessage id={errorId} text={errors.join(' ')} /> : null}
        <div className={props.small ? 'nhsuk-checkboxes nhsuk-checkboxes--small' : 'nhsuk-checkboxes'}>
          {props.options.map((option, index) => {
            const optionId = option.id ? fieldId(option.id) : index === 0 ? id : `${id}-${index + 1}`;
            const optionHintId = option.hint ? `${optionId}-item-hint` : undefined;
            return (
              <div className="nhsuk-checkboxes__item" key={option.value}>
                <input
                  className="nhsuk-checkboxes__input"
                  id={optionId}
                  name={props.name}
                  type="checkbox"
                  value={option.value}
                  checked={props.values.includes(option.value)}
                  onChange={(event) => toggle(option.value, event.target.checked)}
                  aria-describedby={optionHintId}
                />
                <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={optionId}>
                  {option.text}
                </label>
                {option.hint ? (
                  <div className="nhsuk-hint nhsuk-checkboxes__hint" id={optionHintId}>
                    {option.hint}
                  </div>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
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
  const hintId = props.hint ? `${id}-item-hint` : undefined;
  const errorId = props.error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={props.error ? 'nhsuk-form-group nhsuk-form-group--error' : 'nhsuk-form-group'}>
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
    </div>
  );
}
