/** The inline error message shown above a field in error. */
export function ErrorMessage({ id, text }: { id: string; text: string }) {
  return (
    <span className="nhsuk-error-message" id={id}>
      <span className="nhsuk-u-visually-hidden">Error:</span> {text}
    </span>
  );
}
