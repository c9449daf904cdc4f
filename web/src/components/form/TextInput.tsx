import type { HTMLInputAutoCompleteAttribute, HTMLInputTypeAttribute } from 'react';
import { fieldId } from '../../lib/fields.ts';
import { Field, classes } from './Field.tsx';

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
  return (
    <Field
      id={fieldId(props.name)}
      label={props.label}
      size={props.isPageHeading ? 'l' : undefined}
      heading={props.isPageHeading ? 'h1' : undefined}
      hint={props.hint}
      error={props.error}
    >
      {({ id, describedBy }) => (
        <input
          className={classes('nhsuk-input', props.widthClass, props.error ? 'nhsuk-input--error' : undefined)}
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
      )}
    </Field>
  );
}
