import type { ReactNode } from 'react';
import { ErrorMessage } from './ErrorMessage.tsx';

/** The ids a field's parts share: the control's, its hint's and error's, and what describes the control. */
export interface FieldIds {
  id: string;
  hintId: string | undefined;
  errorId: string | undefined;
  /** The hint and error ids, space-separated, or undefined when there are neither. */
  describedBy: string | undefined;
}

/** Derives a field's hint and error ids from the control's id, so every field names them alike. */
export function fieldIds(id: string, hasHint: boolean, hasError: boolean): FieldIds {
  const hintId = hasHint ? `${id}-hint` : undefined;
  const errorId = hasError ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return { id, hintId, errorId, describedBy };
}

/** The NHS.UK form group, marked in error when its field is, so the red bar shows beside it. */
export function FormGroup({ error, children }: { error: boolean; children: ReactNode }) {
  return <div className={error ? 'nhsuk-form-group nhsuk-form-group--error' : 'nhsuk-form-group'}>{children}</div>;
}

type Size = 's' | 'm' | 'l';
type Heading = 'h1' | 'h2';

interface FieldProps {
  /** The control's element id (the first control's, for a group); hint and error ids derive from it. */
  id: string;
  /** A single control's label. */
  label?: ReactNode;
  /** A group's legend: the field becomes a fieldset that the hint and error describe. */
  legend?: ReactNode;
  /** The label's or legend's size modifier; legends are small unless told. */
  size?: Size;
  /** Shows the label or legend as a heading (h1 for one-question pages). */
  heading?: Heading;
  /** A fieldset of date boxes is a group to assistive technology. */
  role?: 'group';
  hint?: ReactNode;
  error?: string;
  /** The control(s), given the ids so a single control can say what describes it. */
  children: (ids: FieldIds) => ReactNode;
}

function labelClass(size: Size | undefined): string {
  return size ? `nhsuk-label nhsuk-label--${size}` : 'nhsuk-label';
}

/**
 * One NHS.UK field: form group, label or fieldset legend, hint, inline error and the control(s), with
 * ids and aria-describedby joined the same way everywhere. Every form field in the app is built on it.
 */
export function Field({ id, label, legend, size, heading: Heading, role, hint, error, children }: FieldProps) {
  const ids = fieldIds(id, Boolean(hint), Boolean(error));
  const hintAndError = (
    <>
      {hint ? (
        <div className="nhsuk-hint" id={ids.hintId}>
          {hint}
        </div>
      ) : null}
      {error && ids.errorId ? <ErrorMessage id={ids.errorId} text={error} /> : null}
    </>
  );

  if (legend !== undefined) {
    return (
      <FormGroup error={Boolean(error)}>
        <fieldset className="nhsuk-fieldset" role={role} aria-describedby={ids.describedBy}>
          <legend className={`nhsuk-fieldset__legend nhsuk-fieldset__legend--${size ?? 's'}`}>
            {Heading ? <Heading className="nhsuk-fieldset__heading">{legend}</Heading> : legend}
          </legend>
          {hintAndError}
          {children(ids)}
        </fieldset>
      </FormGroup>
    );
  }

  const labelElement = (
    <label className={labelClass(size)} htmlFor={id}>
      {label}
    </label>
  );
  return (
    <FormGroup error={Boolean(error)}>
      {Heading ? <Heading className="nhsuk-label-wrapper">{labelElement}</Heading> : labelElement}
      {hintAndError}
      {children(ids)}
    </FormGroup>
  );
}

/** Joins class names, leaving out the ones not in force. */
export function classes(...names: (string | false | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}
