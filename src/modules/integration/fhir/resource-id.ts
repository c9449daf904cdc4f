/**
 * What an id in a FHIR request must look like to be one of ours.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True when an id could be one of ours; anything else is simply not found, never a database error. */
export function isResourceId(id: string): boolean {
  return UUID.test(id);
}
