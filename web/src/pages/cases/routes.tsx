import { Fragment } from 'react';

/** Case pages: my caseload, the case page, my tasks, the message-back letter. */
export function caseRoutes() {
  return <Fragment />;
}
