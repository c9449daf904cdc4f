/** Where to go now: the public form is not for emergencies, and says so before anything else. */
export function UrgentHelp() {
  return (
    <div className="nhsuk-card nhsuk-card--care nhsuk-card--care--urgent">
      <div className="nhsuk-card__heading-container">
        <h2 className="nhsuk-card__heading nhsuk-heading-m">
          <span role="text">
            <span className="nhsuk-u-visually-hidden">Urgent advice: </span>
            If you need help now
          </span>
        </h2>
        <span className="nhsuk-card--care__arrow" aria-hidden="true"></span>
      </div>
      <div className="nhsuk-card__content">
        <p>This form is not for emergencies. We may not read it for a few days.</p>
        <ul>
          <li>
            If you are thinking about harming yourself, or feel you cannot keep yourself safe, call 111 and choose
            option 2 (mental health crisis line, open 24 hours).
          </li>
          <li>If your life, or someone else’s, is at risk now, call 999.</li>
        </ul>
      </div>
    </div>
  );
}
