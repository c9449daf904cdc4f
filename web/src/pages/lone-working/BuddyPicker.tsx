import { useState, type KeyboardEvent } from 'react';
import { ApiError } from '../../api/client.ts';
import { schemesApi } from '../../api/schemes.ts';
import type { TeamMember } from '../../api/types.ts';
import { roleLabel } from '../../auth/roles.ts';
import { Button } from '../../components/Button.tsx';
import { Field } from '../../components/form/Field.tsx';
import { Radios } from '../../components/form/Radios.tsx';
import { fieldId } from '../../lib/fields.ts';

/** The buddy chosen: their id and name (the name to show them as chosen when they are not in the latest results). */
export interface Buddy {
  id: string;
  name: string;
}

interface BuddyPickerProps {
  slug: string;
  /** The worker planning the visit: never their own buddy. */
  meId: string;
  value: Buddy | null;
  onChange: (buddy: Buddy) => void;
  error?: string;
}

type Results =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; query: string; people: TeamMember[]; more: boolean };

/**
 * Choosing a lone worker's buddy from a team of any size: type the start of their name, select Search,
 * then choose from at most 20 people (NHS.UK text input, button and radios). Enter in the box searches
 * rather than sending the visit. The error link (`#buddyId`) lands on the search box.
 */
export function BuddyPicker({ slug, meId, value, onChange, error }: BuddyPickerProps) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<Results>({ status: 'idle' });
  const id = fieldId('buddyId');

  async function search() {
    if (!query.trim()) {
      setResults({ status: 'failed', message: "Enter the start of your buddy's first name or family name" });
      return;
    }
    setResults({ status: 'loading' });
    try {
      const page = await schemesApi.people(slug, { q: query.trim() });
      setResults({
        status: 'ready',
        query: query.trim(),
        people: page.people.filter((p) => p.userId !== meId),
        more: page.next !== null,
      });
    } catch (e) {
      setResults({
        status: 'failed',
        message:
          e instanceof ApiError && e.problem.detail ? e.problem.detail : 'Sorry, the search did not work. Try again.',
      });
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    void search();
  }

  const found = results.status === 'ready' ? results.people : [];
  // The chosen buddy stays a choice after a new search that does not find them.
  const options = [
    ...(value && !found.some((p) => p.userId === value.id) ? [{ value: value.id, text: value.name }] : []),
    ...found.map((p) => ({ value: p.userId, text: `${p.name} (${p.roles.map(roleLabel).join(', ')})` })),
  ];
  const names = new Map([
    ...(value ? [[value.id, value.name] as const] : []),
    ...found.map((p) => [p.userId, p.name] as const),
  ]);

  return (
    <Field
      id={id}
      label="Find your buddy"
      size="s"
      hint="Someone in the scheme who will be available until you check out. Type the start of their first name or family name, then select Search."
      error={error}
    >
      {({ describedBy }) => (
        <>
          <input
            className={
              error ? 'nhsuk-input nhsuk-input--width-20 nhsuk-input--error' : 'nhsuk-input nhsuk-input--width-20'
            }
            id={id}
            name="buddySearch"
            type="search"
            autoComplete="off"
            spellCheck={false}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={onKeyDown}
            aria-describedby={describedBy}
          />
          <div className="nhsuk-u-margin-top-3">
            <Button
              type="button"
              variant="secondary"
              disabled={results.status === 'loading'}
              onClick={() => void search()}
            >
              Search<span className="nhsuk-u-visually-hidden"> for your buddy</span>
            </Button>
          </div>
          <div aria-live="polite">
            {results.status === 'loading' ? <p>Searching…</p> : null}
            {results.status === 'failed' ? <p className="nhsuk-body">{results.message}</p> : null}
            {results.status === 'ready' && found.length === 0 ? (
              <p>
                No one in the scheme’s team has a name starting “{results.query}”. Check the spelling or try their other
                name.
              </p>
            ) : null}
            {results.status === 'ready' && found.length > 0 ? (
              <p>
                {found.length === 1 ? '1 person found' : `${found.length} people found`}
                {results.more ? ': only the first 20 are shown, so type more of the name to find someone else' : ''}.
              </p>
            ) : null}
          </div>
          {options.length > 0 ? (
            <Radios
              name="buddyChoice"
              legend="Your buddy"
              value={value?.id ?? ''}
              options={options}
              onChange={(chosen) => onChange({ id: chosen, name: names.get(chosen) ?? '' })}
            />
          ) : null}
        </>
      )}
    </Field>
  );
}
