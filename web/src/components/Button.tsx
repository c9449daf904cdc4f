import type { ReactNode } from 'react';

interface ButtonProps {
  children: ReactNode;
  variant?: 'primary' | 'secondary' | 'warning';
  type?: 'submit' | 'button';
  disabled?: boolean;
  onClick?: () => void;
}

/** The NHS.UK button; submit by default, so forms work from the keyboard. */
export function Button({ children, variant = 'primary', type = 'submit', disabled, onClick }: ButtonProps) {
  const modifier = variant === 'primary' ? '' : ` nhsuk-button--${variant}`;
  return (
    <button
      className={`nhsuk-button${modifier}`}
      data-module="nhsuk-button"
      type={type}
      disabled={disabled}
      aria-disabled={disabled ? 'true' : undefined}
      onClick={onClick}
    >
      {children}
    </button>
  );
}
