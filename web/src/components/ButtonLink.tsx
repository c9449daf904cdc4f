import type { KeyboardEvent, ReactNode } from 'react';
import { Link, useNavigate } from 'react-router-dom';

/** The NHS.UK "link styled as a button" pattern (role="button"), which also answers the space key. */
export function ButtonLink({
  to,
  children,
  variant,
}: {
  to: string;
  children: ReactNode;
  variant?: 'secondary' | 'warning';
}) {
  const navigate = useNavigate();
  function onKeyDown(event: KeyboardEvent<HTMLAnchorElement>) {
    if (event.key !== ' ') return;
    event.preventDefault();
    navigate(to);
  }
  return (
    <Link
      to={to}
      role="button"
      draggable="false"
      className={variant ? `nhsuk-button nhsuk-button--${variant}` : 'nhsuk-button'}
      data-module="nhsuk-button"
      onKeyDown={onKeyDown}
    >
      {children}
    </Link>
  );
}
