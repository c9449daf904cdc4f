import { describeTimeTravel } from '../support/time-travel-run.ts';

/** The time-sensitive tests at faked dates: midnight in London (see test/support/time-travel-run.ts). */
describeTimeTravel('midnight in London', { probe: true });
