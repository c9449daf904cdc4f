/**
 * The schemes module's front door: what other modules may use. Everything else in the folder is private to it.
 */
export { inScheme, resolveScheme } from './resolve-scheme.ts';
export type { SchemeRef } from './resolve-scheme.ts';
export { registerSchemeResolution } from './scheme-requests.ts';
export { schemeRoutes } from './schemes.routes.ts';
