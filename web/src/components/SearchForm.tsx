import { useEffect, useState, type FormEvent } from 'react';
import { Link, type To } from 'react-router-dom';
import { Button } from './Button.tsx';
import { TextInput } from './form/TextInput.tsx';

interface SearchFormProps {
  /** Names the search landmark, e.g. "Link workers". */
  ariaLabel: string;
  label: string;
  hint?: string;
  /** The search in force (usually from the page address); the box follows it, back and forward included. */
  current: string;
  /** Called with what was typed, trimmed ('' for no search). */
  onSearch: (text: string) => void;
  /** A way back to the whole list, offered while a search is in force. */
  clear?: { to: To; text: string };
  /** A fixed-width box (NHS.UK width class) instead of half the grid. */
  widthClass?: string;
}

/** A search box for a list too long to show whole: one text input, a Search button, and the way back. */
export function SearchForm({ ariaLabel, label, hint, current, onSearch, clear, widthClass }: SearchFormProps) {
  const [text, setText] = useState(current);
  useEffect(() => setText(current), [current]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSearch(text.trim());
  }

  const input = (
    <TextInput
      name="q"
      label={label}
      hint={hint}
      type="search"
      autoComplete="off"
      spellCheck={false}
      widthClass={widthClass}
      value={text}
      onChange={setText}
    />
  );
  return (
    <form method="get" role="search" aria-label={ariaLabel} onSubmit={submit} noValidate>
      {widthClass ? (
        input
      ) : (
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-one-half">{input}</div>
        </div>
      )}
      <div className="nhsuk-button-group">
        <Button variant="secondary">Search</Button>
        {clear && current ? (
          <Link className="nhsuk-link" to={clear.to}>
            {clear.text}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
