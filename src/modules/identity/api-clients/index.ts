/**
 * The api-clients module's front door: what other modules may use. Everything else in the folder is private to it.
 */
export { createApiClient } from './create-api-client.ts';
export { listApiClients, revokeApiClient } from './manage-api-clients.ts';
export { resolveApiClient } from './resolve-api-client.ts';
