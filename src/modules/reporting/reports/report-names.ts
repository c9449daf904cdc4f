/**
 * The reports by name, in the order the index lists them (the product's order: activity, community connection,
 * outcomes, safety and workforce, equity, GP practices). report-catalogue.ts gives each its tables; the HTTP
 * schemas take their names from here, so the schemas need not load the tables.
 */
export const REPORT_NAMES = ['activity', 'community', 'outcomes', 'safety', 'equity', 'practices'] as const;
export type ReportName = (typeof REPORT_NAMES)[number];
