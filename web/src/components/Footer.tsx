/** The NHS.UK footer. */
export function Footer() {
  return (
    <footer className="nhsuk-footer" role="contentinfo">
      <div className="nhsuk-width-container">
        <div className="nhsuk-footer__meta">
          <p className="nhsuk-body-s">Linkwork is open-source software for social prescribing in NHS primary care.</p>
          <p className="nhsuk-body-s">© Linkwork contributors</p>
        </div>
      </div>
    </footer>
  );
}
