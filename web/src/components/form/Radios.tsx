import type { ReactNode } from 'react';
import { fieldId } from '../../lib/fields.ts';
import { ChoiceItem } from './ChoiceItem.tsx';
import { Field } from './Field.tsx';

export interface RadioOption {
  value: string;
  text: ReactNode;
  hint?: ReactNode;
}

interface RadiosProps {
  name: string;
  legend: string;
  value: string;
  options: readonly RadioOption[];
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
  /** Shows the legend as the page heading (for one-question pages). */
  isPageHeading?: boolean;
  /** Shows the legend as a section heading of this size instead (e.g. an h2 at size m). */
  sectionHeading?: { level: 'h2'; size: 'm' };
}

/** NHS.UK radios in a fieldset; the first radio carries the field id so error links land on it. */
export function Radios(props: RadiosProps) {
  const heading = props.isPageHeading ? ('h1' as const) : props.sectionHeading?.level;
  const size = props.isPageHeading ? ('l' as const) : (props.sectionHeading?.size ?? 's');
  return (
    <Field
      id={fieldId(props.name)}
      legend={props.legend}
      size={size}
      heading={heading}
      hint={props.hint}
      error={props.error}
    >
      {({ id }) => (
        <div className="nhsuk-radios">
          {props.options.map((option, index) => (
            <ChoiceItem
              key={option.value}
              type="radio"
              id={index === 0 ? id : `${id}-${index + 1}`}
              name={props.name}
              value={option.value}
              checked={props.value === option.value}
              onChange={() => props.onChange(option.value)}
              label={option.text}
              hint={option.hint}
            />
          ))}
        </div>
      )}
    </Field>
  );
}
