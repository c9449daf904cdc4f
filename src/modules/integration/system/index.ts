/**
 * The system module's front door: what other modules may use. Everything else in the folder is private to it.
 */
export { systemRoutes } from './system.routes.ts';
