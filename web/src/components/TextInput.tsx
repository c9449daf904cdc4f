import type { HTMLInputAutoCompleteAttribute, HTMLInputTypeAttribute } from 'react';
import { fieldId } from '../lib/fields.ts';
import { ErrorMessage } from './ErrorMessage.tsx';

interface TextInputProps {
  /** Body field path, e.g. "email"; also gives the element id. */
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
  type?: HTMLInputTypeAttribute;
  autoComplete?: HTMLInputAutoCompleteAttribute;
  inputMode?: 'text' | 'numeric' | 'email' | 'search';
  spellCheck?: boolean;
  widthClass?: string;
  /** Shows the label as the page heading (for one-question pages). */
  isPageHeading?: boolean;
}

/** An NHS.UK text input with its label, optional hint and inline error. */
export function TextInput(props: TextInputProps) {
  const id = fieldId(props.name);
  const hintId = props.hint ? `${id}-hint` : undefined;
  const errorId = props.error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const label = (
    <label className={props.isPageHeading ? 'nhsuk-label nhsuk-label--l' : 'nhsuk-label'} htmlFor={id}>
      {props.label}
    </label>
  );
  return (
    <div className={props.error ? 'nhsuk-form-group nhsuk-form-group--error' : 'nhsuk-form-group'}>
      {props.isPageHeading ? <h1 className="nhsuk-label-wrapper">{label}</h1> : label}
      {props.hint ? (
        <div className="nhsuk-hint" id={hintId}>
          {props.hint}
        </div>
      ) : null}
      {props.error && errorId ? <ErrorMessage id={errorId} text={props.error} /> : null}
      <input
        className={['nhsuk-input', props.widthClass, props.error ? 'nhsuk-input--error' : undefined]
          .filter(Boolean)
          .join(' ')}
        id={id}
        name={props.name}
        type={props.type ?? 'text'}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
        autoComplete={props.autoComplete}
        inputMode={props.inputMode}
        spellCheck={props.spellCheck}
        aria-describedby={describedBy}
        aria-invalid={props.error ? 'true' : undefined}
      />
    </div>
  );
}
