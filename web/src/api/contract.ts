import type { paths } from './generated/openapi.ts';

/**
 * Types of the API taken from the server's contract (generated/openapi.ts, `npm run generate:api`), by path and
 * method: `ResponseOf<'/api/schemes/{slug}/cases/{id}', 'get'>` is what that route answers. A server schema
 * change shows here, and in every page using it, as a type error.
 */

export type ApiPath = keyof paths;
type Method = 'get' | 'post' | 'put' | 'delete';
type Operation<P extends ApiPath, M extends Method> = NonNullable<paths[P][M]>;
type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

/** The JSON a route answers with (its 200 or 201 response). */
export type ResponseOf<P extends ApiPath, M extends Method> =
  Operation<P, M> extends { responses: infer R }
    ? R extends { 200: infer Ok }
      ? Json<Ok>
      : R extends { 201: infer Created }
        ? Json<Created>
        : never
    : never;

/** The JSON body a route takes. */
export type BodyOf<P extends ApiPath, M extends Method> =
  Operation<P, M> extends { requestBody?: infer B } ? Json<NonNullable<B>> : never;

/** The query string a route takes, as an object. */
export type QueryOf<P extends ApiPath, M extends Method> =
  Operation<P, M> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;
