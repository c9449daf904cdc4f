import type { ReportName } from '../../api/reports.ts';

/** Each report's name and what it answers, as the index and the report's heading say them. */
export const REPORT_TITLES: Record<ReportName, string> = {
  activity: 'Activity and flow',
  outcomes: 'Outcomes',
};

export const REPORT_DESCRIPTIONS: Record<ReportName, string> = {
  activity:
    'How many referrals, from where and for what; how they were triaged; how long people waited; sessions, non-attendance and how the work ended.',
  outcomes:
    'The change in wellbeing measures from baseline to the latest score, and how often each measure was completed or declined.',
};
