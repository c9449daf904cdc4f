import { fieldId } from '../lib/fields.ts';
import { ErrorMessage } from './ErrorMessage.tsx';

export interface RadioOption {
  value: string;
  text: string;
  hint?: string;
}

interface RadiosProps {
  name: string;
  legend: string;
  value: string;
  options: RadioOption[];
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
  /** Shows the legend as the page heading (for one-question pages). */
  isPageHeading?: boolean;
}

/** NHS.UK radios in a fieldset; the first radio carries the field id so error links land on it. */
export function Radios(props: RadiosProps) {
  const id = fieldId(props.name);
  const hintId = props.hint ? `${id}-hint` : undefined;
  const errorId = props.error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={props.error ? 'nhsuk-form-group nhsuk-form-group--error' : 'nhsuk-form-group'}>
      <fieldset className="nhsuk-fieldset" aria-describedby={describedBy}>
        <legend
          className={
            props.isPageHeading
              ? 'nhsuk-fieldset__legend nhsuk-fieldset__legend--l'
              : 'nhsuk-fieldset__legend nhsuk-fieldset__legend--s'
          }
        >
          {props.isPageHeading ? <h1 className="nhsuk-fieldset__heading">{props.legend}</h1> : props.legend}
        </legend>
        {props.hint ? (
          <div className="nhsuk-hint" id={hintId}>
            {props.hint}
          </div>
        ) : null}
        {props.error && errorId ? <ErrorMessage id={errorId} text={props.error} /> : null}
        <div className="nhsuk-radios">
          {props.options.map((option, index) => {
            const optionId = index === 0 ? id : `${id}-${index + 1}`;
            const optionHintId = option.hint ? `${optionId}-item-hint` : undefined;
            return (
              <div className="nhsuk-radios__item" key={option.value}>
                <input
                  className="nhsuk-radios__input"
                  id={optionId}
                  name={props.name}
                  type="radio"
                  value={option.value}
                  checked={props.value === option.value}
                  onChange={() => props.onChange(option.value)}
                  aria-describedby={optionHintId}
                />
                <label className="nhsuk-label nhsuk-radios__label" htmlFor={optionId}>
                  {option.text}
                </label>
                {option.hint ? (
                  <div className="nhsuk-hint nhsuk-radios__hint" id={optionHintId}>
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
