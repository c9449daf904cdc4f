import { useEffect, useRef, type ReactNode, type RefObject, type SyntheticEvent } from 'react';
import { createPortal } from 'react-dom';
import './SessionTimeout.css';

interface SessionTimeoutDialogProps {
  titleId: string;
  textId: string;
  /** alertdialog for the warning (announced at once); dialog for signing in again. */
  role: 'alertdialog' | 'dialog';
  signedOut?: boolean;
  /** Escape: the warning treats it as "stay signed in"; signing in again cannot be dismissed. */
  onEscape?: () => void;
  /** The element to focus when the dialog opens. */
  initialFocus: RefObject<HTMLElement | null>;
  children: ReactNode;
}

/**
 * A modal over the page, outside the app's root so the page can be hidden behind it without losing
 * what was typed: focus moves in on opening and back to where it was on closing.
 */
export function SessionTimeoutDialog({
  titleId,
  textId,
  role,
  signedOut,
  onEscape,
  initialFocus,
  children,
}: SessionTimeoutDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const root = document.getElementById('root');
    // Signed out: the page stays in memory but is not shown, so an unattended screen shows no patient data.
    if (signedOut && root) root.hidden = true;
    dialog.showModal();
    initialFocus.current?.focus();
    return () => {
      if (dialog.open) dialog.close();
      if (signedOut && root) root.hidden = false;
      previous?.focus({ preventScroll: true });
    };
  }, [signedOut, initialFocus]);

  function cancel(event: SyntheticEvent<HTMLDialogElement>) {
    event.preventDefault();
    onEscape?.();
  }

  return createPortal(
    <dialog
      ref={ref}
      className={signedOut ? 'linkwork-session-dialog linkwork-session-dialog--signed-out' : 'linkwork-session-dialog'}
      role={role}
      aria-labelledby={titleId}
      aria-describedby={textId}
      aria-modal="true"
      onCancel={cancel}
    >
      {children}
    </dialog>,
    document.body,
  );
}
