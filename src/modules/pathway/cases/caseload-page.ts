/**
 * How many rows a page of a worker's caseload or task list shows.
 */

export const CASELOAD_PAGE = 50;
