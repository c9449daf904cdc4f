import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { settingsApi, type StaffChoice, type StaffMember } from '../api/settings.ts';
import { fieldId } from '../lib/fields.ts';
import { Button } from './Button.tsx';
import { ChoiceItem } from './form/ChoiceItem.tsx';
import { Field } from './form/Field.tsx';
import { TextInput } from './form/TextInput.tsx';

/** Staff per page of matches. */
const PAGE = 25;

function roleText(role: StaffChoice['role']): string {
  if (role === 'scheme_manager') return 'scheme manager';
  if (role === 'supervisor') return 'supervisor';
  return 'no longer a manager or supervisor here';
}

/** "Sam Patel (supervisor)": how a choice is named on its radio and as the current choice. */
export function staffLabel(person: StaffChoice): string {
  return `${person.name} (${roleText(person.role)})`;
}

interface StaffPickerProps {
  /** The scheme whose managers and supervisors may be chosen. */
  slug: string;
  /** The body field, e.g. "safeguardingLeadId": the first radio carries its id, so error links land on it. */
  name: string;
  legend: string;
  hint?: string;
  /** The radio for choosing no one, e.g. "No safeguarding lead". */
  noneText: string;
  /** Who is chosen now, as saved, by name; null when no one is. */
  current: StaffChoice | null;
  /** The chosen user id, or '' for no one. */
  value: string;
  onChange: (userId: string) => void;
  error?: string;
  /** Someone who may not be chosen here (a worker cannot supervise themself). */
  exclude?: string;
}

type Results =
  | { status: 'loading'; staff: StaffMember[] }
  | { status: 'loaded'; staff: StaffMember[]; next: string | null }
  | { status: 'failed'; staff: StaffMember[] };

/**
 * Chooses one of the scheme's managers and supervisors, or no one: the choice now by name, a search by name,
 * and a page of matches as radios with "Show more" — never the whole team at once, however large it is.
 */
export function StaffPicker(props: StaffPickerProps) {
  const { slug, exclude } = props;
  const id = fieldId(props.name);
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<Results>({ status: 'loading', staff: [] });
  const [chosen, setChosen] = useState<StaffChoice | null>(props.current);
  const focusAt = useRef<number | null>(null);

  const load = useCallback(
    async (q: string, after: string | undefined, before: StaffMember[]) => {
      setResults({ status: 'loading', staff: before });
      try {
        const page = await settingsApi.staff(slug, { q: q || undefined, after, limit: PAGE });
        setResults({ status: 'loaded', staff: [...before, ...page.staff], next: page.next });
      } catch {
        setResults({ status: 'failed', staff: before });
      }
    },
    [slug],
  );

  useEffect(() => {
    void load(query, undefined, []);
  }, [load, query]);

  const shown = results.staff.filter((m) => m.userId !== exclude);

  // After "Show more", move focus to the first person added, so keyboard users carry on from there.
  useEffect(() => {
    if (results.status !== 'loaded' || focusAt.current === null) return;
    const first = results.staff.slice(focusAt.current).find((m) => m.userId !== exclude);
    focusAt.current = null;
    if (first) document.getElementById(`${id}-person-${first.userId}`)?.focus();
  }, [results, exclude, id]);

  function search() {
    const q = text.trim();
    if (q === query) void load(q, undefined, []);
    else setQuery(q);
  }

  function searchOnEnter(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Enter' && (event.target as HTMLElement).id === `${id}-search`) {
      event.preventDefault();
      search();
    }
  }

  function choose(person: StaffChoice | null) {
    setChosen(person);
    props.onChange(person?.userId ?? '');
  }

  const selected = props.value && chosen?.userId === props.value ? chosen : null;
  const extra = selected && !shown.some((m) => m.userId === selected.userId) ? selected : null;

  let count: string;
  if (results.status === 'loading') count = 'Looking for staff…';
  else if (results.status === 'failed') count = 'The list of staff could not be loaded. Search again to retry.';
  else if (shown.length === 0)
    count = query ? `No managers or supervisors found with “${query}” in their name` : 'No managers or supervisors';
  else {
    const people = `${shown.length} ${shown.length === 1 ? 'manager or supervisor' : 'managers and supervisors'}`;
    const more = results.next ? ', more to show' : '';
    count = query ? `${people} found with “${query}” in their name${more}` : `${people} shown${more}`;
  }

  return (
    <Field id={id} legend={props.legend} size="s" hint={props.hint} error={props.error}>
      {({ id: firstId }) => (
        <>
          <p className="nhsuk-body">
            Now: <strong>{props.current ? staffLabel(props.current) : 'no one'}</strong>
          </p>
          <div onKeyDown={searchOnEnter}>
            <TextInput
              name={`${props.name}-search`}
              label="Search by name"
              type="search"
              autoComplete="off"
              spellCheck={false}
              widthClass="nhsuk-input--width-20"
              value={text}
              onChange={setText}
            />
            <Button type="button" variant="secondary" onClick={search}>
              Search
            </Button>
          </div>
          <p className="nhsuk-body" role="status" aria-live="polite">
            {count}
          </p>
          <div className="nhsuk-radios">
            <ChoiceItem
              type="radio"
              id={firstId}
              name={props.name}
              value=""
              checked={props.value === ''}
              onChange={() => choose(null)}
              label={props.noneText}
            />
            {extra ? (
              <ChoiceItem
                type="radio"
                id={`${id}-chosen`}
                name={props.name}
                value={extra.userId}
                checked
                onChange={() => choose(extra)}
                label={staffLabel(extra)}
              />
            ) : null}
            {shown.map((m) => (
              <ChoiceItem
                key={m.userId}
                type="radio"
                id={`${id}-person-${m.userId}`}
                name={props.name}
                value={m.userId}
                checked={props.value === m.userId}
                onChange={() => choose(m)}
                label={staffLabel(m)}
              />
            ))}
          </div>
          {results.status === 'loaded' && results.next ? (
            <p className="nhsuk-u-margin-top-4">
              <Button
                type="button"
                variant="secondary"
                onClick={() => {
                  focusAt.current = results.staff.length;
                  void load(query, results.next ?? undefined, results.staff);
                }}
              >
                Show more
              </Button>
            </p>
          ) : null}
        </>
      )}
    </Field>
  );
}
