import { fieldId } from '../../lib/fields.ts';
import { Field } from './Field.tsx';

interface TextareaProps {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
  rows?: number;
}

/** An NHS.UK textarea with its label, optional hint and inline error. */
export function Textarea(props: TextareaProps) {
  return (
    <Field id={fieldId(props.name)} label={props.label} hint={props.hint} error={props.error}>
      {({ id, describedBy }) => (
        <textarea
          className={props.error ? 'nhsuk-textarea nhsuk-textarea--error' : 'nhsuk-textarea'}
          id={id}
          name={props.name}
          rows={props.rows ?? 5}
          value={props.value}
          onChange={(event) => props.onChange(event.target.value)}
          aria-describedby={describedBy}
          aria-invalid={props.error ? 'true' : undefined}
        />
      )}
    </Field>
  );
}
