import { describeTimeTravel } from '../support/time-travel-run.ts';

/** The time-sensitive tests at faked dates: weekends and bank holidays (see test/support/time-travel-run.ts). */
describeTimeTravel('weekends and bank holidays');
