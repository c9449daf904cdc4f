import type { MeasureItem } from '../../api/outcomes.ts';
import { ChoiceItem } from '../../components/form/ChoiceItem.tsx';
import { Field } from '../../components/form/Field.tsx';
import { fieldId } from '../../lib/fields.ts';

interface MeasureItemFieldProps {
  /** The element name of `answers.<itemKey>` in the form; the first radio carries its id, so error links land there. */
  name: string;
  item: MeasureItem;
  /** The answer chosen, as text ("" when none). */
  value: string;
  onChange: (value: string) => void;
  error?: string;
}

/** What the ends of a scale mean, said once above its radios: "0 means not at all, 10 means completely". */
function scaleHint(item: MeasureItem): string | undefined {
  const scale = item.scale;
  if (!scale || (!scale.minLabel && !scale.maxLabel)) return undefined;
  const ends = [
    scale.minLabel ? `${scale.min} means ${scale.minLabel.toLowerCase()}` : null,
    scale.maxLabel ? `${scale.max} means ${scale.maxLabel.toLowerCase()}` : null,
  ].filter(Boolean);
  return `${ends.join(', ')}.`;
}

/** The answers to choose from: every point of a scale, or the item's listed answers. */
function choicesOf(item: MeasureItem): { value: string; text: string }[] {
  if (item.scale) {
    const { min, max } = item.scale;
    return Array.from({ length: Math.max(0, max - min + 1) }, (_, i) => ({
      value: String(min + i),
      text: String(min + i),
    }));
  }
  return (item.answers ?? []).map((a) => ({ value: String(a.value), text: a.label }));
}

/**
 * One question of a measure, word for word, as NHS.UK radios: a 0–10 scale as a row of inline radios with what
 * its ends mean, listed answers one under another.
 */
export function MeasureItemField({ name, item, value, onChange, error }: MeasureItemFieldProps) {
  const choices = choicesOf(item);
  const inline = Boolean(item.scale);
  return (
    <Field id={fieldId(name)} legend={item.text} size="s" hint={scaleHint(item)} error={error}>
      {({ id }) => (
        <div className={inline ? 'nhsuk-radios nhsuk-radios--inline' : 'nhsuk-radios'}>
          {choices.map((choice, index) => (
            <ChoiceItem
              key={choice.value}
              type="radio"
              id={index === 0 ? id : `${id}-${index + 1}`}
              name={name}
              value={choice.value}
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
              label={choice.text}
            />
          ))}
        </div>
      )}
    </Field>
  );
}
