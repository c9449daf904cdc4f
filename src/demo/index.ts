/**
 * The demo module's front door: what other modules may use. Everything else in the folder is private to it.
 */
export { assertDemoNotHalfMade } from './demo-seed-progress.ts';
export { DEMO_PASSWORD, DEMO_USERS, seedDemo } from './seed-demo.ts';
export { PATHWAY_DEMO_USERS } from './seed-pathway.ts';
