import { useEffect } from 'react';

/** Sets the browser tab title as "<Page> – Linkwork", prefixed with "Error:" while a form shows errors. */
export function usePageTitle(title: string, hasErrors = false): void {
  useEffect(() => {
    document.title = `${hasErrors ? 'Error: ' : ''}${title} – Linkwork`;
  }, [title, hasErrors]);
}
