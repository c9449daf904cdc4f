import type { ReactNode } from 'react';

interface ChoiceItemProps {
  type: 'radio' | 'checkbox';
  id: string;
  /** Left out for a box that saves on its own rather than with a form. */
  name?: string;
  value?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  label: ReactNode;
  hint?: ReactNode;
  /** The hint's id when it is not the usual `<id>-item-hint`. */
  hintId?: string;
  disabled?: boolean;
}

/** One NHS.UK radio or checkbox with its label and item hint, which describes it. */
export function ChoiceItem(props: ChoiceItemProps) {
  const kind = props.type === 'radio' ? 'radios' : 'checkboxes';
  const hintId = props.hint ? (props.hintId ?? `${props.id}-item-hint`) : undefined;
  return (
    <div className={`nhsuk-${kind}__item`}>
      <input
        className={`nhsuk-${kind}__input`}
        id={props.id}
        name={props.name}
        type={props.type}
        value={props.value}
        checked={props.checked}
        disabled={props.disabled}
        onChange={(event) => props.onChange(event.target.checked)}
        aria-describedby={hintId}
      />
      <label className={`nhsuk-label nhsuk-${kind}__label`} htmlFor={props.id}>
        {props.label}
      </label>
      {props.hint ? (
        <div className={`nhsuk-hint nhsuk-${kind}__hint`} id={hintId}>
          {props.hint}
        </div>
      ) : null}
    </div>
  );
}
