import { describeTimeTravel } from '../support/time-travel-run.ts';

/** The time-sensitive tests at faked dates: clock changes (see test/support/time-travel-run.ts). */
describeTimeTravel('clock changes');
