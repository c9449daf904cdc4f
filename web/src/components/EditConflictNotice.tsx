import { Button } from './Button.tsx';

/**
 * Shown after a 409 edit conflict: someone else saved first, so nothing was overwritten. The
 * person reloads to see the latest version; what they typed in the form stays.
 */
export function EditConflictNotice({ what, onReload }: { what: string; onReload: () => void }) {
  return (
    <div className="nhsuk-warning-callout">
      <h2 className="nhsuk-warning-callout__label">
        <span role="text">
          <span className="nhsuk-u-visually-hidden">Important: </span>
          Someone else changed this {what}
        </span>
      </h2>
      <p>
        Your change was not saved, so nothing they did was overwritten. Reload the {what} to see the latest version.
        What you typed in this form stays, so you can check it and try again.
      </p>
      <Button type="button" variant="secondary" onClick={onReload}>
        Reload the {what}
      </Button>
    </div>
  );
}
