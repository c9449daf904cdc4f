import { DateInput, readDate, type DateParts } from '../../components/form/DateInput.tsx';
import { TextInput } from '../../components/form/TextInput.tsx';
import type { FieldError } from '../../hooks/useFormErrors.ts';
import { londonDateTimeToIso, londonTimeOfDay, londonToday } from '../../lib/format.ts';

/** A date and time as typed: the three date boxes and a time box ("14:30"). */
export interface DateTimeParts {
  date: DateParts;
  time: string;
}

/** Now in London, in the boxes, for "when" questions that are usually answered "just now". */
export function nowParts(now = new Date()): DateTimeParts {
  const [year, month, day] = londonToday(now).split('-').map(Number);
  return { date: { day: String(day), month: String(month), year: String(year) }, time: londonTimeOfDay(now) };
}

/** Today in the date boxes, with the time left for the person to give. */
export function todayParts(now = new Date()): DateTimeParts {
  return { ...nowParts(now), time: '' };
}

/** Reads "14:30", "14.30", "1430" or "9:05" as hours and minutes on the 24-hour clock. */
function readTime(text: string): { hours: number; minutes: number } | null {
  const match = /^(\d{1,2})[:.]?(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return null;
  return { hours, minutes };
}

export type DateTimeReading = { kind: 'ok'; iso: string } | { kind: 'errors'; errors: FieldError[] };

/**
 * Checks the boxes and gives the moment as ISO 8601 (read as London time, whatever the computer's zone), or errors
 * on `field` (the date) and `${field}Time`. Moments in the future are refused: we record what happened.
 */
export function readDateTime(parts: DateTimeParts, field: string, what: string, now = new Date()): DateTimeReading {
  const errors: FieldError[] = [];
  const date = readDate(parts.date);
  if (date.kind === 'empty') errors.push({ field, text: `Enter the date of the ${what}` });
  else if (date.kind === 'invalid' && date.problem === 'incomplete')
    errors.push({ field, text: `The date of the ${what} must include a day, month and year` });
  else if (date.kind === 'invalid') errors.push({ field, text: `The date of the ${what} must be a real date` });
  const time = readTime(parts.time);
  if (!parts.time.trim()) errors.push({ field: `${field}Time`, text: `Enter the time of the ${what}` });
  else if (!time)
    errors.push({ field: `${field}Time`, text: `Enter the time of the ${what} on the 24-hour clock, like 14:30` });
  if (errors.length > 0 || date.kind !== 'date' || !time) return { kind: 'errors', errors };
  const moment = new Date(londonDateTimeToIso(date.iso, time.hours, time.minutes));
  if (moment.getTime() > now.getTime() + 5 * 60_000) {
    return { kind: 'errors', errors: [{ field, text: `The ${what} must be today or in the past` }] };
  }
  return { kind: 'ok', iso: moment.toISOString() };
}

interface DateTimeFieldsProps {
  /** Element name of the date (its day box carries this id); the time box is `${name}Time`. */
  name: string;
  legend: string;
  timeLabel: string;
  value: DateTimeParts;
  onChange: (value: DateTimeParts) => void;
  dateError?: string;
  timeError?: string;
  hint?: string;
}

/** A date (day, month, year boxes) and a time box, for when something happened. */
export function DateTimeFields(props: DateTimeFieldsProps) {
  return (
    <>
      <DateInput
        name={props.name}
        legend={props.legend}
        hint={props.hint ?? 'For example, 23 11 2026'}
        value={props.value.date}
        onChange={(date) => props.onChange({ ...props.value, date })}
        error={props.dateError}
      />
      <TextInput
        name={`${props.name}Time`}
        label={props.timeLabel}
        hint="Use the 24-hour clock, for example 14:30"
        value={props.value.time}
        onChange={(time) => props.onChange({ ...props.value, time })}
        error={props.timeError}
        widthClass="nhsuk-input--width-5"
        autoComplete="off"
      />
    </>
  );
}
