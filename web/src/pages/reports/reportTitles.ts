import type { ReportName } from '../../api/reports.ts';

/** Each report's name and what it answers, as the index and the report's heading say them. */
export const REPORT_TITLES: Record<ReportName, string> = {
  equity: 'Equity',
  activity: 'Activity and flow',
  outcomes: 'Outcomes',
  practices: 'GP practices',
  community: 'Community connection',
  safety: 'Safety and workforce',
};

export const REPORT_DESCRIPTIONS: Record<ReportName, string> = {
  equity:
    'Referrals, engagement and improvement by deprivation (IMD decile), ethnic category, age band and sex; and where the service under-reaches compared with the people referred or the practices’ registered lists.',
  activity:
    'How many referrals, from where and for what; how they were triaged; how long people waited; sessions, non-attendance and how the work ended.',
  outcomes:
    'The change in wellbeing measures from baseline to the latest score, and how often each measure was completed or declined.',
  practices:
    'For each GP practice: referrals month by month and their trend, the share in scope and accepted, common reasons for referral and outcomes for its patients; practices that used to refer and have stopped; and a printable monthly summary to take to each practice.',
  community:
    'Onward referrals to community services by month, service and need: accepted, completed, declined and declined automatically, and how quickly services answer; and unmet need, by need and by area, where people found no onward referral.',
  safety:
    'Risks by level; escalation actions and debriefs against their due times; supervision and training kept up to date; missed lone-working check-outs and how fast they were acknowledged; competence overrides at allocation; and caseloads against the safe cap.',
};
